package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Rule;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/** Checks that every id a merged pack refers to is defined: languages, candidates and criteria. */
final class CrossReferences {
    private final Diagnostics diags;
    private final Set<String> languages;
    private final Set<String> candidates;
    private final Set<String> criteria;

    CrossReferences(Diagnostics diags, Set<String> languages, Set<String> candidates, Set<String> criteria) {
        this.diags = diags;
        this.languages = languages;
        this.candidates = candidates;
        this.criteria = criteria;
    }

    void check(Collection<Candidate> cands, Collection<Capability> caps, Collection<Rule> rules) {
        for (Candidate c : cands) {
            if (c.languages().isEmpty()) {
                diags.error(c.at(), "candidate '" + c.id() + "' names no language; team skill needs at least one");
            }
            for (String l : c.languages()) {
                known(l, languages, "language", c.refs().get("languages." + l, c.at()), "candidate '" + c.id() + "'");
            }
        }
        for (Capability cap : caps) {
            for (String cand : cap.support().keySet()) {
                known(cand, candidates, "candidate", cap.refs().get("support." + cand, cap.at()),
                        "capability '" + cap.id() + "'");
            }
        }
        for (Rule r : rules) {
            String owner = "rule '" + r.id() + "'";
            for (Map.Entry<String, Map<String, Double>> e : r.effects().entrySet()) {
                known(e.getKey(), criteria, "criterion", r.refs().get("effects." + e.getKey(), r.at()), owner);
                for (String cand : e.getValue().keySet()) {
                    known(cand, candidates, "candidate", r.refs().get("effects." + e.getKey() + "." + cand, r.at()), owner);
                }
            }
            for (String cand : r.exclude().keySet()) {
                known(cand, candidates, "candidate", r.refs().get("exclude." + cand, r.at()), owner);
            }
        }
    }

    private void known(String id, Set<String> ids, String kind, Position at, String owner) {
        if (!ids.contains(id)) {
            diags.error(at, owner + ": unknown " + kind + " '" + id + "'" + Suggestions.didYouMean(id, ids));
        }
    }
}
