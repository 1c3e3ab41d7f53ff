package io.github.backendadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Places an expression written in a pack's YAML: the line and column where its text starts, and
 * for one folded over several lines (plain, or a {@code >} block) where each line's piece starts,
 * so that an error inside it is reported at its own place in the file.
 */
final class ExprLocator {
    private final String file;
    private final String[] lines;

    ExprLocator(String file, String text) {
        this.file = file;
        this.lines = text.split("\n", -1);
    }

    /** Where the condition in {@code s} stands in the file, with the pieces of one written over several lines. */
    ExprSource of(ScalarNode s) {
        int line = s.getStartMark().getLine() + 1;
        int col = s.getStartMark().getColumn() + 1;
        boolean oneLine = s.getStartMark().getLine() == s.getEndMark().getLine();
        return switch (s.getScalarStyle()) {
            case PLAIN -> oneLine ? new ExprSource(s.getValue(), file, line, col, true, false)
                    : plainLines(s, line, col);
            case SINGLE_QUOTED, DOUBLE_QUOTED -> new ExprSource(s.getValue(), file, line, col + 1,
                    oneLine && !s.getValue().contains("'") && !s.getValue().contains("\\"), false);
            case LITERAL -> literal(s, line);
            default -> folded(s, line);
        };
    }

    private ExprSource literal(ScalarNode s, int indicatorLine) {
        for (int i = indicatorLine; i < lines.length; i++) { // lines[i] is file line i + 1
            String l = lines[i];
            if (!l.isBlank()) {
                return new ExprSource(s.getValue(), file, i + 1, indentation(l) + 1, true, true);
            }
        }
        return new ExprSource(s.getValue(), file, indicatorLine, 1, false, false);
    }

    /**
     * A plain scalar over several lines: its lines, trimmed, joined by single spaces. Where each
     * line's piece starts is kept, unless the lines do not give the value that way (a blank line
     * in between, which YAML reads as a line break); then only the start is known.
     */
    private ExprSource plainLines(ScalarNode s, int line, int col) {
        int last = s.getEndMark().getLine(); // 0-based, as lines[] is
        List<ExprSource.Segment> segments = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = line - 1; i <= last && i < lines.length; i++) {
            String l = withoutCr(lines[i]);
            int from = i == line - 1 ? col - 1 : indentation(l);
            int to = i == last ? Math.min(s.getEndMark().getColumn(), l.length()) : l.length();
            if (from >= to || l.substring(from, to).isBlank()) break;
            if (!joined.isEmpty()) joined.append(' ');
            segments.add(new ExprSource.Segment(joined.length(), i + 1, from + 1));
            joined.append(l.substring(from, to).stripTrailing());
        }
        boolean mapped = joined.toString().equals(s.getValue());
        return new ExprSource(s.getValue(), file, line, col, mapped, false, mapped ? segments : List.of());
    }

    /**
     * A folded block scalar ({@code >}, {@code >-}): its lines joined by single spaces when they
     * share one indentation and no blank line parts them, with where each line's piece starts;
     * otherwise (a more indented line or a blank one keeps its line break) only the start is known.
     */
    private ExprSource folded(ScalarNode s, int indicatorLine) {
        ExprSource block = literal(s, indicatorLine);
        ExprSource unmapped = new ExprSource(s.getValue(), file, block.line(), block.column(), false, false);
        if (!block.exact()) return unmapped;
        String content = s.getValue();
        while (content.endsWith("\n")) content = content.substring(0, content.length() - 1); // the chomping
        int indent = block.column() - 1;
        List<ExprSource.Segment> segments = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = block.line() - 1; i < lines.length && joined.length() < content.length(); i++) {
            String l = withoutCr(lines[i]);
            if (l.isBlank() || indentation(l) != indent) return unmapped;
            if (!joined.isEmpty()) joined.append(' ');
            segments.add(new ExprSource.Segment(joined.length(), i + 1, indent + 1));
            joined.append(l, indent, l.length());
        }
        return joined.toString().equals(content)
                ? new ExprSource(s.getValue(), file, block.line(), block.column(), true, false, segments) : unmapped;
    }

    private static String withoutCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static int indentation(String line) {
        return line.length() - line.stripLeading().length();
    }
}
