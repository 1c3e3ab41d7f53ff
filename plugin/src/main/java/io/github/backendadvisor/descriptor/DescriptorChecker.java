package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Suggestions;
import java.util.List;
import java.util.Set;

/** Checks the ids a descriptor uses (languages, capabilities, criteria, candidates, rules) against the packs. */
public final class DescriptorChecker {
    private DescriptorChecker() {
    }

    /**
     * Every id in the descriptor that no pack in use defines, with the closest known id suggested.
     * Also takes a descriptor with errors as far as it was read ({@link DescriptorLoader.Source#asRead}),
     * whose ids are checked wherever they could be read.
     */
    public static List<Diagnostic> check(Descriptor d, Vocabulary v) {
        Diagnostics diags = new Diagnostics();
        if (d.team() != null) {
            for (String language : d.team().skills().keySet()) {
                unknown(diags, d, "team.skills." + language, language, "language", v.languages());
            }
        }
        List<String> needs = d.libraries().needs();
        List<String> mustHave = d.libraries().mustHave();
        for (int i = 0; i < mustHave.size(); i++) {
            unknown(diags, d, "libraries.mustHave[" + i + "]", mustHave.get(i), "capability", v.capabilities());
        }
        for (int i = 0; i < needs.size(); i++) {
            if (d.locations().containsKey("libraries.needs[" + i + "]")) {
                unknown(diags, d, "libraries.needs[" + i + "]", needs.get(i), "capability", v.capabilities());
            }
        }
        for (String criterion : d.weights().keySet()) {
            unknown(diags, d, "weights." + criterion, criterion, "criterion", v.criteria());
        }
        String chosen = d.decision().chosen();
        if (chosen != null) {
            if (v.allCandidates().contains(chosen) && !v.candidates().contains(chosen)) {
                diags.error(d.locate("decision.chosen"), "chosen candidate '" + chosen
                        + "' is not in the candidate set of this build (restricted to " + String.join(", ", v.candidates()) + ")");
            } else {
                unknown(diags, d, "decision.chosen", chosen, "candidate", v.candidates());
            }
        }
        List<Descriptor.Waiver> waivers = d.decision().waivers();
        for (int i = 0; i < waivers.size(); i++) {
            if (waivers.get(i).rule() != null) {
                unknown(diags, d, "decision.waivers[" + i + "].rule", waivers.get(i).rule(), "rule", v.rules());
            }
        }
        return diags.sorted();
    }

    private static void unknown(Diagnostics diags, Descriptor d, String path, String id, String kind, Set<String> known) {
        if (!known.contains(id)) {
            diags.error(d.locate(path), "unknown " + kind + " '" + id + "'; no rule pack in use defines it"
                    + Suggestions.didYouMean(id, known));
        }
    }
}
