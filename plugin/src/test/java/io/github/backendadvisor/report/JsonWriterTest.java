package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The report writer against Jackson's own generator with the pretty printer the reports used
 * before: same bytes for the same document, whatever the strings and numbers.
 */
class JsonWriterTest {
    private static final String[] STRINGS = {"", "plain", "quote \" and backslash \\", "line\nbreak\ttab\rcr",
        "\b\f\u0000\u0001\u001f\u007f", "</script><!--", "unicode é → 漢字 😀", "\u2028\u2029", "{\"a\":[1]}"};

    /** Writes the same random document through both writers, step by step. */
    private static void document(Random r, JsonWriter ours, JsonGenerator theirs, int depth, boolean inObject)
            throws IOException {
        int n = r.nextInt(depth > 3 ? 2 : 5);
        for (int i = 0; i < n; i++) {
            if (inObject) {
                String name = STRINGS[r.nextInt(STRINGS.length)] + i;
                ours.name(name);
                theirs.writeFieldName(name);
            }
            switch (r.nextInt(7)) {
                case 0 -> {
                    String s = r.nextInt(5) == 0 ? randomText(r) : STRINGS[r.nextInt(STRINGS.length)];
                    ours.value(s);
                    theirs.writeString(s);
                }
                case 1 -> {
                    long v = r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(1000) - 500;
                    ours.value(v);
                    theirs.writeNumber(v);
                }
                case 2 -> {
                    double v = switch (r.nextInt(4)) {
                        case 0 -> r.nextDouble();
                        case 1 -> (r.nextDouble() - 0.5) * 1e7;
                        case 2 -> r.nextInt(200) / 8.0 - 10;
                        default -> (r.nextDouble() - 0.5) * 1e-3;
                    };
                    ours.number(v);
                    theirs.writeNumber(Numbers.round(v, 4));
                }
                case 3 -> {
                    boolean b = r.nextBoolean();
                    ours.value(b);
                    theirs.writeBoolean(b);
                }
                case 4 -> {
                    ours.nullValue();
                    theirs.writeNull();
                }
                case 5 -> {
                    ours.beginArray();
                    theirs.writeStartArray();
                    document(r, ours, theirs, depth + 1, false);
                    ours.endArray();
                    theirs.writeEndArray();
                }
                default -> {
                    ours.beginObject();
                    theirs.writeStartObject();
                    document(r, ours, theirs, depth + 1, true);
                    ours.endObject();
                    theirs.writeEndObject();
                }
            }
        }
    }

    private static String randomText(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) sb.append((char) (r.nextInt(4) == 0 ? r.nextInt(0x40) : r.nextInt(0x3000)));
        return sb.toString();
    }

    @Test
    void writesTheSameBytesAsJacksonsPrettyPrinterFor2000RandomDocuments() throws IOException {
        Random r = new Random(20261126);
        JsonFactory factory = new JsonFactory();
        for (int doc = 0; doc < 2000; doc++) {
            JsonWriter ours = new JsonWriter().beginObject();
            StringWriter sw = new StringWriter();
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            try (JsonGenerator theirs = factory.createGenerator(sw)) {
                theirs.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
                theirs.writeStartObject();
                document(r, ours, theirs, 0, true);
                theirs.writeEndObject();
            }
            String written = ours.endObject().finish();
            assertEquals(sw + "\n", written, "document " + doc);
            new ObjectMapper().readTree(written); // and it parses
        }
    }

    @Test
    void nonFiniteNumbersBecomeNull() {
        String json = new JsonWriter().beginObject().number("nan", Double.NaN)
                .number("inf", Double.NEGATIVE_INFINITY).number("x", 0.123456).endObject().finish();
        assertEquals("{\n  \"nan\" : null,\n  \"inf\" : null,\n  \"x\" : 0.1235\n}\n", json);
    }

    @Test
    void anUnfinishedDocumentIsABugNotOutput() {
        assertThrows(IllegalStateException.class, () -> new JsonWriter().beginObject().finish());
    }
}
