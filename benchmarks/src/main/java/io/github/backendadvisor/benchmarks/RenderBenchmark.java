package io.github.backendadvisor.benchmarks;

import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.report.HtmlReport;
import io.github.backendadvisor.report.JsonReport;
import io.github.backendadvisor.report.MarkdownReport;
import io.github.backendadvisor.report.ReportContext;
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

/** The writing a module pays for with the default formats: the three reports rendered to text, no file I/O. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RenderBenchmark {
    private ReportContext ctx;

    @Setup
    public void setUp() {
        var pack = Inputs.defaultPack();
        var descriptor = Inputs.chatService();
        var evaluation = Evaluator.evaluate(pack, descriptor, Inputs.OPTIONS);
        var advice = new Advice(descriptor, null, pack, null, evaluation, List.of(), new Advice.Timings(0, RuleSetCache.Load.CACHED, 0, 0));
        ctx = new ReportContext(advice, "backend-requirements.yaml", "2026-11-26T00:00:00Z", "bench", Inputs.OPTIONS);
    }

    @Benchmark
    public int renderHtml() {
        return HtmlReport.render(ctx).length();
    }

    @Benchmark
    public int renderJson() {
        return JsonReport.render(ctx).length();
    }

    @Benchmark
    public int renderMarkdown() {
        return MarkdownReport.render(ctx).length();
    }
}
