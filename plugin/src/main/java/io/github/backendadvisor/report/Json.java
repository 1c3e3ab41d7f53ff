package io.github.backendadvisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.backendadvisor.diag.Position;
import java.util.List;

/** Shared Jackson set-up: stable indentation and line ends on every platform. */
final class Json {
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(false);
    private static final ObjectWriter WRITER;

    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        WRITER = new ObjectMapper().writer(printer);
    }

    private Json() {
    }

    static String write(ObjectNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
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
