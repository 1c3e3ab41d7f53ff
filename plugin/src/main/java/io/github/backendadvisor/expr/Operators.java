package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.github.backendadvisor.diag.Suggestions;

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
                    return Typed.of(ValueType.BOOLEAN, new Code.Not(t.code()), u);
                }
                if (!t.type().numeric()) return mismatch(ch, u, "'" + u.getOperator().asString() + "'", "a number", t);
                Code x = u.getOperator() == UnaryExpr.Operator.MINUS ? new Code.Negate(t.code()) : t.code();
                return Typed.of(t.type(), x, u);
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
            case MINUS -> {
                // io-bound, rest-api: an id with a dash, written without quotes, reads as a subtraction
                String dashed = dashed(b);
                String hint = dashed == null ? "" : Hints.forName(dashed, ch.schema);
                if (!hint.isEmpty()) return ch.error(b, "'" + dashed + "' reads as a subtraction of names" + hint);
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
                Code x = op == BinaryExpr.Operator.AND ? new Code.And(l.code(), r.code()) : new Code.Or(l.code(), r.code());
                return Typed.of(ValueType.BOOLEAN, x, b);
            }
            case PLUS, MINUS, MULTIPLY, DIVIDE, REMAINDER -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                return arithmetic(op, l, r, b);
            }
            case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS -> {
                if (!l.type().numeric()) return mismatch(ch, b.getLeft(), sym, "numbers", l);
                if (!r.type().numeric()) return mismatch(ch, b.getRight(), sym, "numbers", r);
                Code.Cmp cmp = switch (op) {
                    case LESS -> Code.Cmp.LT;
                    case LESS_EQUALS -> Code.Cmp.LE;
                    case GREATER -> Code.Cmp.GT;
                    default -> Code.Cmp.GE;
                };
                return Typed.of(ValueType.BOOLEAN, new Code.Comparison(cmp, l.code(), r.code()), b);
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
        Code.Arith f = switch (op) {
            case PLUS -> Code.Arith.ADD;
            case MINUS -> Code.Arith.SUB;
            case MULTIPLY -> Code.Arith.MUL;
            case DIVIDE -> ints ? Code.Arith.INT_DIV : Code.Arith.DIV;
            default -> Code.Arith.REM;
        };
        return Typed.of(ints ? ValueType.INT : ValueType.NUMBER, new Code.Arithmetic(f, l.code(), r.code()), b);
    }

    private static Typed equality(Checker ch, BinaryExpr b, Typed l, Typed r) {
        boolean eq = b.getOperator() == BinaryExpr.Operator.EQUALS;
        String sym = "'" + b.getOperator().asString() + "'";
        if (l.type().numeric() && r.type().numeric()) {
            return Typed.of(ValueType.BOOLEAN, new Code.Comparison(eq ? Code.Cmp.EQ : Code.Cmp.NE, l.code(), r.code()), b);
        }
        if (l.type() == ValueType.BOOLEAN && r.type() == ValueType.BOOLEAN) {
            return Typed.of(ValueType.BOOLEAN, new Code.BoolEquality(eq, l.code(), r.code()), b);
        }
        if (l.type() == ValueType.STRING && r.type() == ValueType.STRING) {
            if (!checkEnum(ch, l, r) || !checkEnum(ch, r, l)) return null;
            return Typed.of(ValueType.BOOLEAN, new Code.TextEquality(eq, l.code(), r.code()), b);
        }
        // a boolean or a number in quotes
        String literal = l.type() == ValueType.STRING ? l.literal()
                : r.type() == ValueType.STRING ? r.literal() : null;
        boolean bool = l.type() == ValueType.BOOLEAN || r.type() == ValueType.BOOLEAN;
        String hint = !bool ? Hints.quotedNumber(literal)
                : "true".equals(literal) || "false".equals(literal) ? " (write " + literal + " without quotes)" : "";
        return ch.error(b, sym + " compares " + l.type().description() + " with " + r.type().description()
                + "; both sides must have the same type" + hint);
    }

    /** The text of a subtraction of plain names ({@code io - bound} as "io-bound"), or null. */
    private static String dashed(com.github.javaparser.ast.expr.Expression e) {
        if (e instanceof NameExpr n) return n.getNameAsString();
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.MINUS
                && b.getRight() instanceof NameExpr right) {
            String left = dashed(b.getLeft());
            return left == null ? null : left + "-" + right.getNameAsString();
        }
        return null;
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
            return Typed.of(t, new Code.Choice(cond.code(), a.code(), b.code()), ce);
        }
        return ch.error(ce, "the two branches of '?:' must have the same type, not " + a.type().description()
                + " and " + b.type().description());
    }

    private static Typed mismatch(Checker ch, com.github.javaparser.ast.expr.Expression at, String op, String want, Typed got) {
        String what = got.enumValues().isEmpty() ? got.type().description()
                : "text (one of " + String.join(", ", got.enumValues()) + ")";
        String hint = want.equals("numbers") && got.type() == ValueType.STRING ? Hints.quotedNumber(got.literal()) : "";
        return ch.error(at, op + " needs " + want + ", but '" + Forbidden.shorten(at.toString()) + "' is " + what
                + hint);
    }
}
