package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import java.time.LocalDate;
import java.util.List;

/**
 * Waivers that waive nothing, as warnings at the waiver's rule: a waiver silences a rule's finding
 * and nothing else, so one that names a rule without a finding, or whose rule did not fire, leaves
 * the team believing something is waived that is not. Neither is an error: the decision does not
 * change, and a waiver kept for a rule that may fire again is the team's call.
 */
public final class Waivers {
    private Waivers() {
    }

    /**
     * Waivers of enabled rules that have no finding to silence: rules that only score or exclude.
     * Known from the packs alone, so every goal reports them; unknown and disabled rules are left
     * to the descriptor's own checks.
     */
    public static List<Diagnostic> withoutFinding(Descriptor d, RuleSet set) {
        Diagnostics diags = new Diagnostics();
        List<Waiver> waivers = d.decision().waivers();
        for (int i = 0; i < waivers.size(); i++) {
            CompiledRule rule = set.rule(waivers.get(i).rule());
            if (rule == null || rule.definition().finding() != null) continue;
            var excluded = rule.definition().exclude();
            String instead = excluded != null && !excluded.isEmpty()
                    ? "it does not lift the rule's exclusion of " + String.join(", ", excluded.keySet())
                    : "it does not change the rule's effect on the scores";
            diags.warning(d.locate("decision.waivers[" + i + "].rule"), "rule '" + rule.id()
                    + "' has no finding, so this waiver waives nothing: a waiver silences a finding, " + instead
                    + "; to judge without the rule, add it to disabledRules");
        }
        return diags.sorted();
    }

    /**
     * Waivers in force whose rule has a finding but gave none in this evaluation: the rule does not
     * fire for this descriptor. Expired waivers are reported as such, and waivers of rules without
     * a finding by {@link #withoutFinding}.
     */
    public static List<Diagnostic> unused(Descriptor d, RuleSet set, Evaluation e, LocalDate today) {
        Diagnostics diags = new Diagnostics();
        List<Waiver> waivers = d.decision().waivers();
        for (int i = 0; i < waivers.size(); i++) {
            Waiver w = waivers.get(i);
            CompiledRule rule = set.rule(w.rule());
            if (rule == null || rule.definition().finding() == null || !w.inForce(today)) continue;
            if (!fired(e, rule.id())) {
                diags.warning(d.locate("decision.waivers[" + i + "].rule"), "the waiver for rule '" + rule.id()
                        + "' waives nothing: the rule does not fire for this descriptor, so the waiver can go");
            }
        }
        return diags.sorted();
    }

    private static boolean fired(Evaluation e, String rule) {
        for (Evaluation.Finding f : e.findings()) {
            if (f.rule().equals(rule)) return true;
        }
        return false;
    }
}
