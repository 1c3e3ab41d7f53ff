package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.expr.PositionMap;
import java.util.List;

/**
 * An expression's text and where it stands in its YAML file, so that positions inside the
 * expression can be reported as positions in the file.
 *
 * @param text the expression
 * @param file the file's display name
 * @param line 1-based line of the expression's first character
 * @param column 1-based column of the expression's first character
 * @param exact true when positions map one to one: single-line plain or quoted scalars, literal
 *     block scalars, and scalars whose lines were folded into one when {@code segments} says where
 *     each piece came from; false when only the start is known
 * @param block true for a literal block scalar, whose later lines keep {@code column}'s indentation
 * @param segments for an expression folded from several lines into one (a plain scalar over
 *     several lines, a {@code >} block), where each line's piece starts; empty otherwise
 */
public record ExprSource(String text, String file, int line, int column, boolean exact, boolean block,
        List<Segment> segments) {

    /** A piece of a folded expression: its first character's offset in the text and place in the file. */
    public record Segment(int offset, int line, int column) {
    }

    public ExprSource {
        segments = List.copyOf(segments);
    }

    /** An expression that is not folded from several lines. */
    public ExprSource(String text, String file, int line, int column, boolean exact, boolean block) {
        this(text, file, line, column, exact, block, List.of());
    }

    /** The map from expression positions to file positions. */
    public PositionMap positions() {
        return new PositionMap() {
            @Override
            public Position at(int l, int c) {
                if (!exact) return new Position(file, line, column);
                if (!segments.isEmpty()) return folded(c - 1);
                if (block) return new Position(file, line + l - 1, column + c - 1);
                return new Position(file, line + l - 1, l == 1 ? column + c - 1 : c);
            }

            @Override
            public String note(int l, int c) {
                return exact ? "" : " (at line " + l + ", column " + c + " of the expression)";
            }
        };
    }

    /** The file position of the character at {@code offset} of a folded expression, a single line of text. */
    private Position folded(int offset) {
        Segment at = segments.get(0);
        for (Segment s : segments) {
            if (s.offset() <= offset) at = s;
        }
        return new Position(file, at.line(), at.column() + offset - at.offset());
    }
}
