package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.Evaluation.Flip;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scores, margin, exclusions and flip points on the small pack (2 candidates, 3 criteria),
 * computed by hand in the comments and asserted against the engine.
 *
 * Weights: architecture 2, libraries 1, team 1, normalised to 0.5, 0.25, 0.25.
 * Descriptor scoring-close: cpu-bound, javascript 4, python 3, needs websockets and ml-training.
 * nodejs: architecture 0.5 − 0.2 = 0.3; libraries (1 + 1/3)/2 = 2/3; team 4/5 = 0.8
 * python: architecture 0.5 − 0.3 = 0.2; libraries (2/3 + 1)/2 = 5/6; team 3/5 = 0.6
 */
class ScoringTest {
    private static final double EPS = 1e-9;

    private static Evaluation evaluate(String descriptor, EvaluationOptions options) {
        var request = Fixtures.request("descriptors/" + descriptor, "packs/small.yaml");
        request = new AdviceRequest(request.descriptor(), request.descriptorName(), request.baseDir(),
                request.rulePacks(), false, request.disabledRules(), request.candidates(), options, "pom.xml",
                request.classLoader());
        Advice a = new Advisor().advise(request);
        assertFalse(a.hasErrors(), a.diagnostics().toString());
        return a.evaluation();
    }

    private static Evaluation evaluate(String descriptor) {
        return evaluate(descriptor, EvaluationOptions.defaults(Fixtures.TODAY));
    }

    @Test
    void scoresAndMarginMatchAHandComputation() {
        Evaluation e = evaluate("scoring-close.yaml");
        double node = 100 * (0.5 * 0.3 + 0.25 * (2.0 / 3) + 0.25 * 0.8);
        double python = 100 * (0.5 * 0.2 + 0.25 * (5.0 / 6) + 0.25 * 0.6);
        assertEquals(51.6666666667, node, 1e-6);
        assertEquals(45.8333333333, python, 1e-6);
        assertEquals("nodejs", e.recommendation());
        assertEquals(Status.RECOMMENDED, e.status());
        assertEquals(node, e.candidate("nodejs").score(), EPS);
        assertEquals(python, e.candidate("python").score(), EPS);
        assertEquals(node - python, e.margin(), EPS);
        assertEquals(List.of("cpu-heavy"), e.firedRules().stream().map(Evaluation.FiredRule::id).toList());
        assertEquals(List.of("tight-latency"), e.notApplied().stream().map(Evaluation.NotApplied::rule).toList());
        assertEquals(List.of("concurrency.latencyTargetMs"), e.notApplied().get(0).missing());
        assertEquals(1, e.findings().size());
        assertEquals("descriptors/scoring-close.yaml:8:12", e.findings().get(0).location().toString());
    }

    @Test
    void contrastTermsAreWeightedDifferencesLargestFirst() {
        Evaluation e = evaluate("scoring-close.yaml");
        var c = e.contrasts().get(0);
        assertEquals("python", c.against());
        // architecture 100·0.5·0.1 = 5, team 100·0.25·0.2 = 5 (tie: criterion order), libraries 100·0.25·(−1/6)
        assertEquals(List.of("architecture", "team", "libraries"), c.terms().stream().map(Evaluation.Term::criterion).toList());
        assertEquals(5.0, c.terms().get(0).points(), EPS);
        assertEquals(5.0, c.terms().get(1).points(), EPS);
        assertEquals(-100 * 0.25 / 6, c.terms().get(2).points(), EPS);
    }

