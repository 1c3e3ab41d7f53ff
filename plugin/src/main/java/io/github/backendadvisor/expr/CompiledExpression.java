package io.github.backendadvisor.expr;

import java.util.List;

/**
 * An expression checked and compiled once, evaluated many times.
 *
 * @param source the expression text
 * @param type BOOLEAN for conditions, INT or NUMBER for values
 * @param handle the compiled form: {@code (EvalContext)boolean} for conditions, {@code (EvalContext)double} for values
 * @param paths every descriptor path the expression reads, in order of appearance
 * @param optionalPaths the paths among them that have no default and may be absent
 */
public record CompiledExpression(String source, ValueType type, java.lang.invoke.MethodHandle handle, List<String> paths,
        List<String> optionalPaths) {

    /** Evaluates a condition. */
    public boolean test(EvalContext c) {
        return Handles.test(handle, c);
    }

    /** Evaluates a value. */
    public double value(EvalContext c) {
        return Handles.value(handle, c);
    }

    /** Equal when compiled from the same source to the same type; the handle is derived from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CompiledExpression e && e.source.equals(source) && e.type == type && e.paths.equals(paths);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(source, type, paths);
    }

    /** The optional paths that are absent in a context's descriptor. */
    public List<String> missing(EvalContext c) {
        return optionalPaths.stream()
                .filter(p -> DescriptorPaths.get(p).read().apply(c.descriptor()) == null)
                .toList();
    }
}
