package io.github.backendadvisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.backendadvisor.diag.Position;
import java.util.List;

/**
 * Shared Jackson set-up: reports are built as Jackson trees and written with Jackson's streaming
 * generator (no ObjectMapper, which costs a few hundred milliseconds to start in every build),
 * with stable indentation and line ends on every platform.
 */
final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(false);
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static String write(ObjectNode root) {
        StringWriter out = new StringWriter();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
            write(g, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
        return out + "\n";
    }

    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                g.writeStartObject();
                for (var it = node.fields(); it.hasNext(); ) {
                    var e = it.next();
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case ARRAY -> {
                g.writeStartArray();
                for (JsonNode item : node) write(g, item);
                g.writeEndArray();
            }
            case STRING -> g.writeString(node.textValue());
            case BOOLEAN -> g.writeBoolean(node.booleanValue());
            case NULL -> g.writeNull();
            case NUMBER -> {
                if (node.isIntegralNumber()) g.writeNumber(node.longValue());
                else g.writeNumber(node.doubleValue());
            }
            default -> throw new IllegalStateException("unexpected JSON node " + node.getNodeType());
        }
    }

    /** A number rounded to 4 decimals, or null for NaN. */
    static void num(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, Numbers.round(v, 4));
        }
    }

    static ArrayNode strings(List<String> items) {
        ArrayNode a = F.arrayNode();
        items.forEach(a::add);
        return a;
    }

    static ObjectNode location(Position p) {
        ObjectNode o = F.objectNode();
        o.put("file", p.file());
        o.put("line", p.line());
        o.put("column", p.column());
        return o;
    }
}
