package io.github.backendadvisor.expr;

import java.util.List;

/**
 * An expression checked and compiled once, evaluated many times.
 *
 * @param source the expression text
 * @param type BOOLEAN for conditions, INT or NUMBER for values
 * @param bool the closure for a condition (null for values)
 * @param num the closure for a value (null for conditions)
 * @param paths every descriptor path the expression reads, in order of appearance
 * @param optionalPaths the paths among them that have no default and may be absent
 */
public record CompiledExpression(String source, ValueType type, Fn.Bool bool, Fn.Num num, List<String> paths,
        List<String> optionalPaths) {

    /** Evaluates a condition. */
    public boolean test(EvalContext c) {
        return bool.eval(c);
    }

    /** Evaluates a value. */
    public double value(EvalContext c) {
        return num.eval(c);
    }

    /** The optional paths that are absent in a context's descriptor. */
    public List<String> missing(EvalContext c) {
        return optionalPaths.stream()
                .filter(p -> DescriptorPaths.get(p).read().apply(c.descriptor()) == null)
                .toList();
    }
}
