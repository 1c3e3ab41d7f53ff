package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.EvaluationOptions;

/**
 * What every report format renders: one advice, and the few facts about the run that reports show.
 *
 * @param advice the core's result (its evaluation is null when the input had errors)
 * @param descriptorPath the descriptor as positions name it
 * @param timestamp {@code project.build.outputTimestamp}, or null: the only time a report may show
 * @param toolVersion the plugin's version
 * @param options the thresholds used
 * @param moduleDir the module's directory relative to the source root, the top of the build, where
 *     code scanning resolves the SARIF report's paths: '/'-separated, "" at the root; null when
 *     unknown, and then those paths stay relative to the module
 */
public record ReportContext(Advice advice, String descriptorPath, String timestamp, String toolVersion,
        EvaluationOptions options, String moduleDir) {

    /** A context whose SARIF paths stay relative to the module. */
    public ReportContext(Advice advice, String descriptorPath, String timestamp, String toolVersion,
            EvaluationOptions options) {
        this(advice, descriptorPath, timestamp, toolVersion, options, null);
    }

    /** The candidate title for an id, or the id. */
    public String title(String candidate) {
        if (candidate == null) return "none";
        var set = advice.ruleSet();
        if (set != null && set.allCandidates().containsKey(candidate)) {
            return set.allCandidates().get(candidate).title();
        }
        return candidate;
    }

    /** The criterion title for an id, or the id. */
    public String criterionTitle(String criterion) {
        var set = advice.ruleSet();
        if (set != null && set.criteria().containsKey(criterion)) {
            return set.criteria().get(criterion).definition().title();
        }
        return criterion;
    }
}
