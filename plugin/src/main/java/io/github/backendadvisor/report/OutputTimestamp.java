package io.github.backendadvisor.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * {@code project.build.outputTimestamp}, read as Maven's archivers read it, and written as the
 * reports show it: an instant in UTC, to the second ({@code 2026-01-02T03:04:05Z}). A number is
 * seconds since the epoch; other text is an ISO 8601 date and time with an offset; a value of one
 * character (or none) means that the build sets no time.
 */
public final class OutputTimestamp {
    private OutputTimestamp() {
    }

    /**
     * The value read: {@code instant} null when the build sets no time or the value is wrong, and
     * then {@code problem} says what is wrong (null when nothing is).
     */
    public record Read(String instant, String problem) {
    }

    /** The last value read and what it gave: a build's modules mostly share one value. */
    private record Memo(String value, Read read) {
    }

    private static volatile Memo last;

    /** Reads a value of {@code project.build.outputTimestamp}, which may be null. */
    public static Read read(String value) {
        if (value == null) return new Read(null, null);
        Memo m = last;
        if (m != null && m.value().equals(value)) return m.read();
        Read read = parse(value);
        last = new Memo(value, read);
        return read;
    }

    private static Read parse(String value) {
        String v = value.strip();
        if (v.length() < 2) return new Read(null, null); // Maven's way to switch it off in a child POM
        if (isDigits(v)) {
            try {
                return new Read(Instant.ofEpochSecond(Long.parseLong(v)).toString(), null);
            } catch (NumberFormatException | DateTimeException e) {
                return new Read(null, wrong(v) + "; as seconds since 1970-01-01 it is out of range");
            }
        }
        try {
            return new Read(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    .toInstant().toString(), null);
        } catch (DateTimeException e) {
            String hint = "";
            try {
                hint = " (did you mean " + LocalDateTime.parse(v).truncatedTo(ChronoUnit.SECONDS).toInstant(ZoneOffset.UTC)
                        + ", in UTC?)";
            } catch (DateTimeException notLocal) {
                // no closer value to offer
            }
            return new Read(null, wrong(v) + hint);
        }
    }

    private static String wrong(String v) {
        return "project.build.outputTimestamp '" + v + "' is neither a date and time with an offset, such as"
                + " 2026-01-02T03:04:05Z, nor a number of seconds since 1970-01-01, as Maven reads it";
    }

    private static boolean isDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') return false;
        }
        return true;
    }
}
