package io.github.backendadvisor.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Composes the plain block YAML that descriptors are written in into the node tree SnakeYAML's
 * composer would build from it: the same node kinds, tags, values, styles and marks. It reads
 * only a narrow subset, one value per line: block mappings with simple keys, block sequences
 * (also indentless, and {@code - key: value} items), single-line plain and quoted scalars without
 * escapes, one-line flow lists of scalars, {@code []} and {@code {}}, comments and blank lines.
 * Anything else (tabs, carriage returns, anchors, tags, block or multi-line scalars, escapes,
 * flow mappings, directives, several documents, odd characters or indentation, deep nesting)
 * returns empty, and the caller composes the text with SnakeYAML instead, which also reports
 * every error. It never reports an error of its own.
 *
 * <p>Why: SnakeYAML's scanner, parser and composer are general, and in a build they run cold,
 * once per module. A descriptor is a few dozen lines; this reads one in a single pass.
 * {@code SimpleYamlTest} checks, on every YAML file in the repository and on about 100,000
 * mutations of them, that every tree this returns equals SnakeYAML's.
 */
final class SimpleYaml {
    private static final String NAME = "'reader'"; // the name SnakeYAML's StreamReader gives a Reader
    private static final int MAX_KEY = 1024; // SnakeYAML's longest simple key

    private final int[] cs; // the text as code points (all in the BMP, so indexes are those of the String)
    private final ScalarResolver resolver;
    private final int maxDepth;
    // the lines with content (not blank, not only a comment): where each starts, its indentation,
    // where it ends (its line break or the end of the text) and its number among all lines
    private int[] starts = new int[64];
    private int[] indents = new int[64];
    private int[] ends = new int[64];
    private int[] numbers = new int[64];
    private int count;
    private int line; // the line with content being read
    private final int eofLine;
    private final int eofColumn;

    private SimpleYaml(int[] cs, ScalarResolver resolver, int maxDepth, int eofLine, int eofColumn) {
        this.cs = cs;
        this.resolver = resolver;
        this.maxDepth = maxDepth;
        this.eofLine = eofLine;
        this.eofColumn = eofColumn;
    }

