package io.github.backendadvisor.engine;

import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.CriterionValue;
import io.github.backendadvisor.engine.Evaluation.Effect;
import io.github.backendadvisor.engine.Evaluation.Exclusion;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSet.CompiledCriterion;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values, clamping, weights, exclusions and scores: {@code S(c) = 100 · Σ w(k) · v(c,k)} with
 * {@code v} clamped to [0, 1] and weights normalised to sum 1 (rules.md, Scoring).
 */
final class ScoreCalculator {
    private ScoreCalculator() {
    }

    /** Pack weights, overridden per criterion by the descriptor, normalised to sum 1. */
    static Map<String, Double> weights(RuleSet set, Map<String, Double> overrides) {
        Map<String, Double> raw = new LinkedHashMap<>();
        for (CompiledCriterion c : set.criteria().values()) {
            raw.put(c.definition().id(), overrides.getOrDefault(c.definition().id(), c.definition().weight()));
        }
        double sum = sum(raw.values());
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : raw.entrySet()) out.put(e.getKey(), e.getValue() / sum);
        return Collections.unmodifiableMap(out);
    }

    /**
     * The compensated (Kahan) sum that {@code DoubleStream.sum} computes, in iteration order, as a
     * loop: a stream pipeline that runs once per module runs interpreted, and here it was a fifth
     * of the evaluation's time. Written out, the algorithm is also fixed in this code rather than
     * in the JDK.
     */
    static double sum(Iterable<Double> values) {
        double sum = 0;
        double compensation = 0;
        double simple = 0;
        for (double v : values) {
            double corrected = v - compensation;
            double next = sum + corrected;
            compensation = (next - sum) - corrected;
            sum = next;
            simple += v;
        }
        double total = sum - compensation;
        // a NaN from adding same-signed infinities: the plain sum has the right infinity
        return Double.isNaN(total) && Double.isInfinite(simple) ? simple : total;
    }

    /** Every candidate in use, scored; viable candidates first by score, then excluded ones by score. */
    static List<CandidateResult> rank(RuleSet set, Context ctx, Map<String, Double> weights, List<CompiledRule> fired) {
        List<CandidateResult> results = new ArrayList<>();
        for (Candidate cand : set.candidates().values()) {
            results.add(score(set, ctx, weights, fired, cand));
        }
        results.sort(new Ranking(List.copyOf(set.candidates().keySet())));
        return List.copyOf(results);
    }

    /**
     * Viable before excluded, then the higher score, then the packs' candidate order. A class rather
     * than a chain of comparator lambdas: in a cold JVM each of those links a method-handle form of
     * its own (bytecode spun at run time) on first use.
     */
    private record Ranking(List<String> order) implements Comparator<CandidateResult> {
        @Override
        public int compare(CandidateResult a, CandidateResult b) {
            int c = Boolean.compare(a.excluded(), b.excluded());
            if (c == 0) c = Double.compare(b.score(), a.score());
            if (c == 0) c = Integer.compare(order.indexOf(a.candidate()), order.indexOf(b.candidate()));
            return c;
        }
    }

    private static CandidateResult score(RuleSet set, Context ctx, Map<String, Double> weights, List<CompiledRule> fired,
            Candidate cand) {
        Context valuing = ctx.forCandidate(cand.id());
        Map<String, Double> raw = new LinkedHashMap<>();
        Map<String, Double> base = new LinkedHashMap<>();
        for (CompiledCriterion c : set.criteria().values()) {
            double b = c.value() == null ? 0.5 : c.value().value(valuing);
            if (Double.isNaN(b)) b = 0.5;
            base.put(c.definition().id(), b);
            raw.put(c.definition().id(), b);
        }
        List<Effect> effects = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        for (CompiledRule r : fired) {
            for (Map.Entry<String, Map<String, Double>> e : r.definition().effects().entrySet()) {
                Double delta = e.getValue().get(cand.id());
                if (delta != null) {
                    String criterion = e.getKey();
                    Double before = raw.get(criterion);
                    raw.put(criterion, before == null ? delta : before + delta);
                    effects.add(new Effect(r.id(), criterion, delta));
                }
            }
            String reason = r.definition().exclude().get(cand.id());
            if (reason != null) {
                exclusions.add(new Exclusion(r.id(), null, reason, Locations.of(ctx.descriptor(), r.when().paths())));
            }
        }
        List<String> mustHave = ctx.descriptor().libraries().mustHave();
        for (int i = 0; i < mustHave.size(); i++) {
            String must = mustHave.get(i);
            Capability cap = set.capabilities().get(must);
            if (cap != null && cap.level(cand.id()).vetoes()) {
                var support = cap.support().get(cand.id());
                String packages = support == null || support.packages().isEmpty() ? ""
                        : " (" + String.join(", ", support.packages()) + ")";
                // the capability's title in brackets, as written, rather than mid-sentence in the wrong case
                exclusions.add(new Exclusion(null, must, "'" + must + "' (" + cap.title() + ") is a must-have, and "
                        + cand.title() + "'s support for it is " + cap.level(cand.id()).id() + packages,
                        ctx.descriptor().locate("libraries.mustHave[" + i + "]")));
            }
        }
        Map<String, CriterionValue> criteria = new LinkedHashMap<>();
        double score = 0;
        for (var e : raw.entrySet()) {
            double v = Math.max(0, Math.min(1, e.getValue()));
            double w = weights.get(e.getKey());
            double contribution = 100 * w * v;
            score += contribution;
            criteria.put(e.getKey(), new CriterionValue(base.get(e.getKey()), e.getValue(), v, w, contribution));
        }
        return new CandidateResult(cand.id(), cand.title(), score, !exclusions.isEmpty(), List.copyOf(exclusions),
                Collections.unmodifiableMap(criteria), List.copyOf(effects));
    }
}
