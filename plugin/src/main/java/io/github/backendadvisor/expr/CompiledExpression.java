package io.github.backendadvisor.expr;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An expression checked and compiled once, evaluated many times; safe to share between threads.
 *
 * <p>It runs in two tiers, like the JVM itself. It starts as a tree of small objects (see
 * {@link Code}), which costs almost nothing to build and runs well from its first evaluation.
 * After {@link #TIER_UP} evaluations it builds a method-handle tree from the same checked tree and
 * runs that from then on: the JIT customises and inlines it into code close to a hand-written
 * lambda, but building and linking it costs a few milliseconds per expression, which pays off only
 * in a JVM that evaluates the expression very often (a benchmark, a daemon such as mvnd). A build
 * of a few hundred modules evaluates each condition a few hundred times and never pays it. Both
 * tiers call the same operations, so the tier never changes a result.
 */
public final class CompiledExpression {
    /**
     * Evaluations after which an expression gets its method-handle form. Building and linking it
     * costs a few milliseconds per expression and saves about 25 ns per evaluation (JMH:
     * ConditionBenchmark), so it pays off after roughly 100,000 evaluations.
     */
    static final int TIER_UP = 100_000;

    private final String source;
    private final ValueType type;
    private final Code code;
    private final List<String> paths;
    private final List<String> optionalPaths;
    /** Counts evaluations until the handle exists; updates may race, which at worst delays the tier-up. */
    private int evaluations;
    private volatile MethodHandle handle;

    /**
     * @param source the expression text
     * @param type BOOLEAN for conditions, INT or NUMBER for values
     * @param code the checked tree
     * @param paths every descriptor path the expression reads, in order of appearance
     * @param optionalPaths the paths among them that have no default and may be absent
     */
    CompiledExpression(String source, ValueType type, Code code, List<String> paths, List<String> optionalPaths) {
        this.source = source;
        this.type = type;
        this.code = code;
        this.paths = paths;
        this.optionalPaths = optionalPaths;
    }

    /** The expression text. */
    public String source() {
        return source;
    }

    /** BOOLEAN for conditions, INT or NUMBER for values. */
    public ValueType type() {
        return type;
    }

    /** Every descriptor path the expression reads, in order of appearance. */
    public List<String> paths() {
        return paths;
    }

    /** The paths among {@link #paths()} that have no default and may be absent. */
    public List<String> optionalPaths() {
        return optionalPaths;
    }

    /** Evaluates a condition. */
    public boolean test(EvalContext c) {
        MethodHandle h = handle;
        if (h != null) return Handles.test(h, c);
        countEvaluation();
        return code.bool(c);
    }

    /** Evaluates a value. */
    public double value(EvalContext c) {
        MethodHandle h = handle;
        if (h != null) return Handles.value(h, c);
        countEvaluation();
        return code.num(c);
    }

    /** Evaluates a condition by walking its tree, whatever the tier; for benchmarks and tests. */
    public boolean testByWalking(EvalContext c) {
        return code.bool(c);
    }

    /** Evaluates a value by walking its tree, whatever the tier; for benchmarks and tests. */
    public double valueByWalking(EvalContext c) {
        return code.num(c);
    }

    /** True once the expression runs as a method-handle tree. */
    public boolean tieredUp() {
        return handle != null;
    }

    private void countEvaluation() {
        if (++evaluations >= TIER_UP) {
            // two threads may both get here and build equal handles; either one is right
            handle = code.handle();
        }
    }

    /** The checked tree. */
    Code code() {
        return code;
    }

    /** The method-handle form of this expression, built anew; for tests. */
    MethodHandle buildHandle() {
        return code.handle();
    }

    /** Equal when compiled from the same source to the same type; the tree is derived from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledExpression e && e.source.equals(source) && e.type == type && e.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, type, paths);
    }

    @Override
    public String toString() {
        return "CompiledExpression[" + source + ": " + type + "]";
    }

    /** The optional paths that are absent in a context's descriptor. */
    public List<String> missing(EvalContext c) {
        if (optionalPaths.isEmpty()) return List.of(); // most conditions; a loop, not a stream: cold path
        List<String> out = new ArrayList<>();
        for (String p : optionalPaths) {
            if (DescriptorPaths.get(p).read().apply(c.descriptor()) == null) out.add(p);
        }
        return Collections.unmodifiableList(out);
    }
}
