package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.expr.EvalContext;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.RuleSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The evaluation context of one descriptor: skill and coverage answered once per candidate. */
final class Context implements EvalContext {
    private final Descriptor descriptor;
    private final Map<String, Integer> skillOf;
    private final Map<String, Double> coverage;
    private final String candidate;

    private Context(Descriptor descriptor, Map<String, Integer> skillOf, Map<String, Double> coverage, String candidate) {
        this.descriptor = descriptor;
        this.skillOf = skillOf;
        this.coverage = coverage;
        this.candidate = candidate;
    }

    static Context of(Descriptor d, RuleSet set, Map<String, Candidate> allCandidates) {
        Map<String, Integer> skillOf = new HashMap<>();
        Map<String, Double> coverage = new HashMap<>();
        List<String> needs = d.libraries().needs();
        for (Candidate c : allCandidates.values()) {
            int best = 0;
            for (String l : c.languages()) best = Math.max(best, d.team().skill(l));
            skillOf.put(c.id(), best);
            double sum = 0;
            for (String need : needs) {
                Capability cap = set.capabilities().get(need);
                sum += cap == null ? 0 : cap.level(c.id()).value();
            }
            coverage.put(c.id(), needs.isEmpty() ? 1.0 : sum / needs.size());
        }
        return new Context(d, skillOf, coverage, null);
    }

    /** The same context, valuing one candidate. */
    Context forCandidate(String id) {
        return new Context(descriptor, skillOf, coverage, id);
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }

    @Override
    public int skill(String language) {
        return descriptor.team().skill(language);
    }

    @Override
    public int skillOf(String c) {
        return skillOf.getOrDefault(c, 0);
    }

    @Override
    public double coverage(String c) {
        return coverage.getOrDefault(c, 0.0);
    }

    @Override
    public String candidate() {
        return candidate;
    }
}
