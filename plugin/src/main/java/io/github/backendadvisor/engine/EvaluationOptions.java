package io.github.backendadvisor.engine;

import java.time.LocalDate;

/**
 * Thresholds of the decision and the date waivers are judged against.
 *
 * @param tooCloseMargin score points under which the status is too-close
 * @param fragileThreshold relative weight change under which a decision is fragile
 * @param today the date against which waivers expire, and nothing else: a rebuild keeps its reports
 *     across days because the reports depend on the date only through {@link
 *     Evaluation#expiredWaivers()} (see {@code report.ReportInputs})
 */
public record EvaluationOptions(double tooCloseMargin, double fragileThreshold, LocalDate today) {

    /** The defaults of plugin.md, judged on {@code today}. */
    public static EvaluationOptions defaults(LocalDate today) {
        return new EvaluationOptions(3.0, 0.2, today);
    }
}
