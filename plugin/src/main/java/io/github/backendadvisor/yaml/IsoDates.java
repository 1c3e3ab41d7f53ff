package io.github.backendadvisor.yaml;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** ISO calendar dates ({@code 2027-06-30}), read the way {@code LocalDate.parse} reads them. */
public final class IsoDates {
    private IsoDates() {
    }

    /**
     * The date written as {@code yyyy-MM-dd}, or empty when the text has another shape or names no
     * day of the calendar (2027-02-30). The same answer as {@code LocalDate.parse} for that shape,
     * without its formatter, which a build runs cold once per module.
     */
    public static Optional<LocalDate> parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') return Optional.empty();
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) return Optional.empty();
        return day(year, month, day);
    }

    /**
     * The day a date in another common form most likely names, to suggest its ISO form: year
     * first without leading zeros ({@code 2027-6-30}) or with other separators
     * ({@code 2027/06/30}), and day and month before a four-digit year ({@code 30/06/2027},
     * {@code 06/30/2027}, {@code 30.06.2027}) when only one order names a day of the calendar.
     * Empty otherwise, and for a day both orders could mean ({@code 05/06/2027}).
     */
    public static Optional<LocalDate> meant(String text) {
        String[] parts = text.strip().split("[-/.]", -1);
        if (parts.length != 3) return Optional.empty();
        int[] n = new int[3];
        for (int i = 0; i < 3; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 4) return Optional.empty();
            n[i] = digits(parts[i], 0, parts[i].length());
            if (n[i] < 0) return Optional.empty();
        }
        if (parts[0].length() == 4) return day(n[0], n[1], n[2]);
        if (parts[2].length() != 4) return Optional.empty();
        Optional<LocalDate> dayFirst = day(n[2], n[1], n[0]);
        Optional<LocalDate> monthFirst = day(n[2], n[0], n[1]);
        if (dayFirst.isPresent() && monthFirst.isPresent() && !dayFirst.equals(monthFirst)) return Optional.empty();
        return dayFirst.isPresent() ? dayFirst : monthFirst;
    }

    /** The day of the calendar these numbers name, or empty (2027-02-30). */
    private static Optional<LocalDate> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The decimal number in {@code text[from, to)}, or -1 unless every character is a digit (at most 9). */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
