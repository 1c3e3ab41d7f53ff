package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.CriterionValue;
import io.github.backendadvisor.engine.Evaluation.Flip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The closed-form weight flip against a brute-force sweep of the weight on random inputs. */
class WeightFlipTest {

    /** S(A) − S(B) on the 0..1 scale when weight k is set to x and the others are rescaled to keep the sum 1. */
    private static double gapAt(double[] w, double[] a, double[] b, int k, double x) {
        double gap = 0;
        for (int j = 0; j < w.length; j++) {
            double wj = j == k ? x : w[j] * (1 - x) / (1 - w[k]);
            gap += wj * (a[j] - b[j]);
        }
        return gap;
    }

    private static final int STEPS = 20000;

    /** The first weight of k, in steps of 1/STEPS over (0, 1), where the gap changes sign; NaN if none. */
    private static double sweep(double[] w, double[] a, double[] b, int k) {
        double prev = gapAt(w, a, b, k, 0);
        for (int i = 1; i < STEPS; i++) {
            double x = (double) i / STEPS;
            double cur = gapAt(w, a, b, k, x);
            if (prev > 0 != cur > 0) return x;
            prev = cur;
        }
        return Double.NaN;
    }

    /** Normalised weights and the values of A and B on each criterion, with A ahead at these weights. */
    private record Trial(double[] w, double[] a, double[] b) {
        static Trial random(Random random, int moreCriteria) {
            int n = 2 + random.nextInt(moreCriteria);
            double[] w = new double[n];
            double sum = 0;
            for (int j = 0; j < n; j++) {
                w[j] = 0.05 + random.nextDouble();
                sum += w[j];
            }
            for (int j = 0; j < n; j++) w[j] /= sum;
            double[] a = new double[n];
            double[] b = new double[n];
            for (int j = 0; j < n; j++) {
                a[j] = random.nextDouble();
                b[j] = random.nextDouble();
            }
            return gapAt(w, a, b, 0, w[0]) <= 0 ? new Trial(w, b, a) : new Trial(w, a, b); // A must lead
        }
    }

    @Test
    void closedFormMatchesBruteForceSweep() {
        Random random = new Random(20261126L);
        int checked = 0;
        int feasibleSeen = 0;
        for (int trial = 0; trial < 2000; trial++) {
            Trial t = Trial.random(random, 5);
            double[] w = t.w();
            double[] a = t.a();
            double[] b = t.b();
            int n = w.length;
            double g = gapAt(w, a, b, 0, w[0]);
            for (int k = 0; k < n; k++) {
                double d = b[k] - a[k];
                double delta = WeightFlip.delta(w[k], g, d);
                // brute force: sweep the weight over [0, 1) and find where the gap changes sign
                int steps = STEPS;
                double found = sweep(w, a, b, k);
                boolean feasible = !Double.isNaN(delta) && w[k] + delta >= 0 && w[k] + delta < 1;
                if (feasible && w[k] + delta > 1.0 / steps && w[k] + delta < 1 - 1.0 / steps) {
                    feasibleSeen++;
                    assertTrue(!Double.isNaN(found), "sweep finds the flip at " + (w[k] + delta));
                    assertEquals(w[k] + delta, found, 2.0 / steps, "flip point");
                    assertEquals(0, gapAt(w, a, b, k, w[k] + delta), 1e-9, "the two tie exactly there");
                } else if (!feasible) {
                    assertTrue(Double.isNaN(found) || found < 2.0 / steps,
                            "no flip inside (0, 1) when the formula says infeasible; sweep found " + found);
                }
                checked++;
            }
        }
        assertTrue(checked > 5000, "checked " + checked);
        assertTrue(feasibleSeen > 500, "feasible flips seen " + feasibleSeen);
    }

    private static CandidateResult candidate(String id, double[] w, double[] v) {
        Map<String, CriterionValue> criteria = new LinkedHashMap<>();
        double score = 0;
        for (int j = 0; j < w.length; j++) {
            criteria.put("k" + j, new CriterionValue(v[j], v[j], v[j], w[j], 100 * w[j] * v[j]));
            score += 100 * w[j] * v[j];
        }
        return new CandidateResult(id, id, score, false, List.of(), criteria, List.of());
    }

