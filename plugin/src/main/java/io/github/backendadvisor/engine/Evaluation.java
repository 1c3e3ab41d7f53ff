package io.github.backendadvisor.engine;

import io.github.backendadvisor.diag.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a report shows about one descriptor judged against one rule set. Immutable and
 * deterministic: the same inputs give an equal evaluation.
 *
 * @param status the decision's status
 * @param recommendation the best non-excluded candidate, or null
 * @param margin score points between the recommendation and the best other viable candidate, or null
 * @param fragile true when a small weight change flips the decision
 * @param weights normalised weights by criterion, in criterion order
 * @param ranking every candidate in use: viable ones by score, then excluded ones by score
 * @param firedRules rules whose condition held, in rule order
 * @param notApplied rules that could not judge because optional fields are absent
 * @param contrasts why the recommendation rather than each other viable candidate
 * @param sensitivity weight and value flips against each other viable candidate
 * @param mostCritical the feasible weight flip with the smallest relative change, or null
 * @param findings findings of fired rules, waived or not
 * @param expiredWaivers waivers whose date has passed
 */
public record Evaluation(Status status, String recommendation, Double margin, boolean fragile,
        Map<String, Double> weights, List<CandidateResult> ranking, List<FiredRule> firedRules,
        List<NotApplied> notApplied, List<Contrast> contrasts, List<Flip> sensitivity, Flip mostCritical,
        List<Finding> findings, List<ExpiredWaiver> expiredWaivers) {

    /** One candidate's result. */
    public record CandidateResult(String candidate, String title, double score, boolean excluded,
            List<Exclusion> exclusions, Map<String, CriterionValue> criteria, List<Effect> effects) {
    }

    /**
     * One criterion's value for a candidate.
     *
     * @param base the value before rules (the criterion's value: expression, or 0.5)
     * @param raw base plus every fired delta, before clamping
     * @param value the clamped value in [0, 1]
     * @param weight the normalised weight
     * @param contribution 100 · weight · value
     */
    public record CriterionValue(double base, double raw, double value, double weight, double contribution) {

        /** Whether clamping changed the value. */
        public boolean clamped() {
            return raw != value;
        }
    }

    /** One delta a fired rule applied to a candidate. */
    public record Effect(String rule, String criterion, double delta) {
    }

    /** Why a candidate is excluded: a rule's veto or a mustHave capability with weak or no support. */
    public record Exclusion(String rule, String capability, String reason, Position location) {
    }

    /** A rule that fired. */
    public record FiredRule(String id, String title, String because, List<String> sources, String pack) {
    }

    /** A rule that could not judge: the fields it reads are absent. */
    public record NotApplied(String rule, String title, List<String> missing) {
    }

    /** "Why A rather than B": per-criterion terms 100·w·(v(A)−v(B)), largest first. */
    public record Contrast(String winner, String against, double gap, List<Term> terms) {
    }

    /** One term of a contrast. */
    public record Term(String criterion, double points) {
    }

    /**
     * What would flip the recommendation to {@code against}.
     *
     * @param weight the criterion's current normalised weight
     * @param weightChange Δ: the change of this weight (others rescaled) at which the two tie
     * @param relativeChange |Δ| / weight
     * @param feasible whether the flipped weight stays within [0, 1]
     * @param valueRise how much {@code against}'s value on this criterion would have to rise to tie
     * @param valueRiseFeasible whether that rise stays within [0, 1]
     */
    public record Flip(String criterion, String against, double weight, double weightChange, double relativeChange,
            boolean feasible, double valueRise, boolean valueRiseFeasible) {
    }

    /** A finding of a fired rule; a waived one has its waiver's reason and last day. */
    public record Finding(String severity, String rule, String title, String message, Position location,
            boolean waived, String waiverReason, LocalDate waivedUntil) {
    }

    /** A waiver whose {@code until} has passed. */
    public record ExpiredWaiver(String rule, LocalDate until, Position location) {
    }

    /** The result for a candidate. */
    public CandidateResult candidate(String id) {
        return ranking.stream().filter(c -> c.candidate().equals(id)).findFirst().orElse(null);
    }
}
