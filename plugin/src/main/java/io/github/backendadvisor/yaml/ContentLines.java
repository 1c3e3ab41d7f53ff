package io.github.backendadvisor.yaml;

import java.util.Arrays;
import org.yaml.snakeyaml.error.Mark;

/**
 * The lines of a text that hold content (not blank, not only a comment), as {@link SimpleYaml}
 * reads them: where each starts, its indentation, where it ends (its line break or the end of the
 * text) and its number among all lines, with marks placed as SnakeYAML places them.
 */
final class ContentLines {
    private static final String NAME = "'reader'"; // the name SnakeYAML's StreamReader gives a Reader

    final int[] cs; // the text as code points (all in the BMP, so indexes are those of the String)
    private int[] starts = new int[64];
    private int[] indents = new int[64];
    private int[] ends = new int[64];
    private int[] numbers = new int[64];
    private int count;
    private final int eofLine;
    private final int eofColumn;

    private ContentLines(int[] cs, int eofLine, int eofColumn) {
        this.cs = cs;
        this.eofLine = eofLine;
        this.eofColumn = eofColumn;
    }

    /**
     * The content lines of {@code text}, or null when the text holds a character the subset leaves
     * out, a directive or a document marker.
     */
    static ContentLines of(String text) {
        int n = text.length();
        int[] codePoints = new int[n]; // also the buffer of every mark, as SnakeYAML's marks hold theirs
        int lineCount = 0;
        int lastLineStart = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineCount++;
                lastLineStart = i + 1;
            } else if (!allowed(c)) {
                return null;
            }
            codePoints[i] = c;
        }
        ContentLines lines = new ContentLines(codePoints, lineCount, n - lastLineStart);
        return lines.index() ? lines : null;
    }

    /** Printable characters that are never a line break, a tab, a BOM or half of a surrogate pair. */
    private static boolean allowed(char c) {
        if (c >= 0x20 && c <= 0x7E) return true;
        return c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029 && c != 0xFEFF && !Character.isSurrogate(c);
    }

    /** Finds the content lines; false at a directive or a document marker. */
    private boolean index() {
        int n = cs.length;
        int start = 0;
        int physical = 0;
        while (start <= n) {
            int end = start;
            while (end < n && cs[end] != '\n') end++;
            int indent = start;
            while (indent < end && cs[indent] == ' ') indent++;
            if (indent < end && cs[indent] != '#') {
                if (indent == start && (cs[start] == '%' || marker(start, end, '-') || marker(start, end, '.'))) {
                    return false;
                }
                add(start, indent - start, end, physical);
            }
            physical++;
            start = end + 1;
        }
        return true;
    }

    /** Whether the line from {@code start} to {@code end} starts with three {@code c}. */
    private boolean marker(int start, int end, char c) {
        return end - start >= 3 && cs[start] == c && cs[start + 1] == c && cs[start + 2] == c;
    }

    private void add(int start, int indent, int end, int number) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            indents = Arrays.copyOf(indents, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            numbers = Arrays.copyOf(numbers, count * 2);
        }
        starts[count] = start;
        indents[count] = indent;
        ends[count] = end;
        numbers[count] = number;
        count++;
    }

    /** How many lines hold content. */
    int count() {
        return count;
    }

    /** Where content line {@code l} starts in the text. */
    int start(int l) {
        return starts[l];
    }

    /** Content line {@code l}'s indentation, in spaces. */
    int indent(int l) {
        return indents[l];
    }

    /** Where content line {@code l} ends: its line break or the end of the text. */
    int end(int l) {
        return ends[l];
    }

    /** Whether line {@code l} holds a sequence entry ({@code - ...}) at column {@code column}. */
    boolean isEntry(int l, int column) {
        int at = starts[l] + column;
        return at < ends[l] && cs[at] == '-' && (at + 1 == ends[l] || cs[at + 1] == ' ');
    }

    /** The mark of column {@code column} of content line {@code l}. */
    Mark mark(int l, int column) {
        int index = starts[l] + column;
        return new Mark(NAME, index, numbers[l], column, cs, index);
    }

    /** The mark of index {@code index} of the text, on content line {@code l}. */
    Mark markAt(int l, int index) {
        return new Mark(NAME, index, numbers[l], index - starts[l], cs, index);
    }

    /** The mark of the end of the text. */
    Mark endMark() {
        return new Mark(NAME, cs.length, eofLine, eofColumn, cs, cs.length);
    }
}
