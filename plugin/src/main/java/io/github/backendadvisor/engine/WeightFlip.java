package io.github.backendadvisor.engine;

import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.Contrast;
import io.github.backendadvisor.engine.Evaluation.Flip;
import io.github.backendadvisor.engine.Evaluation.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity of a decision (rules.md): with {@code g = S(A) − S(B)} on the 0..1 scale and
 * {@code d = v(B,k) − v(A,k)}, raising weight {@code k} by {@code Δ = (1 − w)·g / (d + g)} while
 * rescaling the others to keep the sum 1 makes A and B tie.
 */
public final class WeightFlip {
    private WeightFlip() {
    }

    /**
     * {@code d + g} below this is zero: both are differences of sums of values and weights in 0..1,
     * whose rounding leaves a few units of 1e-16 where the exact sum is 0. Divided by that rounding,
     * a gap gave weight changes of 10^15 in place of "no change ties them".
     */
    private static final double NO_SLOPE = 1e-12;

    /**
     * The weight change of criterion {@code k} at which A and B tie, or NaN when no change does.
     *
     * @param w the criterion's normalised weight
     * @param g the score gap S(A) − S(B), on the 0..1 scale
     * @param d v(B,k) − v(A,k)
     */
    public static double delta(double w, double g, double d) {
        if (Math.abs(d + g) < NO_SLOPE) return Double.NaN;
        return (1 - w) * g / (d + g);
    }

    static List<Flip> flips(CandidateResult a, List<CandidateResult> others, Map<String, Double> weights) {
        List<Flip> out = new ArrayList<>();
        for (CandidateResult b : others) {
            double g = (a.score() - b.score()) / 100;
            for (var e : weights.entrySet()) {
                String k = e.getKey();
                double w = e.getValue();
                double d = b.criteria().get(k).value() - a.criteria().get(k).value();
                double delta = delta(w, g, d);
                // a tie reached only at weight 1 (every other weight 0) is not a flip, nor one reached only
                // at weight 0: A's whole lead is on k, and without k the two are level, not reversed
                boolean feasible = !Double.isNaN(delta) && w > 0 && w + delta > 1e-9 && w + delta < 1 - 1e-9;
                double rel = Double.isNaN(delta) || w == 0 ? Double.NaN : Math.abs(delta) / w;
                double rise = w == 0 ? Double.NaN : g / w;
                boolean riseFeasible = !Double.isNaN(rise) && rise > 0 && b.criteria().get(k).value() + rise <= 1 + 1e-12;
                out.add(new Flip(k, b.candidate(), w, delta, rel, feasible, rise, riseFeasible));
            }
        }
        return List.copyOf(out);
    }

    static Flip mostCritical(List<Flip> flips) {
        Flip best = null;
        long bestKey = 0;
        for (Flip f : flips) { // the first of the feasible flips with the smallest relative change
            if (!f.feasible()) continue;
            long key = Math.round(f.relativeChange() * 1e9);
            if (best == null || key < bestKey) {
                best = f;
                bestKey = key;
            }
        }
        return best;
    }

    static List<Contrast> contrasts(CandidateResult a, List<CandidateResult> others) {
        List<Contrast> out = new ArrayList<>();
        for (CandidateResult b : others) {
            List<Term> terms = new ArrayList<>();
            for (var e : a.criteria().entrySet()) {
                double w = e.getValue().weight();
                terms.add(new Term(e.getKey(), 100 * w * (e.getValue().value() - b.criteria().get(e.getKey()).value())));
            }
            terms.sort(new Largest(List.copyOf(a.criteria().keySet())));
            out.add(new Contrast(a.candidate(), b.candidate(), a.score() - b.score(), List.copyOf(terms)));
        }
        return List.copyOf(out);
    }

    /**
     * The largest term first, then criterion order; magnitudes are rounded to 1e-9 so that float
     * noise (4.999999999999999 against 5.000000000000001) cannot break ties. A class rather than a
     * chain of comparator lambdas, which in a cold JVM link method-handle forms of their own.
     */
    private record Largest(List<String> order) implements Comparator<Term> {
        @Override
        public int compare(Term a, Term b) {
            int c = Long.compare(-Math.round(Math.abs(a.points()) * 1e9), -Math.round(Math.abs(b.points()) * 1e9));
            if (c == 0) c = Integer.compare(order.indexOf(a.criterion()), order.indexOf(b.criterion()));
            return c;
        }
    }
}
