package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.Expression;
import java.util.List;

/**
 * A checked sub-expression: its type, its closure (one of the {@link Fn} types), the allowed
 * values when it is an enum-like field, and its literal text when it is a string literal.
 */
record Typed(ValueType type, Object fn, List<String> enumValues, String literal, Expression node) {

    static Typed of(ValueType type, Object fn, Expression node) {
        return new Typed(type, fn, List.of(), null, node);
    }

    Fn.Bool bool() {
        return (Fn.Bool) fn;
    }

    Fn.Num num() {
        return (Fn.Num) fn;
    }

    Fn.Str str() {
        return (Fn.Str) fn;
    }

    Fn.Lst list() {
        return (Fn.Lst) fn;
    }
}
