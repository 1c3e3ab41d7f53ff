package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetCache;
import java.util.List;

/**
 * The outcome of judging one descriptor: the evaluation when the input was valid, and every
 * diagnostic found on the way.
 *
 * @param descriptor the descriptor, or null when it could not be read
 * @param descriptorText the descriptor file's text as it was parsed, or null when it could not be read
 * @param ruleSet the compiled packs, or null when they could not be compiled
 * @param packsFingerprint identifies the packs and options the rule set was built from, or null
 *     when the packs could not be located
 * @param evaluation the evaluation, or null when the input had errors
 * @param diagnostics every problem, sorted
 * @param timings how long each stage took
 */
public record Advice(Descriptor descriptor, String descriptorText, RuleSet ruleSet, String packsFingerprint,
        Evaluation evaluation, List<Diagnostic> diagnostics, Timings timings) {

    /** Nanoseconds spent per stage, and how the packs were got, for the debug log. */
    public record Timings(long packsNanos, RuleSetCache.Load packs, long descriptorNanos, long evaluationNanos) {
        /** Whether this run compiled the packs rather than finding them in the build's cache. */
        public boolean packsCompiled() {
            return packs != RuleSetCache.Load.CACHED;
        }
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        return Diagnostics.anyError(diagnostics);
    }
}
