package io.github.backendadvisor.benchmarks;

import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.rules.PackLoader;
import io.github.backendadvisor.rules.PackSource;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (c) Loading, merging, checking and compiling the default pack (what the build cache saves per
 * module): as a build does it, from the precompiled snapshot in the plugin jar, and from its YAML
 * (what any other pack costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LoadBenchmark {
    private List<PackSource> sources;

    @Setup
    public void setUp() {
        sources = Inputs.defaultPackSources();
    }

    @Benchmark
    public Result<RuleSet> loadAndCompileDefaultPack() {
        return RuleSetCache.compile(sources, RuleSetBuilder.Options.defaults());
    }

    @Benchmark
    public Result<RuleSet> loadAndCompileDefaultPackFromYaml() {
        return RuleSetBuilder.build(List.of(PackLoader.parse(sources.get(0)).get()), RuleSetBuilder.Options.defaults());
    }
}
