package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void closedFormMatchesBruteForceSweep() {
        Random random = new Random(20261126L);
        int checked = 0;
        int feasibleSeen = 0;
        for (int trial = 0; trial < 2000; trial++) {
            int n = 2 + random.nextInt(5);
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
            double g = gapAt(w, a, b, 0, w[0]);
            if (g <= 0) { // A must lead: swap
                double[] t = a;
                a = b;
                b = t;
                g = -g;
            }
            for (int k = 0; k < n; k++) {
                double d = b[k] - a[k];
                double delta = WeightFlip.delta(w[k], g, d);
                // brute force: sweep the weight over [0, 1) and find where the gap changes sign
                int steps = 20000;
                double found = Double.NaN;
                double prev = gapAt(w, a, b, k, 0);
                for (int i = 1; i < steps; i++) {
                    double x = (double) i / steps;
                    double cur = gapAt(w, a, b, k, x);
                    if (prev > 0 != cur > 0) {
                        found = x;
                        break;
                    }
                    prev = cur;
                }
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
}
