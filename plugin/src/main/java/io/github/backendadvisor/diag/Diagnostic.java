package io.github.backendadvisor.diag;

import java.util.Objects;

/**
 * One problem found in user input, with its position. Diagnostics are values: they travel up to
 * the edge (the Maven goal) which prints them and decides whether to fail.
 *
 * @param file the path as the user gave it
 * @param line 1-based line
 * @param column 1-based column
 * @param severity error or warning
 * @param message a sentence a person can act on
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message)
        implements Comparable<Diagnostic> {

    /** An error at a position. */
    public static Diagnostic error(Position at, String message) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, message);
    }

    /** A warning at a position. */
    public static Diagnostic warning(Position at, String message) {
        return new Diagnostic(at.file(), at.line(), at.column(), Severity.WARNING, message);
    }

    /** Whether this is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The position of this diagnostic. */
    public Position position() {
        return new Position(file, line, column);
    }

    /** The compiler format: {@code FILE:LINE:COLUMN: error: message}. */
    public String format() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    @Override
    public int compareTo(Diagnostic o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        if (c == 0) c = severity.compareTo(o.severity);
        if (c == 0) c = message.compareTo(o.message);
        return c;
    }

    @Override
    public String toString() {
        return format();
    }

    // equals and hashCode written out: a record's generated ones are bound through method handles on
    // first use, which in a cold build JVM costs far more than these few comparisons

    @Override
    public boolean equals(Object o) {
        return o instanceof Diagnostic d && d.line == line && d.column == column && d.severity == severity
                && Objects.equals(d.file, file) && Objects.equals(d.message, message);
    }

    @Override
    public int hashCode() {
        return (((Objects.hashCode(file) * 31 + line) * 31 + column) * 31 + Objects.hashCode(severity)) * 31
                + Objects.hashCode(message);
    }
}
