package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.backendadvisor.diag.Suggestions;
import java.util.List;

/**
 * Operators of the condition language. Absent optional numbers are NaN, absent text is null:
 * every comparison with them, {@code !=} included, is false.
 */
final class Operators {
    private Operators() {
    }

    static Typed unary(Checker ch, UnaryExpr u, int depth) {
        switch (u.getOperator()) {
            case LOGICAL_COMPLEMENT, MINUS, PLUS -> {
                Typed t = ch.check(u.getExpression(), depth + 1);
                if (t == null) return null;
                if (u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
                    if (t.type() != ValueType.BOOLEAN) return mismatch(ch, u, "'!'", "a boolean", t);
                    Fn.Bool b = t.bool();
                    return Typed.of(ValueType.BOOLEAN, (Fn.Bool) c -> !b.eval(c), u);
                }
                if (!t.type().numeric()) return mismatch(ch, u, "'" + u.getOperator().asString() + "'", "a number", t);
                Fn.Num n = t.num();
                Fn.Num fn = u.getOperator() == UnaryExpr.Operator.MINUS ? c -> -n.eval(c) : n;
                return Typed.of(t.type(), fn, u);
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
                Fn.Bool x = l.bool();
                Fn.Bool y = r.bool();
                Fn.Bool fn = op == BinaryExpr.Operator.AND ? c -> x.eval(c) && y.eval(c) : c -> x.eval(c) || y.eval(c);
                return Typed.of(ValueType.BOOLEAN, fn, b);
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                return arithmetic(op, l, r, b);
            }
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                Fn.Num x = l.num();
                Fn.Num y = r.num();
                Fn.Bool fn = switch (op) {
                    case LESS -> c -> x.eval(c) < y.eval(c);
                    case LESS_EQUALS -> c -> x.eval(c) <= y.eval(c);
                    case GREATER -> c -> x.eval(c) > y.eval(c);
                    default -> c -> x.eval(c) >= y.eval(c);
                };
                return Typed.of(ValueType.BOOLEAN, fn, b);
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
        Fn.Num x = l.num();
        Fn.Num y = r.num();
        boolean ints = l.type() == ValueType.INT && r.type() == ValueType.INT;
        Fn.Num fn = switch (op) {
            case PLUS -> c -> x.eval(c) + y.eval(c);
            case MINUS -> c -> x.eval(c) - y.eval(c);
            case MULTIPLY -> c -> x.eval(c) * y.eval(c);
            case DIVIDE -> ints ? c -> intDivide(x.eval(c), y.eval(c)) : c -> x.eval(c) / y.eval(c);
            default -> c -> x.eval(c) % y.eval(c);
        };
        return Typed.of(ints ? ValueType.INT : ValueType.NUMBER, fn, b);
    }

    /** Java's whole-number division; division by zero gives NaN (so comparisons are false) instead of throwing. */
    private static double intDivide(double a, double b) {
        if (b == 0 || Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        return (double) ((long) a / (long) b);
    }

    private static Typed equality(Checker ch, BinaryExpr b, Typed l, Typed r) {
        boolean eq = b.getOperator() == BinaryExpr.Operator.EQUALS;
        String sym = "'" + b.getOperator().asString() + "'";
        if (l.type().numeric() && r.type().numeric()) {
            Fn.Num x = l.num();
            Fn.Num y = r.num();
            Fn.Bool fn = eq ? c -> x.eval(c) == y.eval(c) : c -> {
                double p = x.eval(c);
                double q = y.eval(c);
                return !Double.isNaN(p) && !Double.isNaN(q) && p != q;
            };
            return Typed.of(ValueType.BOOLEAN, fn, b);
        }
        if (l.type() == ValueType.BOOLEAN && r.type() == ValueType.BOOLEAN) {
            Fn.Bool x = l.bool();
            Fn.Bool y = r.bool();
            Fn.Bool fn = eq ? c -> x.eval(c) == y.eval(c) : c -> x.eval(c) != y.eval(c);
            return Typed.of(ValueType.BOOLEAN, fn, b);
        }
        if (l.type() == ValueType.STRING && r.type() == ValueType.STRING) {
            if (!checkEnum(ch, l, r) || !checkEnum(ch, r, l)) return null;
            Fn.Str x = l.str();
            Fn.Str y = r.str();
            Fn.Bool fn = c -> {
                String p = x.eval(c);
                String q = y.eval(c);
                return p != null && q != null && p.equals(q) == eq;
            };
            return Typed.of(ValueType.BOOLEAN, fn, b);
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
        Fn.Bool test = cond.bool();
        if (a.type() == ValueType.BOOLEAN && b.type() == ValueType.BOOLEAN) {
            Fn.Bool x = a.bool();
            Fn.Bool y = b.bool();
            return Typed.of(ValueType.BOOLEAN, (Fn.Bool) c -> test.eval(c) ? x.eval(c) : y.eval(c), ce);
        }
        if (a.type().numeric() && b.type().numeric()) {
            Fn.Num x = a.num();
            Fn.Num y = b.num();
            ValueType t = a.type() == ValueType.INT && b.type() == ValueType.INT ? ValueType.INT : ValueType.NUMBER;
            return Typed.of(t, (Fn.Num) c -> test.eval(c) ? x.eval(c) : y.eval(c), ce);
        }
        if (a.type() == ValueType.STRING && b.type() == ValueType.STRING) {
            Fn.Str x = a.str();
            Fn.Str y = b.str();
            return new Typed(ValueType.STRING, (Fn.Str) c -> test.eval(c) ? x.eval(c) : y.eval(c), List.of(), null, ce);
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
