package io.github.backendadvisor.engine;

import java.time.LocalDate;

/**
 * Thresholds of the decision and the date waivers are judged against.
 *
 * @param tooCloseMargin score points under which the status is too-close
 * @param fragileThreshold relative weight change under which a decision is fragile
 * @param today the date against which waivers expire
 */
public record EvaluationOptions(double tooCloseMargin, double fragileThreshold, LocalDate today) {

    /** The defaults of plugin.md, judged on {@code today}. */
    public static EvaluationOptions defaults(LocalDate today) {
        return new EvaluationOptions(3.0, 0.2, today);
    }
}
