package io.github.backendadvisor.report;

import io.github.backendadvisor.diag.Position;
import java.util.List;

/**
 * Writes pretty-printed JSON straight into a buffer while the report walks its model: no tree is
 * built, so a module's reports cost a few allocations instead of a map per object. The layout is
 * fixed (two spaces, {@code "key" : value}, {@code [ ]} and {@code { }} when empty, LF line ends) so
 * that the same input gives the same bytes everywhere. Not thread-safe; one writer per document.
 */
final class JsonWriter {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int MAX_DEPTH = 64;
    /** A line feed and the indentation of each level. */
    private static final String[] NEWLINES = new String[MAX_DEPTH + 1];

    static {
        for (int i = 0; i <= MAX_DEPTH; i++) NEWLINES[i] = "\n" + "  ".repeat(i);
    }

    private final StringBuilder out;
    /** Entries written so far at each open level. */
    private final int[] counts = new int[MAX_DEPTH];
    private int depth = -1;
    /** A name was just written, so the next value follows it on the same line. */
    private boolean afterName;

    /** A writer for a small document. */
    JsonWriter() {
        this(new StringBuilder(8 * 1024));
    }

    /** A writer that appends the document to {@code out}, a buffer that writing the reports reuses. */
    JsonWriter(StringBuilder out) {
        this.out = out;
    }

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    /** The name of the next entry of the current object. */
    JsonWriter name(String name) {
        separate();
        quote(name);
        out.append(" : ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        if (s == null) return nullValue();
        beforeValue();
        quote(s);
        return this;
    }

    JsonWriter value(long v) {
        beforeValue();
        out.append(v);
        return this;
    }

    JsonWriter value(boolean v) {
        beforeValue();
        out.append(v);
        return this;
    }

    /** A decimal rounded to four places, or null when it is not a finite number. */
    JsonWriter number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return nullValue();
        beforeValue();
        Numbers.appendDecimal4(out, v);
        return this;
    }

    JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    // ---- entries of an object, name and value in one call

    JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    JsonWriter field(String name, boolean value) {
        return name(name).value(value);
    }

    JsonWriter number(String name, double value) {
        return name(name).number(value);
    }

    JsonWriter strings(String name, List<String> values) {
        name(name).beginArray();
        for (String v : values) value(v);
        return endArray();
    }

    /** {@code "location" : {file, line, column}}. */
    JsonWriter location(String name, Position p) {
        return name(name).beginObject().field("file", p.file()).field("line", p.line())
                .field("column", p.column()).endObject();
    }

    /** The document, ending with a line feed. */
    String finish() {
        end();
        return out.toString();
    }

    /** Ends the document with a line feed. */
    void end() {
        if (depth != -1) throw new IllegalStateException("JSON document has " + (depth + 1) + " open levels");
        out.append('\n');
    }

    private JsonWriter open(char bracket) {
        beforeValue();
        if (depth + 1 == MAX_DEPTH) throw new IllegalStateException("JSON nested deeper than " + MAX_DEPTH);
        out.append(bracket);
        counts[++depth] = 0;
        return this;
    }

    private JsonWriter close(char bracket) {
        if (counts[depth] == 0) {
            out.append(' ');
        } else {
            newline(depth);
        }
        out.append(bracket);
        depth--;
        return this;
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else if (depth >= 0) {
            separate(); // an array item
        }
    }

    private void separate() {
        if (counts[depth]++ > 0) out.append(',');
        newline(depth + 1);
    }

    private void newline(int indent) {
        out.append(NEWLINES[indent]);
    }

    private void quote(String s) {
        out.append('"');
        int start = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            out.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, start, s.length()).append('"');
    }
}
