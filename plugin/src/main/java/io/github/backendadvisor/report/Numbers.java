package io.github.backendadvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

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
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** {@code 0.22}: two decimals. */
    public static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** {@code 35%}: a share as a whole percentage. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** {@code +0.30} or {@code -0.15}. */
    public static String signed(double v) {
        return String.format(Locale.ROOT, "%+.2f", v);
    }
}
