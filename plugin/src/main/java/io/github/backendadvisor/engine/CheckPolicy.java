package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Position;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the {@code check} goal judges: the conditions of {@code failOn}, turned into violations. */
public final class CheckPolicy {

    /** The conditions {@code failOn} can name. */
    public enum Condition {
        VETO("veto"),
        MISMATCH("mismatch"),
        ERROR("error"),
        FRAGILE("fragile"),
        TOO_CLOSE("too-close"),
        DRIFT("drift");

        private final String id;

        Condition(String id) {
            this.id = id;
        }

        /** The id used in configuration. */
        public String id() {
            return id;
        }

        /** The condition with an id. */
        public static Optional<Condition> fromId(String id) {
            String s = id.strip().toLowerCase(Locale.ROOT);
            return Arrays.stream(values()).filter(c -> c.id.equals(s)).findFirst();
        }

        /** Every id. */
        public static List<String> ids() {
            return Arrays.stream(values()).map(Condition::id).toList();
        }
    }

    /**
     * One reason to fail, with the condition that names it and where it comes from: the chosen
     * candidate, the finding's rule or the waiver in the descriptor, or the descriptor as a whole
     * for a property of the decision (fragile, too close, drifted).
     */
    public record Violation(Condition condition, String message, Position at) {
    }

    private CheckPolicy() {
    }

    /**
     * The violations of an evaluation. Expired waivers are always violations in {@code check}
     * (descriptor.md), whatever {@code failOn} says.
     *
     * @param baselineRecommendation the recommendation of the accepted baseline report, or null
     * @param options the thresholds the evaluation used, which the messages name
     */
    public static List<Violation> violations(Descriptor d, Evaluation e, Set<Condition> failOn,
            String baselineRecommendation, EvaluationOptions options) {
        List<Violation> out = new ArrayList<>();
        String chosen = d.decision().chosen();
        Position whole = Position.start(d.file());
        Position chosenAt = d.locate("decision.chosen");
        if (failOn.contains(Condition.VETO)) {
            if (e.status() == Status.NO_VIABLE_CANDIDATE) {
                // the team's choice, when there is one, is the exclusion it reads first
                var c = chosen == null ? null : e.candidate(chosen);
                boolean chosenExcluded = c != null && c.excluded() && !c.exclusions().isEmpty();
                out.add(new Violation(Condition.VETO, "no candidate is viable: every candidate is excluded"
                        + (chosenExcluded ? ", the chosen '" + chosen + "' because " + c.exclusions().get(0).reason() : "")
                        + "; the report gives each exclusion's reason: a must-have in libraries.mustHave that no"
                        + " candidate supports well can move to needs, and a rule that does not apply to this service"
                        + " can go in disabledRules", chosenExcluded ? chosenAt : whole));
            } else if (chosen != null) {
                var c = e.candidate(chosen);
                if (c != null && c.excluded()) {
                    out.add(new Violation(Condition.VETO, "the chosen candidate '" + chosen + "' is excluded: "
                            + c.exclusions().get(0).reason() + wayOut(c.exclusions().get(0), e.recommendation()), chosenAt));
                }
            }
        }
        if (failOn.contains(Condition.MISMATCH) && chosen != null && e.recommendation() != null
                && !chosen.equals(e.recommendation())) {
            var c = e.candidate(chosen);
            boolean excluded = c != null && c.excluded();
            if (!excluded || !failOn.contains(Condition.VETO)) {
                var best = e.candidate(e.recommendation());
                // an excluded choice may score higher than the recommendation: its exclusion is why it is not it
                String behind = c == null || best == null ? ""
                        : excluded ? " (it is excluded: " + c.exclusions().get(0).reason() + ")"
                        : " (it scores " + one(c.score()) + ", " + one(best.score() - c.score()) + " points behind)";
                out.add(new Violation(Condition.MISMATCH, "the chosen candidate '" + chosen
                        + "' is not the recommendation '" + e.recommendation() + "'" + behind + "; record the"
                        + " recommendation as decision.chosen, or take 'mismatch' out of failOn to keep a choice"
                        + " that departs from it", chosenAt));
            }
        }
        if (failOn.contains(Condition.ERROR)) {
            e.findings().stream().filter(f -> f.severity().equals("error") && !f.waived()).forEach(f -> out.add(
                    new Violation(Condition.ERROR, "rule '" + f.rule() + "' reports an error: " + f.message(),
                            f.location() != null ? f.location() : whole)));
        }
        for (var w : e.expiredWaivers()) {
            out.add(new Violation(Condition.ERROR, "the waiver for rule '" + w.rule()
                    + "' expired on " + w.until() + "; renew it with a reason or resolve the finding", w.location()));
        }
        if (failOn.contains(Condition.FRAGILE) && e.fragile()) {
            out.add(new Violation(Condition.FRAGILE, "the decision is fragile: changing the weight of '"
                    + e.mostCritical().criterion() + "' by " + Math.round(e.mostCritical().relativeChange() * 100)
                    + "% flips it in favour of '" + e.mostCritical().against()
                    + "', under the fragileThreshold of " + Math.round(options.fragileThreshold() * 100) + "%", whole));
        }
        if (failOn.contains(Condition.TOO_CLOSE) && e.status() == Status.TOO_CLOSE) {
            out.add(new Violation(Condition.TOO_CLOSE, "the decision is too close to call: a margin of "
                    + one(e.margin()) + " points, under the tooCloseMargin of " + one(options.tooCloseMargin()), whole));
        }
        if (failOn.contains(Condition.DRIFT) && baselineRecommendation != null
                && !baselineRecommendation.equals(String.valueOf(e.recommendation()))) {
            out.add(new Violation(Condition.DRIFT, "the recommendation drifted from the baseline '"
                    + baselineRecommendation + "' to '" + e.recommendation() + "'; to accept the new one, commit"
                    + " this build's report.json as the baseline", whole));
        }
        return List.copyOf(out);
    }

    /**
     * What a team can do about its choice's exclusion: choose the recommendation, or, when the
     * exclusion does not hold for this service, lift it where it comes from.
     */
    private static String wayOut(Evaluation.Exclusion x, String recommendation) {
        String lift = x.capability() != null
                ? "if '" + x.capability() + "' is not a must, move it from libraries.mustHave to libraries.needs"
                : x.rule() != null ? "if rule '" + x.rule() + "' does not apply to this service, list it in disabledRules"
                : null;
        if (recommendation == null) return lift == null ? "" : "; " + lift;
        String choose = "; record the recommendation '" + recommendation + "' as decision.chosen";
        return lift == null ? choose : choose + ", or, " + lift;
    }

    /** A score or margin with one decimal, as the reports print it. */
    private static String one(double points) {
        return String.format(Locale.ROOT, "%.1f", points);
    }
}
