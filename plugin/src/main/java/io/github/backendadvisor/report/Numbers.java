package io.github.backendadvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting that is the same on every machine (no default locale, fixed rounding). */
public final class Numbers {
    private Numbers() {
    }

    /** Rounds to {@code places} decimals, half up; NaN and infinities stay as they are. */
    public static double round(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        return new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code 12.3}: one decimal. */
    public static String one(double v) {
        return fixed(v, 1);
    }

    /** {@code 0.22}: two decimals. */
    public static String two(double v) {
        return fixed(v, 2);
    }

    /** {@code 35%}: a share as a whole percentage. */
    public static String percent(double share) {
        return fixed(share * 100, 0) + "%";
    }

    /** {@code +0.30} or {@code -0.15}. */
    public static String signed(double v) {
        String s = fixed(v, 2);
        return s.startsWith("-") ? s : "+" + s;
    }

    /**
     * {@code v} with exactly {@code places} decimals, rounded half up from its shortest decimal form:
     * the result of {@code String.format("%.Nf")}, without the cost of a Formatter (reports format
     * hundreds of numbers per module).
     */
    public static String fixed(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return Double.toString(v);
        return new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
