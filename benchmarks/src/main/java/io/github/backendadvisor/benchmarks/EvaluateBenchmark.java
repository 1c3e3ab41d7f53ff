package io.github.backendadvisor.benchmarks;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.rules.RuleSet;
import java.util.ArrayList;
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

/** (b) One descriptor against the default pack, end to end: scores, exclusions, contrasts, sensitivity. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class EvaluateBenchmark {
    private RuleSet pack;
    private Descriptor descriptor;

    @Setup
    public void setUp() {
        pack = Inputs.defaultPack();
        descriptor = Inputs.chatService();
        // the steady state: evaluate until every expression runs in its second tier, the
        // method-handle tree (CompiledExpression.TIER_UP evaluations each), which the warm-up
        // iterations alone would reach only halfway through the measurement
        List<CompiledExpression> expressions = new ArrayList<>();
        pack.rules().forEach(r -> expressions.add(r.when()));
        pack.criteria().values().stream().filter(c -> c.value() != null).forEach(c -> expressions.add(c.value()));
        for (int i = 0; i < 1_000_000 && !expressions.stream().allMatch(CompiledExpression::tieredUp); i++) {
            Evaluator.evaluate(pack, descriptor, Inputs.OPTIONS);
        }
        if (!expressions.stream().allMatch(CompiledExpression::tieredUp)) {
            throw new IllegalStateException("the default pack's expressions did not reach their second tier");
        }
    }

    @Benchmark
    public Evaluation evaluateDefaultPack() {
        return Evaluator.evaluate(pack, descriptor, Inputs.OPTIONS);
    }
}