    /**
     * What the report shows, against a sweep: a flip is feasible exactly when moving the weight within
     * [0, 1) ties the two; raising B's value by the rise ties them, feasible only within 1; and the most
     * critical flip is the feasible one that needs the smallest relative change of its weight.
     */
    @Test
    void flipsFeasibilityRiseAndMostCriticalAgreeWithASweep() {
        Random random = new Random(20261127L);
        int infeasibleSeen = 0;
        int criticalSeen = 0;
        int riseInfeasibleSeen = 0;
        for (int trial = 0; trial < 500; trial++) {
            Trial t = Trial.random(random, 4);
            double[] w = t.w();
            double[] a = t.a();
            double[] b = t.b();
            int n = w.length;
            Map<String, Double> weights = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) weights.put("k" + j, w[j]);
            double g = gapAt(w, a, b, 0, w[0]);
            List<Flip> flips = WeightFlip.flips(candidate("a", w, a), List.of(candidate("b", w, b)), weights);
            assertEquals(n, flips.size());
            Flip expectedCritical = null;
            for (int k = 0; k < n; k++) {
                Flip f = flips.get(k);
                assertEquals("k" + k, f.criterion());
                assertEquals("b", f.against());
                double found = sweep(w, a, b, k);
                double at = w[k] + f.weightChange();
                if (at > 1e-3 && at < 1 - 1e-3) { // away from the ends, where the sweep's step decides
                    assertTrue(f.feasible(), "a tie inside (0, 1) at " + at);
                    assertEquals(at, found, 1e-4);
                    assertEquals(Math.abs(f.weightChange()) / w[k], f.relativeChange(), 1e-12);
                } else if (at < -1e-3 || at > 1 + 1e-3 || Double.isNaN(at)) {
                    assertFalse(f.feasible(), "no weight within [0, 1] ties, yet feasible at " + at);
                    assertTrue(Double.isNaN(found), "the sweep found a tie at " + found);
                    infeasibleSeen++;
                }
                if (f.feasible() && (expectedCritical == null || f.relativeChange() < expectedCritical.relativeChange())) {
                    expectedCritical = f;
                }
                // raising B's value on k by the rise ties the two at today's weights
                double[] raised = b.clone();
                raised[k] += f.valueRise();
                assertEquals(0, gapAt(w, a, raised, k, w[k]), 1e-12);
                assertEquals(g / w[k], f.valueRise(), 1e-12);
                assertEquals(raised[k] <= 1, f.valueRiseFeasible(), "rise to " + raised[k]);
                if (!f.valueRiseFeasible()) riseInfeasibleSeen++;
            }
            Flip critical = WeightFlip.mostCritical(flips);
            if (expectedCritical == null) {
                assertNull(critical);
            } else {
                assertEquals(expectedCritical, critical);
                criticalSeen++;
            }
        }
        assertTrue(infeasibleSeen > 100, "infeasible flips seen " + infeasibleSeen);
        assertTrue(criticalSeen > 100, "most critical flips seen " + criticalSeen);
        assertTrue(riseInfeasibleSeen > 100, "infeasible rises seen " + riseInfeasibleSeen);
    }

    @Test
    void aTieReachedOnlyAtWeightZeroOrOneIsNoFlip() {
        // A leads on k0 only: without k0 the two are level, so no weight makes B lead; on k1 they are
        // equal, so only k1 alone (weight 1) would bring them level
        double[] w = {0.5, 0.5};
        Map<String, Double> weights = new LinkedHashMap<>();
        weights.put("k0", 0.5);
        weights.put("k1", 0.5);
        List<Flip> flips = WeightFlip.flips(candidate("a", w, new double[] {0.6, 0.5}),
                List.of(candidate("b", w, new double[] {0.4, 0.5})), weights);
        assertEquals(-0.5, flips.get(0).weightChange(), 1e-12);
        assertEquals(0.5, flips.get(1).weightChange(), 1e-12);
        assertFalse(flips.get(0).feasible(), "at weight 0 the two tie; B does not lead");
        assertFalse(flips.get(1).feasible(), "at weight 1 the two tie; B does not lead");
        assertNull(WeightFlip.mostCritical(flips));
    }

    @Test
    void noChangeOfAWeightTiesWhenTheCriterionAloneMakesTheWholeGap() {
        // d + g = 0: B is behind on this criterion by exactly the gap, so every weight keeps the gap's sign
        assertTrue(Double.isNaN(WeightFlip.delta(0.5, 0.1, -0.1)));
        assertEquals(0.5 * 0.1 / 0.3, WeightFlip.delta(0.5, 0.1, 0.2), 1e-15);
        assertEquals(0.5 * 0.1 / 0.2, WeightFlip.delta(0.5, 0.1, 0.1), 1e-15);
        assertEquals(0.5 * 0.1 / -0.2, WeightFlip.delta(0.5, 0.1, -0.3), 1e-15);
    }

    @Test
    void aSumThatRoundingAloneKeepsFromZeroTiesNoWeightEither() {
        // as in a module of the benchmark reactor, where report.json gave a weight change of 1.4e15:
        // A leads by 0.1 + 0.2 and B is behind on k by 0.3, equal but for the last bit of the sum
        double g = 0.1 + 0.2;
        double d = -0.3;
        assertNotEquals(0.0, d + g, "the rounding this test is about");
        assertTrue(Math.abs(d + g) < 1e-15);
        assertTrue(Double.isNaN(WeightFlip.delta(0.2222, g, d)));
        // a real slope, however small the reports print it, still gives a change
        assertEquals(0.5 * 0.1 / 1e-6, WeightFlip.delta(0.5, 0.1, -0.1 + 1e-6), 1e-3);
    }
}
