package io.github.backendadvisor.report;

/**
 * A strict reader of JSON text (RFC 8259) for the one place the plugin reads JSON: a baseline
 * report. It checks the whole document and reads only what the caller asks for; a syntax error
 * carries its 1-based line and column. Not recursive, so no nesting can exhaust the stack.
 */
final class JsonScanner {
    /** A syntax error at a line and column. Caught by the caller in this package, never escapes it. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        SyntaxError(int line, int column, String message) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    JsonScanner(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Skips whitespace and returns the next character without taking it; -1 at the end. */
    int peek() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return c;
            }
            pos++;
        }
        return -1;
    }

    /** Takes the next character, which must be {@code c}. */
    void expect(char c, String what) throws SyntaxError {
        if (peek() != c) throw unexpected(what);
        pos++;
    }

    /** Takes the next character if it is {@code c}. */
    boolean take(char c) {
        if (peek() != c) return false;
        pos++;
        return true;
    }

    /** 1-based line of the next token (call {@link #peek()} first). */
    int line() {
        return line;
    }

    /** 1-based column of the next token (call {@link #peek()} first). */
    int column() {
        return pos - lineStart + 1;
    }

    /** Fails unless only whitespace is left. */
    void end() throws SyntaxError {
        if (peek() != -1) throw error("unexpected " + describe() + " after the end of the document");
    }

    /** Reads a string value, escapes decoded. */
    String string() throws SyntaxError {
        if (peek() != '"') throw unexpected("a string in double quotes");
        int startLine = line;
        int startColumn = column();
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw new SyntaxError(startLine, startColumn, "string never closed");
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) throw error("control character U+" + hex(c) + " inside a string; write it as an escape");
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            char e = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 6 > text.length()) throw error("incomplete \\u escape");
                    int code = 0;
                    for (int i = pos + 2; i < pos + 6; i++) {
                        int d = Character.digit(text.charAt(i), 16);
                        if (d < 0) throw error("\\u must be followed by four hexadecimal digits");
                        code = code * 16 + d;
                    }
                    out.append((char) code);
                    pos += 4;
                }
                default -> throw error("invalid escape \\" + (e == '\0' ? "" : String.valueOf(e)));
            }
            pos += 2;
        }
    }

    /** Whether the next value is the literal {@code null}; takes it if so. */
    boolean nullLiteral() {
        return literal("null");
    }

    /** Checks and skips one value of any kind, however deeply nested. */
    void skipValue() throws SyntaxError {
        // one entry per open container: '}' or ']'
        StringBuilder open = new StringBuilder();
        while (true) {
            scalarOrOpen(open);
            while (true) {
                if (open.length() == 0) return;
                char close = open.charAt(open.length() - 1);
                if (take(close)) {
                    open.setLength(open.length() - 1);
                    continue;
                }
                expect(',', "',' or '" + close + "'");
                if (close == '}') member();
                break;
            }
        }
    }

    /** Reads a member name and its colon; for callers that walk an object themselves. */
    String member() throws SyntaxError {
        if (peek() != '"') throw unexpected("a member name in double quotes");
        String name = string();
        expect(':', "':' after the member name");
        return name;
    }

    /** One scalar, or the opening of a container (its first member name read), pushed on {@code open}. */
    private void scalarOrOpen(StringBuilder open) throws SyntaxError {
        while (true) {
            int c = peek();
            if (c == '{' || c == '[') {
                if (open.length() >= 1000) throw error("nested deeper than 1000 levels");
                pos++;
                char close = c == '{' ? '}' : ']';
                if (take(close)) return;
                open.append(close);
                if (c == '{') member();
                continue;
            }
            if (c == '"') {
                string();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                number();
            } else if (!literal("true") && !literal("false") && !literal("null")) {
                throw unexpected("a JSON value (a string in double quotes, a number, true, false, null, an object or an array)");
            }
            return;
        }
    }

    private boolean literal(String word) {
        if (peek() == word.charAt(0) && text.startsWith(word, pos) && !wordChar(pos + word.length())) {
            pos += word.length();
            return true;
        }
        return false;
    }

    /** Reads a number and returns it as written. */
    String numberText() throws SyntaxError {
        int start = pos;
        number();
        return text.substring(start, pos);
    }

    private void number() throws SyntaxError {
        int start = pos;
        if (text.charAt(pos) == '-') pos++;
        if (digit(pos) && text.charAt(pos) == '0') {
            pos++;
            if (digit(pos)) throw error("a number must not start with 0");
        } else if (!digits()) {
            pos = start;
            throw unexpected("a number");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            if (!digits()) throw error("a digit must follow the decimal point");
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (!digits()) throw error("a digit must follow the exponent");
        }
        if (wordChar(pos)) throw error("unexpected " + describe() + " in a number");
    }

    private boolean digits() {
        int start = pos;
        while (digit(pos)) pos++;
        return pos > start;
    }

    private boolean digit(int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private boolean wordChar(int i) {
        if (i >= text.length()) return false;
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '+' || c == '-';
    }

    private SyntaxError unexpected(String expected) {
        return error((peek() == -1 ? "the document ends" : "unexpected " + describe()) + " where " + expected
                + " should be");
    }

    /** The token at the current position, as a message quotes it. */
    private String describe() {
        if (pos >= text.length()) return "end of the document";
        int end = pos;
        while (end < text.length() && end - pos < 20 && wordChar(end)) end++;
        if (end == pos) {
            char c = text.charAt(pos);
            return c < 0x20 || c == 0x7f ? "character U+" + hex(c) : "'" + c + "'";
        }
        return "'" + text.substring(pos, end) + "'";
    }

    private SyntaxError error(String message) {
        return new SyntaxError(line, column(), message);
    }

    private static String hex(char c) {
        String h = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }
}
