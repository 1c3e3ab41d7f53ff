package io.github.backendadvisor.expr;

import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Number literals, read strictly: decimal only, within range, no octal surprises. */
final class Literals {
    private static final Pattern DECIMAL_INT = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern OCTAL = Pattern.compile("0[0-7]+");
    private static final Pattern PLAIN_DOUBLE = Pattern.compile("[0-9]*\\.?[0-9]*([eE][-+]?[0-9]+)?");

    private Literals() {
    }

    static Typed integer(Checker ch, IntegerLiteralExpr e) {
        String text = e.getValue().replace("_", "");
        if (!DECIMAL_INT.matcher(text).matches()) {
            if (OCTAL.matcher(text).matches()) {
                return ch.error(e, "integer literal '" + e.getValue() + "' has a leading zero, which Java reads as octal; write "
                        + text.replaceFirst("^0+", ""));
            }
            return ch.error(e, "integer literal '" + e.getValue() + "' must be written in decimal digits");
        }
        BigInteger v = new BigInteger(text);
        // As in Java, 2147483648 is allowed only as the operand of a unary minus: -2147483648.
        BigInteger max = BigInteger.valueOf(Integer.MAX_VALUE);
        if (isNegated(e)) max = max.add(BigInteger.ONE);
        if (v.compareTo(max) > 0) {
            return ch.error(e, "integer literal " + e.getValue() + " is too large for a whole number (at most "
                    + Integer.MAX_VALUE + "); write " + text + ".0 to use a decimal");
        }
        return Typed.of(ValueType.INT, new Code.NumConstant(v.doubleValue()), e);
    }

    private static boolean isNegated(IntegerLiteralExpr e) {
        return e.getParentNode().orElse(null) instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS;
    }

    static Typed decimal(Checker ch, DoubleLiteralExpr e) {
        String text = e.getValue().replace("_", "");
        if (text.endsWith("f") || text.endsWith("F")) {
            return ch.error(e, "float literal '" + e.getValue() + "' is not allowed; write it without the 'f'");
        }
        if (text.endsWith("d") || text.endsWith("D")) {
            text = text.substring(0, text.length() - 1);
        }
        if (!PLAIN_DOUBLE.matcher(text).matches() || text.startsWith("0x") || text.startsWith("0X")) {
            return ch.error(e, "decimal literal '" + e.getValue() + "' must be written in decimal digits");
        }
        double d;
        try {
            d = Double.parseDouble(text);
        } catch (NumberFormatException ex) {
            return ch.error(e, "decimal literal '" + e.getValue() + "' cannot be read");
        }
        if (Double.isInfinite(d)) {
            return ch.error(e, "decimal literal '" + e.getValue() + "' is too large");
        }
        return Typed.of(ValueType.NUMBER, new Code.NumConstant(d), e);
    }
}
