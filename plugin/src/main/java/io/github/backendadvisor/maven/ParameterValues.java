package io.github.backendadvisor.maven;

import io.github.backendadvisor.yaml.IsoDates;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the goals' parameter values that Maven hands over as text: dates, numbers and lists of
 * ids. A wrong value goes to the {@link Problems} given, with a suggestion where one helps, and is
 * replaced by the default, so that one build reports every problem.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    /** Where a wrong value is reported: the parameter's name and the message. */
    @FunctionalInterface
    interface Problems {
        void add(String parameter, String message);
    }

    /** The {@code today} parameter's date, or today in UTC when it is unset or wrong. */
    static LocalDate date(String today, Problems problems) {
        if (today != null && !today.isBlank()) {
            try {
                // the common yyyy-MM-dd without LocalDate's formatter, which runs cold in every module
                String iso = today.strip();
                Optional<LocalDate> common = IsoDates.parse(iso);
                return common.isPresent() ? common.get() : LocalDate.parse(iso);
            } catch (DateTimeParseException e) {
                problems.add("today", "'today' must be an ISO date such as 2027-06-30, not '"
                        + today + "'" + IsoDates.meant(today).map(d -> " (did you mean " + d + "?)").orElse(""));
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }

    /**
     * A number parameter of at least 0, or {@code fallback} when it is unset; a wrong value is
     * reported and replaced by {@code fallback}. A decimal comma is suggested as a point.
     */
    static double nonNegative(String parameter, String value, double fallback, Problems problems) {
        if (value == null || value.isBlank()) return fallback;
        Double n = number(value);
        if (n == null) {
            Double pointed = value.indexOf(',') == value.lastIndexOf(',') ? number(value.replace(',', '.')) : null;
            String meant = pointed == null || pointed < 0 ? ""
                    : " (did you mean " + value.strip().replace(',', '.') + "?)";
            problems.add(parameter, "'" + parameter + "' must be a number such as " + fallback + ", not '"
                    + value.strip() + "'" + meant);
            return fallback;
        }
        if (n < 0) {
            problems.add(parameter, "'" + parameter + "' must be >= 0, not " + value.strip());
            return fallback;
        }
        return n;
    }

    /**
     * A finite number written with digits, a point, a sign and an exponent only, or null: Java
     * would also read "NaN", "Infinity", hexadecimal and a type suffix ("3d").
     */
    static Double number(String value) {
        String v = value.strip();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return null;
        }
        try {
            double d = Double.parseDouble(v);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A list parameter's cleaned items, or {@code defaults} when it is unset or empty. List defaults
     * live in code, not in {@code @Parameter}: Maven expands an annotated default list into XML and
     * looks up a class for each item, in every module.
     */
    static List<String> idsOr(List<String> configured, List<String> defaults) {
        List<String> ids = configured == null ? List.of() : clean(configured);
        return ids.isEmpty() ? defaults : ids;
    }

    /** A list parameter's items, each split at commas (as a property gives them) and stripped, blanks dropped. */
    static List<String> clean(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String s : items) {
            if (s == null) continue;
            for (String part : s.split(",")) {
                if (!part.isBlank()) out.add(part.strip());
            }
        }
        return out;
    }
}
