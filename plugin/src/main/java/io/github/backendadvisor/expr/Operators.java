package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.backendadvisor.diag.Suggestions;
import java.lang.invoke.MethodHandle;

/**
 * Operators of the condition language. Absent optional numbers are NaN, absent text is null:
 * every comparison with them, {@code !=} included, is false.
 */
final class Operators {
    private static final MethodHandle NOT = Handles.op("not", boolean.class, boolean.class);
    private static final MethodHandle NEG = Handles.op("neg", double.class, double.class);
    private static final MethodHandle ADD = num2("add");
    private static final MethodHandle SUB = num2("sub");
    private static final MethodHandle MUL = num2("mul");
    private static final MethodHandle DIV = num2("div");
    private static final MethodHandle REM = num2("rem");
    private static final MethodHandle INT_DIV = num2("intDiv");
    private static final MethodHandle LT = cmp("lt");
    private static final MethodHandle LE = cmp("le");
    private static final MethodHandle GT = cmp("gt");
    private static final MethodHandle GE = cmp("ge");
    private static final MethodHandle EQ_NUM = cmp("eqNum");
    private static final MethodHandle NE_NUM = cmp("neNum");
    private static final MethodHandle EQ_BOOL = Handles.op("eqBool", boolean.class, boolean.class, boolean.class);
    private static final MethodHandle NE_BOOL = Handles.op("neBool", boolean.class, boolean.class, boolean.class);
    private static final MethodHandle EQ_STR = Handles.op("eqStr", boolean.class, String.class, String.class);
    private static final MethodHandle NE_STR = Handles.op("neStr", boolean.class, String.class, String.class);

    private Operators() {
    }

    private static MethodHandle num2(String name) {
        return Handles.op(name, double.class, double.class, double.class);
    }

    private static MethodHandle cmp(String name) {
        return Handles.op(name, boolean.class, double.class, double.class);
    }

    static Typed unary(Checker ch, UnaryExpr u, int depth) {
        switch (u.getOperator()) {
            case LOGICAL_COMPLEMENT, MINUS, PLUS -> {
                Typed t = ch.check(u.getExpression(), depth + 1);
                if (t == null) return null;
                if (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                    if (t.type() != ValueType.BOOLEAN) return mismatch(ch, u, "'!'", "a boolean", t);
                    return Typed.of(ValueType.BOOLEAN, Handles.unary(NOT, t.handle()), u);
                }
                if (!t.type().numeric()) return mismatch(ch, u, "'" + u.getOperator().asString() + "'", "a number", t);
                MethodHandle h = u.getOperator() == UnaryExpr.Operator.MINUS ? Handles.unary(NEG, t.handle()) : t.handle();
                return Typed.of(t.type(), h, u);
            }
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> {
                return ch.error(u, "'" + u.getOperator().asString() + "' is not allowed; conditions cannot change anything");
            }
            default -> {
                return ch.error(u, "the bitwise operator '" + u.getOperator().asString() + "' is not allowed");
            }
        }
    }

