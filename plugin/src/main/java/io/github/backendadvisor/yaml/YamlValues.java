package io.github.backendadvisor.yaml;

import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Strict readers for scalar values. They read the text of a scalar, never YAML 1.1's guesses:
 * {@code NO} is not false, {@code 010} is not 8, a quoted {@code "5"} is not a number.
 */
public final class YamlValues {
    private static final Pattern INTEGER = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+");
    private static final Set<String> YAML11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n");

    private YamlValues() {
    }

    /** Whether a node is YAML null ({@code ~}, {@code null} or nothing). */
    public static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)
                && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /** "a list", "a mapping", "the text 'x'" — for messages. */
    public static String kind(Node node) {
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof ScalarNode s) {
            // an empty plain scalar is YAML's null (a key, dash or document with nothing after it)
            if (s.getValue().isEmpty()) return isPlain(s) ? "an empty value" : "empty text";
            return "'" + shorten(s.getValue()) + "'";
        }
        return "something else";
    }

    private static boolean isPlain(ScalarNode s) {
        return s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
    }

    /** A non-empty text value. */
    public static Optional<String> string(Node node, String file, String what, Diagnostics diags) {
        if (!(node instanceof ScalarNode s)) {
            diags.error(SafeYaml.at(file, node), what + " must be text, not " + kind(node));
            return Optional.empty();
        }
        if (s.getValue().isBlank()) {
            diags.error(SafeYaml.at(file, node), what + " must not be empty");
            return Optional.empty();
        }
        return Optional.of(s.getValue());
    }

    /** An id: text of lower-case letters, digits and dashes. */
    public static Optional<String> id(Node node, String file, String what, Diagnostics diags) {
        Optional<String> s = string(node, file, what, diags);
        if (s.isPresent() && !isId(s.get())) {
            String meant = s.get().strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            diags.error(SafeYaml.at(file, node), what + " '" + shorten(s.get())
                    + "' must use only lower-case letters, digits and '-'"
                    + (isId(meant) ? " (did you mean '" + shorten(meant) + "'?)" : ""));
            return Optional.empty();
        }
        return s;
    }

    /** {@code [a-z0-9][a-z0-9-]*}, without compiling a pattern for every id a pack or descriptor holds. */
    public static boolean isId(String s) {
        if (s.isEmpty() || s.charAt(0) == '-') return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
        }
        return true;
    }

    /**
     * A file's format version: any whole number is read, and one other than {@code supported} is an
     * error that says which version this plugin reads.
     *
     * @param format what the file is, as the message names it ("descriptor", "rule pack")
     * @return the number as read, also when it is not supported; empty when it is not a whole number
     */
    public static Optional<Integer> formatVersion(Node node, String file, String format, int supported, Diagnostics diags) {
        Optional<Integer> v = integer(node, file, "'version'", Integer.MIN_VALUE, Integer.MAX_VALUE, diags);
        if (v.isPresent() && v.get() != supported) {
            diags.error(SafeYaml.at(file, node), format + " format version " + v.get()
                    + " is not supported; this plugin reads version " + supported);
        }
        return v;
    }

    /** A whole number within [min, max]. */
    public static Optional<Integer> integer(Node node, String file, String what, long min, long max, Diagnostics diags) {
        Position at = SafeYaml.at(file, node);
        if (!(node instanceof ScalarNode s) || !isPlain(s)) {
            diags.error(at, what + " must be a whole number, not " + kind(node)
                    + (node instanceof ScalarNode q ? " in quotes" + unquoted(q, INTEGER) : ""));
            return Optional.empty();
        }
        String text = s.getValue().strip();
        int small = decimalDigits(text, 0, text.length());
        if (small >= 0 && small >= min && small <= max) {
            return Optional.of(small); // the common case, without the patterns below; errors take the long way
        }
        if (LEADING_ZERO.matcher(text).matches()) {
            diags.error(at, what + " '" + text + "' has a leading zero, which YAML 1.1 reads as an octal number; write it without the leading zero");
            return Optional.empty();
        }
        if (!INTEGER.matcher(text).matches()) {
            diags.error(at, what + " must be a whole number" + range(min, max) + ", not " + kind(node)
                    + meant(text, false).filter(v -> v.stripTrailingZeros().scale() <= 0
                            && v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0)
                            .map(v -> " (did you mean " + v.stripTrailingZeros().toPlainString() + "?)").orElse(""));
            return Optional.empty();
        }
        BigInteger v = new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            boolean tooLarge = v.compareTo(BigInteger.valueOf(max)) > 0;
            String bound = range(min, max);
            if (bound.isEmpty()) {
                bound = tooLarge ? " at most " + max : " at least " + min; // only the int's own limits
            } else if (max == Integer.MAX_VALUE && tooLarge) {
                bound += " and at most " + Integer.MAX_VALUE;
            }
            diags.error(at, what + " is " + text + "; it must be" + bound);
            return Optional.empty();
        }
        return Optional.of(v.intValue());
    }

    private static final Pattern GROUPED = Pattern.compile("[1-9][0-9]{0,2}([,_ '][0-9]{3})+");
    /** Milliseconds written with their unit, where the field's name already says it: {@code 150ms}. */
    private static final Pattern MILLIS = Pattern.compile("([1-9][0-9]{0,8}|0) ?(?i:ms)");
    private static final Pattern SUFFIXED = Pattern.compile("([0-9]+(?:\\.[0-9]+)?) ?([kKmM])");
    private static final Pattern PERCENT = Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?) ?%");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?[0-9]+,[0-9]+");

    /**
     * The number a value that is not one was most likely written for, to suggest it: digits in
     * groups of three ({@code 60,000}, {@code 60_000}, {@code 60 000}), a {@code k} or {@code M}
     * suffix ({@code 60k}, {@code 1.5M}), an exponent or a point where a whole number goes
     * ({@code 6e4}), milliseconds with their unit ({@code 150ms}); where any decimal number goes ({@code decimal}: a share, a delta, a weight),
     * also a percentage ({@code 5%} for 0.05, {@code +20%} for 0.2) and a decimal comma ({@code 0,5}). Empty when none
     * of these fits. Only ever read to word an error: the value itself stays an error.
     */
    static Optional<BigDecimal> meant(String text, boolean decimal) {
        String t = text.strip();
        if (decimal) {
            var percent = PERCENT.matcher(t);
            if (percent.matches()) return Optional.of(new BigDecimal(percent.group(1)).movePointLeft(2));
            if (DECIMAL_COMMA.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
                return Optional.of(new BigDecimal(t.replace(',', '.')));
            }
        }
        if (GROUPED.matcher(t).matches()) return Optional.of(new BigDecimal(t.replaceAll("[,_ ']", "")));
        var suffixed = SUFFIXED.matcher(t);
        if (suffixed.matches()) {
            boolean thousands = Character.toLowerCase(suffixed.group(2).charAt(0)) == 'k';
            return Optional.of(new BigDecimal(suffixed.group(1)).movePointRight(thousands ? 3 : 6));
        }
        var millis = MILLIS.matcher(t);
        if (millis.matches()) return Optional.of(new BigDecimal(millis.group(1)));
        if (!decimal && DECIMAL.matcher(t).matches() && !LEADING_ZERO.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t));
        }
        return Optional.empty();
    }

    /**
     * The value of {@code text[from, to)} when it is {@code 0} or 1 to 9 digits without a leading
     * zero; -1 otherwise.
     */
    private static int decimalDigits(String text, int from, int to) {
        int n = to - from;
        if (n < 1 || n > 9 || (n > 1 && text.charAt(from) == '0')) return -1;
        return IsoDates.digits(text, from, to);
    }

    /** Whether {@code text} from {@code from} to its end is 1 to 9 digits. */
    private static boolean decimalPlaces(String text, int from) {
        int n = text.length() - from;
        return n >= 1 && n <= 9 && IsoDates.digits(text, from, text.length()) >= 0;
    }

    /** A number within [min, max]; {@code minExclusive} makes the lower bound open. */
    public static Optional<Double> number(Node node, String file, String what, double min, boolean minExclusive,
            double max, Diagnostics diags) {
        Position at = SafeYaml.at(file, node);
        if (node instanceof ScalarNode plain && isPlain(plain)) {
            String text = plain.getValue().strip();
            int dot = text.indexOf('.');
            int whole = decimalDigits(text, 0, dot < 0 ? text.length() : dot);
            if (whole >= 0 && (dot < 0 || decimalPlaces(text, dot + 1))) {
                // the common case, without the patterns below: what they accept, and the same value
                double v = Double.parseDouble(text);
                if ((minExclusive ? v > min : v >= min) && v <= max) return Optional.of(v);
            }
        }
        String expected = what + " must be a number " + (minExclusive ? "> " : ">= ") + fmt(min)
                + (Double.isInfinite(max) ? "" : " and <= " + fmt(max));
        if (!(node instanceof ScalarNode s) || !isPlain(s)) {
            diags.error(at, expected + ", not " + kind(node)
                    + (node instanceof ScalarNode q ? " in quotes" + unquoted(q, DECIMAL) : ""));
            return Optional.empty();
        }
        String text = s.getValue().strip();
        if (!DECIMAL.matcher(text).matches() || LEADING_ZERO.matcher(text).matches()) {
            diags.error(at, expected + ", not " + kind(node) + meant(text, true).filter(v -> {
                double d = v.doubleValue();
                return (minExclusive ? d > min : d >= min) && d <= max;
            }).map(v -> " (did you mean " + v.stripTrailingZeros().toPlainString() + "?)").orElse(""));
            return Optional.empty();
        }
        double v = new BigDecimal(text).doubleValue();
        boolean low = minExclusive ? v <= min : v < min;
        if (low || v > max || Double.isInfinite(v)) {
            diags.error(at, what + " is " + text + "; it " + expected.substring(what.length() + 1));
            return Optional.empty();
        }
        return Optional.of(v);
    }

    /** {@code true} or {@code false}; YAML 1.1 words such as {@code yes} or {@code NO} are errors. */
    public static Optional<Boolean> bool(Node node, String file, String what, Diagnostics diags) {
        Position at = SafeYaml.at(file, node);
        if (node instanceof ScalarNode s && isPlain(s)) {
            String t = s.getValue().strip();
            if (t.equals("true") || t.equals("True") || t.equals("TRUE")) return Optional.of(true);
            if (t.equals("false") || t.equals("False") || t.equals("FALSE")) return Optional.of(false);
            if (YAML11_BOOLEANS.contains(t.toLowerCase(Locale.ROOT))) {
                diags.error(at, what + " is '" + t + "', which YAML 1.1 reads as a boolean by accident; write true or false");
                return Optional.empty();
            }
        }
        diags.error(at, what + " must be true or false, not " + kind(node)
                + (node instanceof ScalarNode s2 && !isPlain(s2) ? " in quotes" : ""));
        return Optional.empty();
    }

    /** One of a fixed set of values, with the closest suggested. */
    public static Optional<String> oneOf(Node node, String file, String what, Collection<String> allowed,
            Diagnostics diags) {
        return oneOf(node, file, what, allowed, Map.of(), diags);
    }

    /**
     * One of {@code allowed}; for another value, the suggestion is the closest allowed one or, when
     * none is close, what {@code meanings} (lower case) maps the value to ("kubernetes" to
     * "containers").
     */
    public static Optional<String> oneOf(Node node, String file, String what, Collection<String> allowed,
            Map<String, String> meanings, Diagnostics diags) {
        Position at = SafeYaml.at(file, node);
        if (node instanceof ScalarNode s && allowed.contains(s.getValue())) {
            return Optional.of(s.getValue());
        }
        String given = node instanceof ScalarNode s ? s.getValue() : "";
        String hint = Suggestions.didYouMean(given, allowed);
        if (hint.isEmpty() && meanings.containsKey(given.strip().toLowerCase(Locale.ROOT))) {
            hint = " (did you mean '" + meanings.get(given.strip().toLowerCase(Locale.ROOT)) + "'?)";
        }
        diags.error(at, what + " is " + kind(node) + "; allowed values are " + String.join(", ", allowed) + hint);
        return Optional.empty();
    }

    /** An ISO date, {@code 2027-06-30}. */
    public static Optional<LocalDate> date(Node node, String file, String what, Diagnostics diags) {
        Position at = SafeYaml.at(file, node);
        if (node instanceof ScalarNode s) {
            Optional<LocalDate> date = IsoDates.parse(s.getValue().strip());
            if (date.isPresent()) return date;
        }
        diags.error(at, what + " must be an ISO date such as 2027-06-30, not " + kind(node)
                + (node instanceof ScalarNode s ? IsoDates.meant(s.getValue()).map(d -> " (did you mean " + d + "?)").orElse("") : ""));
        return Optional.empty();
    }

    /** The item nodes of a list (a single scalar is not a list). */
    public static Optional<List<Node>> list(Node node, String file, String what, Diagnostics diags) {
        if (node instanceof SequenceNode seq) {
            return Optional.of(new ArrayList<>(seq.getValue()));
        }
        diags.error(SafeYaml.at(file, node), what + " must be a list such as [a, b], not " + kind(node)
                + (node instanceof ScalarNode s ? asList(s.getValue()) : ""));
        return Optional.empty();
    }

    /** For a quoted value that is a number of the pattern's kind: how to write it as one. */
    private static String unquoted(ScalarNode s, Pattern number) {
        String text = s.getValue().strip();
        return number.matcher(text).matches() && !LEADING_ZERO.matcher(text).matches()
                ? "; write it without quotes: " + text : "";
    }

    /**
     * For a text written where a list goes ("websockets, rest-api" or "websockets"): the list it
     * most likely means, as a suggestion; nothing for an empty text.
     */
    private static String asList(String text) {
        List<String> items = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) items.add(part.strip());
        }
        return items.isEmpty() ? "" : " (did you mean [" + shorten(String.join(", ", items)) + "]?)";
    }

    private static String range(long min, long max) {
        boolean unbounded = max == Integer.MAX_VALUE || max == Long.MAX_VALUE;
        if (unbounded && (min == Integer.MIN_VALUE || min == Long.MIN_VALUE)) return ""; // any whole number
        if (unbounded) return " >= " + min;
        return " from " + min + " to " + max;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The text on one line, cut at 40 characters, for quoting a value in a message. */
    public static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 40 ? one.substring(0, 37) + "..." : one;
    }

    /** The characters that cannot start a plain scalar in YAML (a dash can, before a character that is not a space). */
    static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /**
     * The mapping {@code m} with {@code key: value} put first, the key placed where the value is:
     * for an entry written under its id ({@code fast-start: { ... }}) read as the entry it means
     * ({@code { id: fast-start, ... }}).
     */
    public static MappingNode withKeyFirst(String key, Node value, MappingNode m) {
        List<NodeTuple> tuples = new ArrayList<>();
        tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, value.getStartMark(), value.getEndMark(),
                DumperOptions.ScalarStyle.PLAIN), value));
        tuples.addAll(m.getValue());
        return new MappingNode(m.getTag(), true, tuples, m.getStartMark(), m.getEndMark(), m.getFlowStyle());
    }

    /**
     * A node written on one line in flow style, for showing a value in its right form in a message:
     * text shortened ({@link #shorten}) and quoted where YAML would read it otherwise, collections
     * below the second level as {@code ...}.
     */
    public static String flow(Node node) {
        return flow(node, 0);
    }

    private static String flow(Node node, int depth) {
        if (node instanceof ScalarNode s) {
            String text = shorten(s.getValue().strip());
            boolean dash = text.length() > 1 && text.charAt(0) == '-' && text.charAt(1) != ' '; // -0.2
            boolean plain = !text.isEmpty() && (dash || INDICATORS.indexOf(text.charAt(0)) < 0)
                    && !text.contains(": ") && !text.contains(" #") && !text.endsWith(":");
            return plain ? text : "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (depth >= 2 || !(node instanceof SequenceNode || node instanceof MappingNode)) return "...";
        List<String> parts = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) parts.add(flow(item, depth + 1));
            return "[" + String.join(", ", parts) + "]";
        }
        for (var t : ((MappingNode) node).getValue()) {
            parts.add(flow(t.getKeyNode(), depth + 1) + ": " + flow(t.getValueNode(), depth + 1));
        }
        return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
    }
}
