package io.github.backendadvisor.diag;

/**
 * A place in a file, 1-based line and column.
 *
 * @param file the path as the user gave it (or relative to the module's base directory)
 * @param line 1-based line
 * @param column 1-based column
 */
public record Position(String file, int line, int column) {

    /** The start of a file, for problems that have no better place. */
    public static Position start(String file) {
        return new Position(file, 1, 1);
    }

    /** {@code FILE:LINE:COLUMN}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
