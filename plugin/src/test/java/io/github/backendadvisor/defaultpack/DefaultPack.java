package io.github.backendadvisor.defaultpack;

import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.PackSource;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.nio.file.Path;
import java.util.List;

/** Loads the default pack from the backend-advisor-rules jar on the test classpath. */
final class DefaultPack {
    private static RuleSet cached;

    private DefaultPack() {
    }

    static List<PackSource> sources() {
        Result<List<PackSource>> s = new PackLocator(Path.of("."), DefaultPack.class.getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK));
        if (!s.ok()) throw new AssertionError(s.diagnostics());
        return s.get();
    }

    static Result<RuleSet> compile(RuleSetBuilder.Options options) {
        return RuleSetCache.compile(sources(), options);
    }

    static synchronized RuleSet get() {
        if (cached == null) {
            Result<RuleSet> r = compile(RuleSetBuilder.Options.defaults());
            if (!r.ok() || !r.diagnostics().isEmpty()) throw new AssertionError("default pack: " + r.diagnostics());
            cached = r.get();
        }
        return cached;
    }
}
