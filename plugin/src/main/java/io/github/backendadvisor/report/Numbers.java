package io.github.backendadvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting that is the same on every machine (no default locale, fixed rounding). */
public final class Numbers {
    private static final double[] POW10 = {1, 10, 100, 1_000, 10_000};
    private static final long[] LONG_POW10 = {1, 10, 100, 1_000, 10_000};
    /** No units: the fast path cannot decide (a scaled value is never negative). */
    private static final long NO_UNITS = -1;
    /** Values below this many units are kept once written, for 0, 1 and 2 places. */
    private static final int KEPT_UNITS = 10_000;
    /**
     * The texts of small values already written, by places and units. A module's reports write
     * hundreds of numbers, most of them chart positions, scores and weights that other modules
     * write too; reusing their strings keeps a reactor from filling new memory with copies. Filled
     * as values come; two threads that write the same value at once store equal strings.
     */
    private static final String[][] KEPT = {new String[KEPT_UNITS], new String[KEPT_UNITS], new String[KEPT_UNITS]};

    private Numbers() {
    }

    /** Rounds to {@code places} decimals, half up; NaN and infinities stay as they are. */
    public static double round(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return v;
        return Double.parseDouble(fixed(v, places));
    }

    /**
     * {@code v} rounded half up to four places, written as {@code Double.toString} writes the rounded
     * double ({@code 0.25}, {@code 12.0}, {@code 1.0E-4}) but without a second trip through binary:
     * from 0.001 to 10^7 that form is the rounded decimal without its trailing zeros.
     */
    public static String decimal4(double v) {
        StringBuilder sb = new StringBuilder(24);
        appendDecimal4(sb, v);
        return sb.toString();
    }

    /**
     * Appends {@link #decimal4} of {@code v}. The JSON report writes hundreds of numbers per module;
     * writing the digits where they go saves each number four intermediate strings.
     */
    static void appendDecimal4(StringBuilder sb, double v) {
        long units = Double.isNaN(v) || Double.isInfinite(v) ? NO_UNITS : scaledUnits(v, 4);
        if (units == NO_UNITS || Math.abs(v) < 1e-3 && v != 0) {
            // beyond the fast path below 10^5, or a form with an exponent: by the definition
            String fixed = fixed(v, 4);
            int dot = fixed.indexOf('.');
            int integerDigits = fixed.charAt(0) == '-' ? dot - 1 : dot;
            if (integerDigits < 8 && (Math.abs(v) >= 1e-3 || v == 0)) {
                int end = fixed.length();
                while (end > dot + 2 && fixed.charAt(end - 1) == '0') end--;
                sb.append(fixed, 0, end);
            } else {
                sb.append(Double.toString(Double.parseDouble(fixed)));
            }
            return;
        }
        // at most five integer digits here, so always the plain form: drop trailing zeros, keep one
        long fraction = units % 10_000;
        int places = 4;
        while (places > 1 && fraction % 10 == 0) {
            fraction /= 10;
            places--;
        }
        if (v < 0 && units != 0) sb.append('-');
        sb.append(units / 10_000).append('.');
        appendDigits(sb, fraction, places);
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
        long units = places < POW10.length ? scaledUnits(v, places) : NO_UNITS;
        return units != NO_UNITS ? units(units, places, v < 0) : shortest(v, places);
    }

    /**
     * |v| · 10^places rounded half up from the shortest decimal form of {@code v}, or
     * {@link #NO_UNITS} for a near tie or a value too large, which {@link #shortest} decides.
     */
    private static long scaledUnits(double v, int places) {
        double scaled = Math.abs(v) * POW10[places];
        if (scaled < 1e9) {
            // The binary value and its shortest decimal differ by far less than 1e-6 after scaling,
            // so unless the scaled value sits that close to a tie, both round the same way.
            double whole = Math.floor(scaled);
            double fraction = scaled - whole;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                return (long) whole + (fraction > 0.5 ? 1 : 0);
            }
            if (fraction == 0.5 && Math.fma(Math.abs(v), POW10[places], -scaled) == 0) {
                // the product is exact, so the binary value is itself the tie (0.125, 2.5): half up
                return (long) whole + 1;
            }
        }
        return NO_UNITS;
    }

    /**
     * {@link #exact} from the digits of {@code Double.toString}, without BigDecimal: only the first
     * digit dropped decides half up. Chart geometry meets a near tie about once per module.
     */
    static String shortest(double v, int places) {
        String s = Double.toString(v);
        if (places >= LONG_POW10.length || s.indexOf('E') >= 0) return exact(v, places);
        boolean negative = s.charAt(0) == '-';
        int dot = s.indexOf('.');
        long units = 0;
        int i = negative ? 1 : 0;
        for (; i < dot; i++) units = units * 10 + (s.charAt(i) - '0');
        for (int p = 1; p <= places; p++) {
            int at = dot + p;
            units = units * 10 + (at < s.length() ? s.charAt(at) - '0' : 0);
        }
        int next = dot + places + 1;
        if (next < s.length() && s.charAt(next) >= '5') units++;
        return units(units, places, negative);
    }

    /** {@code units / 10^places} with exactly {@code places} decimals; no sign for zero. */
    private static String units(long units, int places, boolean negative) {
        boolean keep = places < KEPT.length && units < KEPT_UNITS && !(negative && units != 0);
        if (keep) {
            String kept = KEPT[places][(int) units];
            if (kept != null) return kept;
        }
        StringBuilder sb = new StringBuilder(24);
        if (negative && units != 0) sb.append('-');
        sb.append(units / LONG_POW10[places]);
        if (places > 0) {
            sb.append('.');
            appendDigits(sb, units % LONG_POW10[places], places);
        }
        String text = sb.toString();
        // a String's fields are final, so a thread that reads it from the array sees it whole
        if (keep) KEPT[places][(int) units] = text;
        return text;
    }

    /** The last {@code places} decimal digits of {@code value}, leading zeros included. */
    private static void appendDigits(StringBuilder sb, long value, int places) {
        for (long p = LONG_POW10[places - 1]; p > 0; p /= 10) {
            sb.append((char) ('0' + value / p % 10));
        }
    }

    /** {@link #fixed} by way of BigDecimal: the definition, used where the fast path cannot decide. */
    static String exact(double v, int places) {
        return new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }
}
