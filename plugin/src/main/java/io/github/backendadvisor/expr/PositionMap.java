package io.github.backendadvisor.expr;

import io.github.backendadvisor.diag.Position;

/** Maps a 1-based line and column inside an expression onto the file that holds it. */
@FunctionalInterface
public interface PositionMap {
    /** The file position of an expression position. */
    Position at(int line, int column);

    /**
     * Extra words for a message when the file position is only approximate (folded scalars):
     * for example " (expression line 2, column 7)".
     */
    default String note(int line, int column) {
        return "";
    }
}
