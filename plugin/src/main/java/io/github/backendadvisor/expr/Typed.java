package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.Expression;
import java.util.List;

/**
 * A checked sub-expression: its type, its compiled tree (see {@link Code}), the allowed
 * values when it is an enum-like field, and its literal text when it is a string literal.
 */
record Typed(ValueType type, Code code, List<String> enumValues, String literal, Expression node) {

    static Typed of(ValueType type, Code code, Expression node) {
        return new Typed(type, code, List.of(), null, node);
    }
}
