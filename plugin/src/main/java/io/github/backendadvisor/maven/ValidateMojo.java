package io.github.backendadvisor.maven;

import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.rules.RuleSetCache;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the descriptor and the rule packs without evaluating or writing anything. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractAdvisorMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipped(true)) return;
        AdviceRequest request = request();
        long t0 = System.nanoTime();
        RuleSetCache.Lookup packs = advisor().ruleSet(request);
        long t1 = System.nanoTime();
        var descriptorResult = DescriptorLoader.load(request.descriptor(), request.descriptorName());
        List<Diagnostic> all = new ArrayList<>(packs.result().diagnostics());
        all.addAll(descriptorResult.diagnostics());
        if (packs.result().ok() && descriptorResult.ok()) {
            all.addAll(DescriptorChecker.check(descriptorResult.get(), packs.result().get().vocabulary()));
        }
        Timings.logChecked(getLog(), project, new Advice.Timings(t1 - t0, packs.load(), System.nanoTime() - t1, 0));
        int errors = log(all.stream().sorted().toList());
        if (errors > 0) {
            throw invalid(errors);
        }
        var set = packs.result().get();
        getLog().info("Backend Advisor: " + displayName() + " is valid (" + set.rules().size() + " rules, "
                + set.candidates().size() + " candidates from " + set.packs().size()
                + (set.packs().size() == 1 ? " pack)" : " packs)"));
    }
}
