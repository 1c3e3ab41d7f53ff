package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.expr.PositionMap;

/**
 * An expression's text and where it stands in its YAML file, so that positions inside the
 * expression can be reported as positions in the file.
 *
 * @param text the expression
 * @param file the file's display name
 * @param line 1-based line of the expression's first character
 * @param column 1-based column of the expression's first character
 * @param exact true when line/column map one to one (single-line plain or quoted scalars, literal
 *     block scalars); false when the scalar was folded and only its start is known
 * @param block true for a literal block scalar, whose later lines keep {@code column}'s indentation
 */
public record ExprSource(String text, String file, int line, int column, boolean exact, boolean block) {

    /** The map from expression positions to file positions. */
    public PositionMap positions() {
        return new PositionMap() {
            @Override
            public Position at(int l, int c) {
                if (!exact) return new Position(file, line, column);
                if (block) return new Position(file, line + l - 1, column + c - 1);
                return new Position(file, line + l - 1, l == 1 ? column + c - 1 : c);
            }

            @Override
            public String note(int l, int c) {
                return exact ? "" : " (at line " + l + ", column " + c + " of the expression)";
            }
        };
    }
}