    /** Thrown inside the reader when the text leaves the subset; never escapes this class. */
    private static final class Unsupported extends Exception {
        private static final Unsupported INSTANCE = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * The tree of {@code text}, or empty when the text is outside the subset (or holds no node).
     * {@code maxDepth} is the deepest nesting of collections accepted.
     */
    static Optional<Node> compose(String text, ScalarResolver resolver, int maxDepth) {
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
                return Optional.empty();
            }
            codePoints[i] = c;
        }
        SimpleYaml reader = new SimpleYaml(codePoints, resolver, maxDepth, lineCount, n - lastLineStart);
        try {
            return Optional.ofNullable(reader.document());
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Printable characters that are never a line break, a tab, a BOM or half of a surrogate pair. */
    private static boolean allowed(char c) {
        if (c >= 0x20 && c <= 0x7E) return true;
        return c >= 0xA0 && c <= 0xFFFD && c != 0x2028 && c != 0x2029 && c != 0xFEFF && !Character.isSurrogate(c);
    }

    private Node document() throws Unsupported {
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
                    throw Unsupported.INSTANCE; // directives and document markers
                }
                add(start, indent - start, end, physical);
            }
            physical++;
            start = end + 1;
        }
        if (count == 0 || indents[0] != 0 || isEntry(0, 0)) throw Unsupported.INSTANCE;
        Node root = mapping(0, 0, 1);
        if (line != count) throw Unsupported.INSTANCE;
        return root;
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

    // ---- lines

    private int lineStart(int l) {
        return starts[l];
    }

    private int indent(int l) {
        return indents[l];
    }

    private int lineEnd(int l) {
        return ends[l];
    }

    /** Whether line {@code l} holds a sequence entry ({@code - ...}) at column {@code column}. */
    private boolean isEntry(int l, int column) {
        int at = lineStart(l) + column;
        return at < lineEnd(l) && cs[at] == '-' && (at + 1 == lineEnd(l) || cs[at + 1] == ' ');
    }

    private Mark mark(int l, int column) {
        int index = lineStart(l) + column;
        return new Mark(NAME, index, numbers[l], column, cs, index);
    }

    /** Where the token after the current line starts: the next line's content, or the end of the text. */
    private Mark nextToken() {
        if (line < count) return mark(line, indent(line));
        return new Mark(NAME, cs.length, eofLine, eofColumn, cs, cs.length);
    }

    // ---- block collections

    /** A block mapping whose keys start at {@code column}, the first on the current line at {@code from}. */
    private Node mapping(int column, int from, int depth) throws Unsupported {
        if (depth > maxDepth) throw Unsupported.INSTANCE;
        Mark start = mark(line, from);
        List<NodeTuple> tuples = new ArrayList<>();
        int at = from;
        while (true) {
            int l = line;
            int colon = keyEnd(l, at);
            if (colon < 0) throw Unsupported.INSTANCE;
            int keyStart = lineStart(l) + at;
            int keyEnd = trimEnd(keyStart, colon);
            Node keyNode = plain(l, keyStart, keyEnd);
            int valueAt = skipSpaces(colon + 1, lineEnd(l));
            Node value;
            if (valueAt == lineEnd(l) || cs[valueAt] == '#') {
                if (valueAt < lineEnd(l) && cs[valueAt - 1] != ' ') throw Unsupported.INSTANCE;
                line++;
                Mark afterColon = mark(l, colon + 1 - lineStart(l));
                if (line < count && indent(line) > column) {
                    value = block(indent(line), depth + 1);
                } else if (line < count && indent(line) == column && isEntry(line, column)) {
                    value = sequence(column, depth + 1, false);
                } else {
                    value = new ScalarNode(resolver.resolve(NodeId.scalar, "", true), true, "", afterColon, afterColon,
                            ScalarStyle.PLAIN);
                }
            } else {
                value = inline(l, valueAt, depth + 1);
                line++;
                if (line < count && indent(line) > column) throw Unsupported.INSTANCE; // a continuation
            }
            tuples.add(new NodeTuple(keyNode, value));
            if (line == count || indent(line) < column) break;
            if (indent(line) > column || isEntry(line, column)) throw Unsupported.INSTANCE;
            at = column;
        }
        return new MappingNode(Tag.MAP, true, tuples, start, nextToken(), FlowStyle.BLOCK);
    }

    /** A block sequence whose entries' dashes sit at {@code column}; {@code indented} unless it is a mapping value at the key's column. */
    private Node sequence(int column, int depth, boolean indented) throws Unsupported {
        if (depth > maxDepth) throw Unsupported.INSTANCE;
        Mark start = mark(line, column);
        List<Node> items = new ArrayList<>();
        while (line < count && indent(line) == column && isEntry(line, column)) {
            int l = line;
            int itemAt = skipSpaces(lineStart(l) + column + 1, lineEnd(l));
            if (itemAt == lineEnd(l) || cs[itemAt] == '#' || isEntryAt(itemAt, lineEnd(l))) {
                throw Unsupported.INSTANCE; // an empty item, or an item on the next lines, or a nested dash
            }
            int itemColumn = itemAt - lineStart(l);
            if (keyEnd(l, itemColumn) >= 0) {
                items.add(mapping(itemColumn, itemColumn, depth + 1));
            } else {
                items.add(inline(l, itemAt, depth + 1));
                line++;
            }
            if (line < count && indent(line) > column) throw Unsupported.INSTANCE; // a continuation
        }
        if (indented && line < count && indent(line) == column) throw Unsupported.INSTANCE;
        return new SequenceNode(Tag.SEQ, true, items, start, nextToken(), FlowStyle.BLOCK);
    }

    /** The block collection starting on the current line, indented to {@code column}. */
    private Node block(int column, int depth) throws Unsupported {
        return isEntry(line, column) ? sequence(column, depth, true) : mapping(column, column, depth);
    }

    private boolean isEntryAt(int at, int end) {
        return cs[at] == '-' && (at + 1 == end || cs[at + 1] == ' ');
    }

    // ---- scalars and flow lists on one line

    /**
     * The index of the colon that ends a simple key starting at {@code column} of line {@code l}, or
     * -1 when the line does not start a {@code key: value} pair there in the subset.
     */
    private int keyEnd(int l, int column) {
        int s = lineStart(l) + column;
        int end = lineEnd(l);
        if (s >= end || !plainStart(s, end)) return -1;
        for (int i = s; i < end && i - s <= MAX_KEY; i++) {
            int c = cs[i];
            if (c == ':' && (i + 1 == end || cs[i + 1] == ' ')) return i;
            if (c == '#' && cs[i - 1] == ' ') return -1;
        }
        return -1;
    }

    /** A scalar or flow list written after a key or dash, ending the line (or before its comment). */
    private Node inline(int l, int at, int depth) throws Unsupported {
        int end = lineEnd(l);
        int c = cs[at];
        int after;
        Node node;
        if (c == '"' || c == '\'') {
            int close = closingQuote(at, end);
            after = close + 1;
            node = quoted(l, at, close);
        } else if (c == '[') {
            if (depth > maxDepth) throw Unsupported.INSTANCE;
            List<Node> items = new ArrayList<>();
            int i = skipSpaces(at + 1, end);
            if (i < end && cs[i] == ']') {
                after = i + 1;
            } else {
                while (true) {
                    int itemEnd = flowItemEnd(i, end);
                    int trimmed = trimEnd(i, itemEnd);
                    items.add(flowScalar(l, i, trimmed));
                    i = skipSpaces(itemEnd, end);
                    if (i >= end) throw Unsupported.INSTANCE;
                    if (cs[i] == ']') {
                        after = i + 1;
                        break;
                    }
                    if (cs[i] != ',') throw Unsupported.INSTANCE; // text after a quoted item
                    i = skipSpaces(i + 1, end); // past the comma
                    if (i >= end || cs[i] == ']') throw Unsupported.INSTANCE; // a trailing comma
                }
            }
            node = new SequenceNode(Tag.SEQ, true, items, mark(l, at - lineStart(l)), mark(l, after - lineStart(l)),
                    FlowStyle.FLOW);
        } else if (c == '{') {
            if (depth > maxDepth) throw Unsupported.INSTANCE;
            int i = skipSpaces(at + 1, end);
            if (i >= end || cs[i] != '}') throw Unsupported.INSTANCE;
            after = i + 1;
            node = new MappingNode(Tag.MAP, true, new ArrayList<>(), mark(l, at - lineStart(l)),
                    mark(l, after - lineStart(l)), FlowStyle.FLOW);
        } else {
            if (!plainStart(at, end)) throw Unsupported.INSTANCE;
            int stop = end;
            for (int i = at; i < end; i++) {
                int x = cs[i];
                if (x == '#' && cs[i - 1] == ' ') {
                    stop = i;
                    break;
                }
                if (x == ':' && (i + 1 == end || cs[i + 1] == ' ')) throw Unsupported.INSTANCE;
            }
            return plain(l, at, trimEnd(at, stop));
        }
        int rest = skipSpaces(after, end);
        if (rest < end && (cs[rest] != '#' || rest == after)) throw Unsupported.INSTANCE;
        return node;
    }

    /** A quoted or plain item of a one-line flow list, from {@code at} to {@code end} (trimmed). */
    private Node flowScalar(int l, int at, int end) throws Unsupported {
        int c = cs[at];
        if (c == '"' || c == '\'') {
            int close = closingQuote(at, end);
            if (close != end - 1) throw Unsupported.INSTANCE;
            return quoted(l, at, close);
        }
        if (!plainStart(at, end)) throw Unsupported.INSTANCE;
        for (int i = at; i < end; i++) {
            int x = cs[i];
            if (x == ':' || x == '#' || x == '"' || x == '\'' || x == '?') throw Unsupported.INSTANCE;
        }
        return plain(l, at, end);
    }

    /** A plain scalar of line {@code l} from index {@code from} to {@code to}, tagged as SnakeYAML tags it. */
    private Node plain(int l, int from, int to) {
        String value = new String(cs, from, to - from);
        return new ScalarNode(tag(value), true, value, mark(l, from - lineStart(l)), mark(l, to - lineStart(l)),
                ScalarStyle.PLAIN);
    }

    /** A quoted scalar of line {@code l}, its quotes at {@code open} and {@code close}. */
    private Node quoted(int l, int open, int close) {
        int quote = cs[open];
        String text = new String(cs, open + 1, close - open - 1);
        String value = quote == '"' || text.indexOf("''") < 0 ? text : text.replace("''", "'"); // '' is one quote
        return new ScalarNode(Tag.STR, true, value, mark(l, open - lineStart(l)), mark(l, close + 1 - lineStart(l)),
                quote == '"' ? ScalarStyle.DOUBLE_QUOTED : ScalarStyle.SINGLE_QUOTED);
    }

    /** Where a flow list item starting at {@code at} ends: its comma or closing bracket. */
    private int flowItemEnd(int at, int end) throws Unsupported {
        if (at >= end) throw Unsupported.INSTANCE;
        int c = cs[at];
        if (c == '"' || c == '\'') return closingQuote(at, end) + 1;
        for (int i = at; i < end; i++) {
            int x = cs[i];
            if (x == ',' || x == ']') return i;
            if (x == '[' || x == '{' || x == '}') throw Unsupported.INSTANCE;
        }
        throw Unsupported.INSTANCE;
    }

    /** The closing quote of a quoted scalar opened at {@code at}, on the same line and without escapes. */
    private int closingQuote(int at, int end) throws Unsupported {
        int q = cs[at];
        for (int i = at + 1; i < end; i++) {
            int x = cs[i];
            if (q == '"' && x == '\\') throw Unsupported.INSTANCE;
            if (x == q) {
                if (q == '\'' && i + 1 < end && cs[i + 1] == '\'') {
                    i++; // '' is a quote inside single quotes
                    continue;
                }
                return i;
            }
        }
        throw Unsupported.INSTANCE; // the scalar goes on over the next lines
    }

    /**
     * Whether a plain scalar may start at {@code at}: not with an indicator, except a dash before a
     * character that is not a space (as in {@code -5}).
     */
    private boolean plainStart(int at, int end) {
        int c = cs[at];
        if (c == '-') return at + 1 < end && cs[at + 1] != ' ';
        return "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0 && c != ' ';
    }

    /**
     * The tag SnakeYAML's resolver gives a plain scalar. Two kinds that fill most descriptors are
     * decided here without its patterns: decimal integers without a sign or leading zero, which
     * only its integer pattern matches (checked first for a leading digit), and true or false;
     * any other value is matched against its patterns once per build ({@link ScalarResolver#plain}).
     */
    private Tag tag(String value) {
        int n = value.length();
        if (n > 0 && n < 19 && value.charAt(0) >= '1' && value.charAt(0) <= '9') {
            int i = 1;
            while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') i++;
            if (i == n) return Tag.INT;
        }
        if (value.equals("true") || value.equals("false")) return Tag.BOOL;
        return resolver.plain(value);
    }

    private int skipSpaces(int i, int end) {
        while (i < end && cs[i] == ' ') i++;
        return i;
    }

    private int trimEnd(int start, int end) {
        while (end > start && cs[end - 1] == ' ') end--;
        return end;
    }
}
