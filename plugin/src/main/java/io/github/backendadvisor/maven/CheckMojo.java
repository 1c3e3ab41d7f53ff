package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.CheckPolicy;
import io.github.backendadvisor.engine.CheckPolicy.Condition;
import io.github.backendadvisor.engine.CheckPolicy.Violation;
import io.github.backendadvisor.report.Baseline;
import io.github.backendadvisor.report.Sentences;
import io.github.backendadvisor.report.ReportContext;
import java.io.File;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates the descriptor inline (no forked lifecycle) and fails the build per {@code failOn}:
 * when the chosen candidate is vetoed, differs from the recommendation, an unwaived error finding
 * or an expired waiver exists, or (when asked) the decision is fragile, too close, or drifted.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        configurator = GoalConfigurator.HINT)
public class CheckMojo extends AbstractAdvisorMojo {

    // The default is applied in failOn(), not in the annotation (see idsOr).
    /**
     * Conditions that fail the build: veto, mismatch, error, fragile, too-close, drift
     * (comma-separated); default veto,mismatch,error.
     */
    @Parameter(property = "backendAdvisor.failOn")
    protected List<String> failOn;

    /** A committed JSON report of the last accepted decision, for {@code drift}. */
    @Parameter(property = "backendAdvisor.baseline")
    protected File baseline;

    @Override
    protected void unsetWhereEmpty() {
        super.unsetWhereEmpty();
        if (isModuleDir(baseline)) baseline = null;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipped(true)) return;
        Set<Condition> conditions = conditions();
        String baselineRecommendation = baseline();
        var request = request();
        if (misconfigured()) throw misconfiguration(advisor().check(request).diagnostics());
        Advice advice = advisor().advise(request);
        int errors = log(advice.diagnostics());
        Timings.log(getLog(), project, advice, -1, false);
        if (errors > 0) {
            throw invalid(advice.diagnostics());
        }
        ReportContext ctx = new ReportContext(advice, request.descriptorName(), null, version(), request.options());
        getLog().info("Backend Advisor: " + Sentences.headline(ctx));
        if (advice.descriptor().decision().chosen() == null
                && (conditions.contains(Condition.VETO) || conditions.contains(Condition.MISMATCH))) {
            // in the compiler format, at the decision section when there is one
            getLog().warn(advice.descriptor().locate("decision") + ": warning: decision.chosen is not set, so check"
                    + " cannot judge veto or mismatch; record the team's choice to have it verified");
        }
        List<Violation> violations = CheckPolicy.violations(advice.descriptor(), advice.evaluation(), conditions,
                baselineRecommendation, request.options());
        if (violations.isEmpty()) {
            getLog().info("Backend Advisor: check passed (failOn: " + String.join(", ", failOn()) + ")");
            return;
        }
        for (Violation v : violations) {
            getLog().error(v.at() + ": error: [" + v.condition().id() + "] " + v.message());
        }
        throw new MojoFailureException("Backend Advisor: check failed with " + violations.size()
                + (violations.size() == 1 ? " violation" : " violations") + " ("
                + String.join(", ", violations.stream().map(v -> v.condition().id()).distinct().toList()) + ")");
    }

    /** What people write for "fail on nothing". */
    private static final Set<String> NOTHING = Set.of("none", "nothing", "never", "false", "off", "no");

    private List<String> failOn() {
        return ParameterValues.idsOr(failOn, List.of("veto", "mismatch", "error"));
    }

    /** The conditions that fail the build; an unknown one is recorded as a problem of the configuration. */
    private Set<Condition> conditions() {
        Set<Condition> out = EnumSet.noneOf(Condition.class);
        for (String id : failOn()) {
            Condition c = Condition.fromId(id).orElse(null);
            if (c == null && NOTHING.contains(id.toLowerCase(Locale.ROOT))) {
                configProblem("failOn", "failOn '" + id + "' is not a condition; allowed: " + String.join(", ", Condition.ids())
                        + ". To keep check from failing the build, set skip to true in its own execution, or leave"
                        + " the check goal out; report still writes the reports");
            } else if (c == null) {
                configProblem("failOn", "unknown failOn '" + id + "'; allowed: " + String.join(", ", Condition.ids())
                        + Suggestions.listItemHint(id, Condition.ids()));
            } else {
                out.add(c);
            }
        }
        if (out.contains(Condition.DRIFT) && baseline == null) {
            configProblem("failOn", "failOn names 'drift' but no baseline report is configured");
        }
        return out;
    }

    /**
     * The baseline's recommendation ("null" when it had none), or null without a baseline or when
     * it cannot be used (its problems are recorded with the configuration's).
     */
    private String baseline() {
        if (baseline == null) return null;
        String name = relative(baseline.toPath());
        // a path that names no file is a mistake in the configuration: it is placed there, not in a file
        if (!baseline.exists()) {
            configProblem("baseline", "'baseline' names no file: " + name + Suggestions.closestFile(baseline.toPath(), false)
                    .map(f -> " (did you mean '" + relative(f) + "'?)").orElse(""));
            return null;
        }
        if (!baseline.isFile()) {
            configProblem("baseline", "'baseline' names a directory: " + name + "; give the path of a report.json"
                    + " written by this plugin");
            return null;
        }
        Result<Optional<String>> read = Baseline.recommendation(baseline.toPath(), name);
        if (!read.ok()) {
            configProblems(read.diagnostics());
            return null;
        }
        return read.get().orElse("null");
    }
}