    static Typed binary(Checker ch, BinaryExpr b, int depth) {
        BinaryExpr.Operator op = b.getOperator();
        switch (op) {
            case BINARY_OR, BINARY_AND, XOR, LEFT_SHIFT, SIGNED_RIGHT_SHIFT, UNSIGNED_RIGHT_SHIFT -> {
                String hint = op == BinaryExpr.Operator.BINARY_OR ? " (did you mean '||'?)"
                        : op == BinaryExpr.Operator.BINARY_AND ? " (did you mean '&&'?)" : "";
                return ch.error(b, "the bitwise operator '" + op.asString() + "' is not allowed" + hint);
            }
            default -> {
                // checked below
            }
        }
        Typed l = ch.check(b.getLeft(), depth + 1);
        Typed r = ch.check(b.getRight(), depth + 1);
        if (l == null || r == null) return null;
        String sym = "'" + op.asString() + "'";
        switch (op) {
            case AND, OR -> {
                if (l.type() != ValueType.BOOLEAN) return mismatch(ch, b.getLeft(), sym, "booleans", l);
                if (r.type() != ValueType.BOOLEAN) return mismatch(ch, b.getRight(), sym, "booleans", r);
                MethodHandle h = op == BinaryExpr.Operator.AND ? Handles.and(l.handle(), r.handle())
                        : Handles.or(l.handle(), r.handle());
                return Typed.of(ValueType.BOOLEAN, h, b);
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                return arithmetic(op, l, r, b);
            }
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                MethodHandle cmp = switch (op) {
                    case LESS -> LT;
                    case LESS_EQUALS -> LE;
                    case GREATER -> GT;
                    default -> GE;
                };
                return Typed.of(ValueType.BOOLEAN, Handles.binary(cmp, l.handle(), r.handle()), b);
            }
            case EQUALS, NOT_EQUALS -> {
                return equality(ch, b, l, r);
            }
            default -> {
                return ch.error(b, "the operator " + sym + " is not allowed");
            }
        }
    }

    private static Typed arithmetic(BinaryExpr.Operator op, Typed l, Typed r, BinaryExpr b) {
        boolean ints = l.type() == ValueType.INT && r.type() == ValueType.INT;
        MethodHandle f = switch (op) {
            case PLUS -> ADD;
            case MINUS -> SUB;
            case MULTIPLY -> MUL;
            case DIVIDE -> ints ? INT_DIV : DIV;
            default -> REM;
        };
        return Typed.of(ints ? ValueType.INT : ValueType.NUMBER, Handles.binary(f, l.handle(), r.handle()), b);
    }

    private static Typed equality(Checker ch, BinaryExpr b, Typed l, Typed r) {
        boolean eq = b.getOperator() == BinaryExpr.Operator.EQUALS;
        String sym = "'" + b.getOperator().asString() + "'";
        if (l.type().numeric() && r.type().numeric()) {
            return Typed.of(ValueType.BOOLEAN, Handles.binary(eq ? EQ_NUM : NE_NUM, l.handle(), r.handle()), b);
        }
        if (l.type() == ValueType.BOOLEAN && r.type() == ValueType.BOOLEAN) {
            return Typed.of(ValueType.BOOLEAN, Handles.binary(eq ? EQ_BOOL : NE_BOOL, l.handle(), r.handle()), b);
        }
        if (l.type() == ValueType.STRING && r.type() == ValueType.STRING) {
            if (!checkEnum(ch, l, r) || !checkEnum(ch, r, l)) return null;
            return Typed.of(ValueType.BOOLEAN, Handles.binary(eq ? EQ_STR : NE_STR, l.handle(), r.handle()), b);
        }
        return ch.error(b, sym + " compares " + l.type().description() + " with " + r.type().description()
                + "; both sides must have the same type");
    }

    /** A string literal compared with an enum-like field must be one of its values. */
    private static boolean checkEnum(Checker ch, Typed field, Typed literal) {
        if (field.enumValues().isEmpty() || literal.literal() == null) return true;
        if (field.enumValues().contains(literal.literal())) return true;
        ch.error(literal.node(), "'" + literal.literal() + "' is not a value of '" + field.node()
                + "'; allowed values are " + String.join(", ", field.enumValues())
                + Suggestions.didYouMean(literal.literal(), field.enumValues()));
        return false;
    }

    static Typed conditional(Checker ch, ConditionalExpr ce, int depth) {
        Typed cond = ch.check(ce.getCondition(), depth + 1);
        Typed a = ch.check(ce.getThenExpr(), depth + 1);
        Typed b = ch.check(ce.getElseExpr(), depth + 1);
        if (cond == null || a == null || b == null) return null;
        if (cond.type() != ValueType.BOOLEAN) return mismatch(ch, ce.getCondition(), "'?:'", "a boolean condition", cond);
        boolean bools = a.type() == ValueType.BOOLEAN && b.type() == ValueType.BOOLEAN;
        boolean nums = a.type().numeric() && b.type().numeric();
        boolean strings = a.type() == ValueType.STRING && b.type() == ValueType.STRING;
        if (bools || nums || strings) {
            ValueType t = nums ? (a.type() == ValueType.INT && b.type() == ValueType.INT ? ValueType.INT : ValueType.NUMBER)
                    : a.type();
            return Typed.of(t, Handles.conditional(cond.handle(), a.handle(), b.handle()), ce);
        }
        return ch.error(ce, "the two branches of '?:' must have the same type, not " + a.type().description()
                + " and " + b.type().description());
    }

    private static Typed mismatch(Checker ch, com.github.javaparser.ast.expr.Expression at, String op, String want, Typed got) {
        String what = got.enumValues().isEmpty() ? got.type().description()
                : "text (one of " + String.join(", ", got.enumValues()) + ")";
        return ch.error(at, op + " needs " + want + ", but '" + Forbidden.shorten(at.toString()) + "' is " + what);
    }
}
