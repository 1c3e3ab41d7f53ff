package io.github.backendadvisor.yaml;

import java.util.ArrayList;
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
    private static final int MAX_KEY = 1024; // SnakeYAML's longest simple key

    private final ContentLines lines;
    private final int[] cs; // the text as code points (all in the BMP, so indexes are those of the String)
    private final ScalarResolver resolver;
    private final int maxDepth;
    private final int count; // how many lines hold content
    private int line; // the line with content being read

    private SimpleYaml(ContentLines lines, ScalarResolver resolver, int maxDepth) {
        this.lines = lines;
        this.cs = lines.cs;
        this.resolver = resolver;
        this.maxDepth = maxDepth;
        this.count = lines.count();
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
        ContentLines lines = ContentLines.of(text);
        if (lines == null) return Optional.empty();
        try {
            return Optional.ofNullable(new SimpleYaml(lines, resolver, maxDepth).document());
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    private Node document() throws Unsupported {
        if (count == 0 || lines.indent(0) != 0 || lines.isEntry(0, 0)) throw Unsupported.INSTANCE;
        Node root = mapping(0, 0, 1);
        if (line != count) throw Unsupported.INSTANCE;
        return root;
    }

    /** Where the token after the current line starts: the next line's content, or the end of the text. */
    private Mark nextToken() {
        if (line < count) return lines.mark(line, lines.indent(line));
        return lines.endMark();
    }

    // ---- block collections

    /** A block mapping whose keys start at {@code column}, the first on the current line at {@code from}. */
    private Node mapping(int column, int from, int depth) throws Unsupported {
        if (depth > maxDepth) throw Unsupported.INSTANCE;
        Mark start = lines.mark(line, from);
        List<NodeTuple> tuples = new ArrayList<>();
        int at = from;
        while (true) {
            int l = line;
            int colon = keyEnd(l, at);
            if (colon < 0) throw Unsupported.INSTANCE;
            int keyStart = lines.start(l) + at;
            int keyEnd = trimEnd(keyStart, colon);
            Node keyNode = plain(l, keyStart, keyEnd);
            int valueAt = skipSpaces(colon + 1, lines.end(l));
            Node value;
            if (valueAt == lines.end(l) || cs[valueAt] == '#') {
                if (valueAt < lines.end(l) && cs[valueAt - 1] != ' ') throw Unsupported.INSTANCE;
                line++;
                Mark afterColon = lines.markAt(l, colon + 1);
                if (line < count && lines.indent(line) > column) {
                    value = block(lines.indent(line), depth + 1);
                } else if (line < count && lines.indent(line) == column && lines.isEntry(line, column)) {
                    value = sequence(column, depth + 1, false);
                } else {
                    value = new ScalarNode(resolver.resolve(NodeId.scalar, "", true), true, "", afterColon, afterColon,
                            ScalarStyle.PLAIN);
                }
            } else {
                value = inline(l, valueAt, depth + 1);
                line++;
                if (line < count && lines.indent(line) > column) throw Unsupported.INSTANCE; // a continuation
            }
            tuples.add(new NodeTuple(keyNode, value));
            if (line == count || lines.indent(line) < column) break;
            if (lines.indent(line) > column || lines.isEntry(line, column)) throw Unsupported.INSTANCE;
            at = column;
        }
        return new MappingNode(Tag.MAP, true, tuples, start, nextToken(), FlowStyle.BLOCK);
    }

    /** A block sequence whose entries' dashes sit at {@code column}; {@code indented} unless it is a mapping value at the key's column. */
    private Node sequence(int column, int depth, boolean indented) throws Unsupported {
        if (depth > maxDepth) throw Unsupported.INSTANCE;
        Mark start = lines.mark(line, column);
        List<Node> items = new ArrayList<>();
        while (line < count && lines.indent(line) == column && lines.isEntry(line, column)) {
            int l = line;
            int itemAt = skipSpaces(lines.start(l) + column + 1, lines.end(l));
            if (itemAt == lines.end(l) || cs[itemAt] == '#' || isEntryAt(itemAt, lines.end(l))) {
                throw Unsupported.INSTANCE; // an empty item, or an item on the next lines, or a nested dash
            }
            int itemColumn = itemAt - lines.start(l);
            if (keyEnd(l, itemColumn) >= 0) {
                items.add(mapping(itemColumn, itemColumn, depth + 1));
            } else {
                items.add(inline(l, itemAt, depth + 1));
                line++;
            }
            if (line < count && lines.indent(line) > column) throw Unsupported.INSTANCE; // a continuation
        }
        if (indented && line < count && lines.indent(line) == column) throw Unsupported.INSTANCE;
        return new SequenceNode(Tag.SEQ, true, items, start, nextToken(), FlowStyle.BLOCK);
    }

    /** The block collection starting on the current line, indented to {@code column}. */
    private Node block(int column, int depth) throws Unsupported {
        return lines.isEntry(line, column) ? sequence(column, depth, true) : mapping(column, column, depth);
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
        int s = lines.start(l) + column;
        int end = lines.end(l);
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
        int end = lines.end(l);
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
            node = new SequenceNode(Tag.SEQ, true, items, lines.markAt(l, at), lines.markAt(l, after),
                    FlowStyle.FLOW);
        } else if (c == '{') {
            if (depth > maxDepth) throw Unsupported.INSTANCE;
            int i = skipSpaces(at + 1, end);
            if (i >= end || cs[i] != '}') throw Unsupported.INSTANCE;
            after = i + 1;
            node = new MappingNode(Tag.MAP, true, new ArrayList<>(), lines.markAt(l, at),
                    lines.markAt(l, after), FlowStyle.FLOW);
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
        return new ScalarNode(tag(value), true, value, lines.markAt(l, from), lines.markAt(l, to),
                ScalarStyle.PLAIN);
    }

    /** A quoted scalar of line {@code l}, its quotes at {@code open} and {@code close}. */
    private Node quoted(int l, int open, int close) {
        int quote = cs[open];
        String text = new String(cs, open + 1, close - open - 1);
        String value = quote == '"' || text.indexOf("''") < 0 ? text : text.replace("''", "'"); // '' is one quote
        return new ScalarNode(Tag.STR, true, value, lines.markAt(l, open), lines.markAt(l, close + 1),
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
        return YamlValues.INDICATORS.indexOf(c) < 0 && c != ' ';
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
