package io.github.backendadvisor.expr;

import java.util.List;

/** The compiled forms of expressions: one small closure type per value type, no boxing on the hot path. */
public final class Fn {
    private Fn() {
    }

    /** A compiled boolean expression. */
    @FunctionalInterface
    public interface Bool {
        boolean eval(EvalContext c);
    }

    /** A compiled numeric expression; an absent optional field evaluates to NaN. */
    @FunctionalInterface
    public interface Num {
        double eval(EvalContext c);
    }

    /** A compiled text expression; an absent optional field evaluates to null. */
    @FunctionalInterface
    public interface Str {
        String eval(EvalContext c);
    }

    /** A compiled list expression. */
    @FunctionalInterface
    public interface Lst {
        List<String> eval(EvalContext c);
    }
}
