package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.engine.PackTestRunner;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import io.github.backendadvisor.rules.RuleSetCache;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the test cases the rule packs ship and lists rules that no test fires. Needs no
 * descriptor: it tests the packs themselves.
 */
@Mojo(name = "test-rules", defaultPhase = LifecyclePhase.TEST, threadSafe = true,
        configurator = GoalConfigurator.HINT)
public class TestRulesMojo extends AbstractAdvisorMojo {

    /** Fails when some enabled rule is fired by no pack test. */
    @Parameter(property = "backendAdvisor.failOnUnfiredRules", defaultValue = "false")
    protected boolean failOnUnfiredRules;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipped(false)) return;
        var request = request();
        RuleSetCache.Lookup packs = advisor().ruleSet(request);
        if (misconfigured()) throw misconfiguration(packs.result().diagnostics());
        int errors = log(packs.result().diagnostics());
        if (errors > 0) {
            throw invalid(packs.result().diagnostics());
        }
        PackTestRunner.Report report = advisor().testPacks(request).orElseThrow(() ->
                new MojoFailureException("Backend Advisor: the rule packs could not be compiled layer by layer"));
        for (var o : report.outcomes()) {
            if (o.passed()) {
                getLog().debug("PASS " + o.pack() + ": " + o.name());
            } else {
                getLog().error(o.at() + ": error: pack test '" + o.name() + "' failed");
                o.problems().forEach(p -> getLog().error("    " + p));
            }
        }
        long failed = report.failures();
        int total = report.outcomes().size();
        getLog().info("Backend Advisor pack tests: " + (total - failed) + " passed, " + failed + " failed");
        // each rule no test fires, in the compiler format at its definition
        for (String id : report.unfiredRules()) {
            Position at = null;
            for (CompiledRule r : packs.result().get().rules()) {
                if (r.id().equals(id)) at = r.definition().at();
            }
            String line = at + (failOnUnfiredRules ? ": error: " : ": warning: ") + "rule '" + id
                    + "' is fired by no pack test; add a test whose descriptor fires it";
            if (failOnUnfiredRules) {
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        if (failed > 0) {
            throw new MojoFailureException("Backend Advisor: " + failed + " of " + total + " pack tests failed");
        }
        if (failOnUnfiredRules && !report.unfiredRules().isEmpty()) {
            throw new MojoFailureException("Backend Advisor: " + report.unfiredRules().size()
                    + " rules are fired by no pack test");
        }
    }
}
