package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.ExpiredWaiver;
import io.github.backendadvisor.engine.Evaluation.Finding;
import io.github.backendadvisor.engine.Evaluation.FiredRule;
import io.github.backendadvisor.engine.Evaluation.Flip;
import io.github.backendadvisor.engine.Evaluation.NotApplied;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Judges one valid descriptor against one compiled rule set. Stateless and thread-safe. */
public final class Evaluator {
    private Evaluator() {
    }

    /** Evaluates a descriptor whose ids were checked against {@code set}. */
    public static Evaluation evaluate(RuleSet set, Descriptor d, EvaluationOptions options) {
        Context ctx = Context.of(d, set, set.allCandidates());
        List<CompiledRule> fired = new ArrayList<>();
        List<NotApplied> notApplied = new ArrayList<>();
        for (CompiledRule r : set.rules()) {
            if (r.when().test(ctx)) {
                fired.add(r);
            } else {
                List<String> missing = r.when().missing(ctx);
                if (!missing.isEmpty()) {
                    notApplied.add(new NotApplied(r.id(), r.definition().title(), missing));
                }
            }
        }
        Map<String, Double> weights = ScoreCalculator.weights(set, d.weights());
        List<CandidateResult> ranking = ScoreCalculator.rank(set, ctx, weights, fired);
        // loops rather than streams here and in the reports: this runs once per module, cold
        List<CandidateResult> viable = new ArrayList<>();
        for (CandidateResult c : ranking) {
            if (!c.excluded()) viable.add(c);
        }

        Status status;
        String recommendation = null;
        Double margin = null;
        List<Flip> flips = List.of();
        Flip critical = null;
        List<Evaluation.Contrast> contrasts = List.of();
        if (viable.isEmpty()) {
            status = Status.NO_VIABLE_CANDIDATE;
        } else {
            CandidateResult a = viable.get(0);
            List<CandidateResult> others = viable.subList(1, viable.size());
            recommendation = a.candidate();
            margin = others.isEmpty() ? null : a.score() - others.get(0).score();
            status = margin != null && margin < options.tooCloseMargin() ? Status.TOO_CLOSE : Status.RECOMMENDED;
            flips = WeightFlip.flips(a, others, weights);
            critical = WeightFlip.mostCritical(flips);
            contrasts = WeightFlip.contrasts(a, others);
        }
        boolean fragile = critical != null && critical.relativeChange() < options.fragileThreshold();

        List<FiredRule> firedRules = new ArrayList<>();
        for (CompiledRule r : fired) {
            firedRules.add(new FiredRule(r.id(), r.definition().title(), r.definition().because(),
                    r.definition().sources(), r.definition().pack()));
        }
        List<ExpiredWaiver> expired = new ArrayList<>();
        for (Waiver w : d.decision().waivers()) {
            if (!w.inForce(options.today())) {
                expired.add(new ExpiredWaiver(w.rule(), w.until(), w.at()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule r : fired) {
            var f = r.definition().finding();
            if (f == null) continue;
            Waiver waiver = null;
            for (Waiver w : d.decision().waivers()) {
                if (w.rule().equals(r.id()) && w.inForce(options.today())) {
                    waiver = w;
                    break;
                }
            }
            findings.add(new Finding(f.severity().id(), r.id(), r.definition().title(), f.message(),
                    Locations.of(d, r.when().paths()), waiver != null, waiver == null ? null : waiver.reason(),
                    waiver == null ? null : waiver.until()));
        }
        return new Evaluation(status, recommendation, margin, fragile, weights, ranking, List.copyOf(firedRules),
                List.copyOf(notApplied), contrasts, flips, critical, List.copyOf(findings), List.copyOf(expired));
    }
}
