package io.github.backendadvisor.maven;

import io.github.backendadvisor.engine.Advice;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the descriptor and the rule packs without evaluating or writing anything. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
        configurator = GoalConfigurator.HINT)
public class ValidateMojo extends AbstractAdvisorMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipped(true)) return;
        Advice advice = advisor().check(request());
        if (misconfigured()) throw misconfiguration(advice.diagnostics());
        Timings.logChecked(getLog(), project, advice.timings());
        int errors = log(advice.diagnostics());
        if (errors > 0) {
            throw invalid(advice.diagnostics());
        }
        var set = advice.ruleSet();
        getLog().info(valid(displayName(), set.rules().size(), set.candidates().size(), set.packs().size()));
    }

    /** The line that says the input is valid, with what the packs in use hold. */
    static String valid(String descriptor, int rules, int candidates, int packs) {
        return "Backend Advisor: " + descriptor + " is valid (" + count(rules, "rule") + ", " + count(candidates, "candidate")
                + " from " + count(packs, "pack") + ")";
    }

    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
