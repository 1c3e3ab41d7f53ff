package io.github.backendadvisor.benchmarks;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.expr.EvalContext;
import io.github.backendadvisor.expr.ExprSchema;
import io.github.backendadvisor.expr.ExpressionCompiler;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
 * (a) A compiled condition against the same condition written by hand as a Java lambda over the
 * same model objects. The condition mixes the kinds of reads rules make: a boolean, a whole
 * number, an optional decimal, an enum-like text and a list. {@code compiledCondition} measures
 * the steady state, where the condition runs as a method-handle tree; {@code walkedCondition} its
 * first tier, the tree walked node by node.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ConditionBenchmark {
    static final String CONDITION = "concurrency.longLivedConnections && concurrency.peakConcurrentConnections >= 10000"
            + " && io.profile != \"cpu-bound\" && !(io.cpuWorkShare >= 0.3) && libraries.needs.contains(\"websockets\")";

    private Descriptor descriptor;
    private EvalContext context;
    private CompiledExpression compiled;
    private Predicate<Descriptor> handWritten;

    @Setup
    public void setUp() {
        descriptor = Inputs.chatService();
        context = new EvalContext() {
            public Descriptor descriptor() { return descriptor; }
            public int skill(String language) { return descriptor.team().skill(language); }
            public int skillOf(String candidate) { return 0; }
            public double coverage(String candidate) { return 1; }
            public String candidate() { return null; }
        };
        compiled = new ExpressionCompiler(new ExprSchema(Set.of("javascript"), Set.of("nodejs"), Set.of("websockets")))
                .condition(CONDITION, (l, c) -> new Position("bench", l, c), "bench").get();
        handWritten = d -> d.concurrency().longLivedConnections()
                && d.concurrency().peakConcurrentConnections() >= 10000
                && !d.io().profile().id().equals("cpu-bound")
                && !(d.io().cpuWorkShare() != null && d.io().cpuWorkShare() >= 0.3)
                && d.libraries().needs().contains("websockets");
        if (compiled.test(context) != handWritten.test(descriptor)) {
            throw new IllegalStateException("the two forms disagree");
        }
    }

    @Benchmark
    public boolean compiledCondition() {
        return compiled.test(context);
    }

    /**
     * The same condition walked as a tree, the tier a compiled expression starts in and stays in
     * for its first {@code CompiledExpression.TIER_UP} evaluations (the whole of a normal build).
     */
    @Benchmark
    public boolean walkedCondition() {
        return compiled.testByWalking(context);
    }

    @Benchmark
    public boolean handWrittenLambda() {
        return handWritten.test(descriptor);
    }
}
