package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.Expression;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * A checked sub-expression: its type, its compiled handle (see {@link Handles}), the allowed
 * values when it is an enum-like field, and its literal text when it is a string literal.
 */
record Typed(ValueType type, MethodHandle handle, List<String> enumValues, String literal, Expression node) {

    static Typed of(ValueType type, MethodHandle handle, Expression node) {
        return new Typed(type, handle, List.of(), null, node);
    }
}
