package io.github.backendadvisor.yaml;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's exceptions for a text it cannot read, as errors at the place where the fix goes,
 * in words that say what to change: a syntax error, or a limit of {@link SafeYaml} passed.
 */
final class YamlSyntaxErrors {
    private static final String NO_TOKEN = "that cannot start any token";
    private static final String NO_COLON = "could not find expected ':'";

    private YamlSyntaxErrors() {
    }

    /** The error for a syntax error: at the opening of what is left open, or where the parser stopped. */
    static Diagnostic syntax(MarkedYAMLException e, String displayName) {
        String problem = firstLine(e.getProblem() != null ? e.getProblem() : e.getMessage());
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        if (problem.startsWith(NO_COLON) && e.getContextMark() != null) {
            mark = e.getContextMark(); // the key that lacks it, not the start of the line after
        }
        Position at = mark == null ? Position.start(displayName) : SafeYaml.at(displayName, mark);
        Unclosed unclosed = unclosed(e, problem);
        if (unclosed != null) {
            return Diagnostic.error(SafeYaml.at(displayName, unclosed.at()),
                    "YAML syntax error: " + unclosed.message());
        }
        if (problem.startsWith("Global tag is not allowed: ")) {
            return Diagnostic.error(at, "YAML tag '" + problem.substring("Global tag is not allowed: ".length())
                    + "' is not allowed; " + SafeYaml.TAG_HINT);
        }
        return Diagnostic.error(at, "YAML syntax error: " + explain(problem));
    }

    /** The error for a limit passed (aliases, nesting, size), at the place that passed it. */
    static Diagnostic limit(YAMLException e, String text, String displayName) {
        return Diagnostic.error(limitAt(text, displayName), "YAML rejected: " + limitMessage(e.getMessage()));
    }

    /**
     * SnakeYAML's wording of the syntax errors people make most in a hand-written file, said in
     * terms of what to change; other problems keep the parser's words.
     */
    static String explain(String problem) {
        if (problem.equals("mapping values are not allowed here")) {
            return "a ':' here cannot start a key; a value that holds ': ' must be in quotes, and otherwise this"
                    + " line is indented under a key that already has a value, or the line above lacks its ':'";
        }
        if (problem.startsWith("expected <block end>, but found '<block mapping start>'")) {
            return "this line is indented to match no key above it; the keys of one mapping start in the same column";
        }
        if (problem.startsWith("expected <block end>, but found '-'")) {
            return "a list item ('- ') where a key was expected; a list goes under a key of its own, indented below it";
        }
        if (problem.startsWith("expected <block end>, but found '?'")) {
            return "a key where a list item was expected; each item of a list starts with '- '";
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
            return "text after the closing quote of a quoted value; quote the whole value, and write a ' inside"
                    + " '...' twice ('it''s')";
        }
        if (problem.equals("but found another document")) {
            return "a second document starts here; the file must hold one YAML document, so remove this '---'"
                    + " and whichever document is not meant";
        }
        if (problem.startsWith(NO_COLON)) {
            return "this key has no ':' after it; write 'key: value'";
        }
        int noToken = problem.indexOf(NO_TOKEN);
        if (problem.startsWith("found character '") && noToken - 2 > "found character '".length()) {
            String c = problem.substring("found character '".length(), noToken - 2);
            return c.startsWith("\\t") ? "a tab; YAML indents with spaces only"
                    : "a plain value cannot start with '" + c + "'; put the value in quotes";
        }
        return problem;
    }

    /** A message about a bracket or quote left open, and the place it belongs: the opening. */
    private record Unclosed(Mark at, String message) {
    }

    /**
     * A bracket or quote left open, when the parser gave up lines after it: SnakeYAML stops where
     * it can go no further, often the end of the file, and its context names the construct still
     * open and where it began. Null when the error is another.
     */
    private static Unclosed unclosed(MarkedYAMLException e, String problem) {
        String context = e.getContext();
        Mark start = e.getContextMark();
        Mark stop = e.getProblemMark();
        if (context == null || start == null || stop == null || start.getLine() >= stop.getLine()) return null;
        String open = context.contains("flow sequence") ? "[" : context.contains("flow mapping") ? "{"
                : context.contains("quoted scalar") ? "quote" : null;
        if (open == null) return null;
        if (problem.contains("end of stream") || problem.contains("<stream end>")) {
            // never closed: the message stands at the opening, where the fix goes
            String what = open.equals("quote") ? "this quote is never closed; end the value with the same quote"
                    : "this '" + open + "' is never closed with '" + close(open) + "'";
            return new Unclosed(start, what + " (the parser reached line " + (stop.getLine() + 1)
                    + " without finding it)");
        }
        if (open.equals("quote")) return null;
        // not closed before the parser stopped: mostly a missing bracket at the end of its line, but
        // a flow collection may span lines, and then a missing ',' stops it the same way
        return new Unclosed(start, "this '" + open + "' is not closed with '" + close(open) + "' before line "
                + (stop.getLine() + 1) + ", where the parser stopped; close it, or if it spans lines, put a ','"
                + " between its entries");
    }

    private static String close(String open) {
        return open.equals("[") ? "]" : "}";
    }

    /**
     * Where SnakeYAML's composer passed a limit, which it reports without a place: the first alias
     * to a list or mapping past {@link SafeYaml#MAX_COLLECTION_ALIASES}, or the first list or mapping
     * nested deeper than {@link SafeYaml#MAX_NESTING} levels below the top. The events are read again,
     * which builds no node; the start of the file when neither is found.
     */
    private static Position limitAt(String text, String displayName) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(SafeYaml.MAX_CODE_POINTS);
        Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        Map<String, Boolean> collectionAnchors = new HashMap<>();
        int aliases = 0;
        int open = 0;
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                if (event instanceof CollectionStartEvent start) {
                    if (open > SafeYaml.MAX_NESTING) return SafeYaml.at(displayName, start.getStartMark());
                    open++;
                    if (start.getAnchor() != null) collectionAnchors.put(start.getAnchor(), Boolean.TRUE);
                } else if (event instanceof CollectionEndEvent) {
                    open--;
                } else if (event instanceof ScalarEvent scalar) {
                    if (scalar.getAnchor() != null) collectionAnchors.put(scalar.getAnchor(), Boolean.FALSE);
                } else if (event instanceof AliasEvent alias) {
                    if (Boolean.TRUE.equals(collectionAnchors.get(alias.getAnchor()))
                            && ++aliases > SafeYaml.MAX_COLLECTION_ALIASES) {
                        return SafeYaml.at(displayName, alias.getStartMark());
                    }
                } else if (event instanceof StreamEndEvent) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            // the composer saw these events without a syntax error, so this is not expected; the start serves
        }
        return Position.start(displayName);
    }

    private static String limitMessage(String message) {
        String m = firstLine(message == null ? "unknown problem" : message);
        if (m.contains("aliases")) {
            return "too many aliases: at most " + SafeYaml.MAX_COLLECTION_ALIASES + " aliases to lists or mappings are"
                    + " read, and this is one more (aliases can multiply the size of a document)";
        }
        if (m.contains("Nesting Depth")) {
            return "nesting is deeper than " + SafeYaml.MAX_NESTING + " levels";
        }
        if (m.contains("code points")) {
            return "document is larger than 1 MiB";
        }
        return m;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
