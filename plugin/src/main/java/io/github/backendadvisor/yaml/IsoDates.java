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