    @Test
    void flipPointsMatchAHandComputation() {
        Evaluation e = evaluate("scoring-close.yaml");
        double g = (51.6666666666667 - 45.8333333333333) / 100; // 0.058333
        // libraries: d = 5/6 − 2/3 = 1/6; Δ = 0.75·g/(1/6 + g) = 0.194444; new weight 0.444444: feasible
        Flip lib = flip(e, "libraries");
        assertEquals(0.75 * g / (1.0 / 6 + g), lib.weightChange(), 1e-9);
        assertTrue(lib.feasible());
        assertEquals(lib.weightChange() / 0.25, lib.relativeChange(), 1e-9);
        // architecture: d = −0.1; Δ = 0.5·g/(g − 0.1) = −0.7: the weight would go below 0
        Flip arch = flip(e, "architecture");
        assertEquals(0.5 * g / (g - 0.1), arch.weightChange(), 1e-9);
        assertFalse(arch.feasible());
        // team: d = −0.2; Δ = 0.75·g/(g − 0.2) = −0.3088: below 0 as well
        assertFalse(flip(e, "team").feasible());
        assertEquals("libraries", e.mostCritical().criterion());
        assertFalse(e.fragile(), "0.78 relative change is above the 0.2 threshold");
        // value rise to tie: g / w; python's team 0.6 + 0.2333 <= 1 feasible; libraries 5/6 + 0.2333 > 1 not
        assertEquals(g / 0.25, flip(e, "team").valueRise(), 1e-9);
        assertTrue(flip(e, "team").valueRiseFeasible());
        assertFalse(lib.valueRiseFeasible());
    }

    @Test
    void thresholdsDecideTooCloseAndFragile() {
        Evaluation e = evaluate("scoring-close.yaml", new EvaluationOptions(6.0, 0.8, Fixtures.TODAY));
        assertEquals(Status.TOO_CLOSE, e.status(), "margin 5.83 is under 6");
        assertEquals("nodejs", e.recommendation(), "too-close still names the leader");
        assertTrue(e.fragile(), "0.78 relative change is under 0.8");
        // both thresholds are strict (rules.md: a margin "below" the threshold, a flip "under" 20%)
        Evaluation plain = evaluate("scoring-close.yaml");
        Evaluation atThresholds = evaluate("scoring-close.yaml",
                new EvaluationOptions(plain.margin(), plain.mostCritical().relativeChange(), Fixtures.TODAY));
        assertEquals(Status.RECOMMENDED, atThresholds.status(), "a margin equal to tooCloseMargin is not under it");
        assertFalse(atThresholds.fragile(), "a relative change equal to fragileThreshold is not under it");
    }

    @Test
    void mustHaveWithWeakSupportExcludes() {
        Evaluation e = evaluate("scoring-veto.yaml");
        assertTrue(e.candidate("nodejs").excluded());
        assertEquals("ml-training", e.candidate("nodejs").exclusions().get(0).capability());
        assertEquals("'ml-training' (Model training) is a must-have, and Node.js's support for it is weak (tfjs-node)",
                e.candidate("nodejs").exclusions().get(0).reason());
        assertEquals("python", e.recommendation());
        assertNull(e.margin(), "only one viable candidate");
        assertEquals(List.of("python", "nodejs"), e.ranking().stream().map(Evaluation.CandidateResult::candidate).toList(),
                "excluded candidates rank after viable ones but keep their score");
        assertEquals(51.6666666667, e.candidate("nodejs").score(), 1e-6);
    }

    @Test
    void clampingIsRecorded() {
        Evaluation e = evaluate("valid.yaml");
        var lib = e.candidate("nodejs").criteria().get("libraries");
        assertEquals(1.0, lib.value(), EPS);
        assertFalse(lib.clamped());
    }

    private static Flip flip(Evaluation e, String criterion) {
        return e.sensitivity().stream().filter(f -> f.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    void weightSumIsTheCompensatedSumOfDoubleStream() {
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 100_000; i++) {
            List<Double> weights = new java.util.ArrayList<>();
            for (int j = r.nextInt(9); j >= 0; j--) {
                weights.add(switch (r.nextInt(4)) {
                    case 0 -> (double) r.nextInt(5);
                    case 1 -> r.nextInt(100) / 10.0 + (r.nextBoolean() ? 0.05 : 0);
                    case 2 -> r.nextDouble() * Math.pow(10, r.nextInt(30) - 15);
                    default -> r.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble();
                });
            }
            double expected = weights.stream().mapToDouble(Double::doubleValue).sum();
            assertEquals(expected, ScoreCalculator.sum(weights), weights.toString());
        }
    }
}
