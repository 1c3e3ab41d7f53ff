package io.github.backendadvisor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** For the tests of the published JSON Schemas: a schema from the classpath, and YAML as an editor sees it. */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /** The schema's JSON, from the plugin's resources. */
    public static JsonNode json(String resource) {
        try (InputStream in = JsonSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A validator for the schema. */
    public static JsonSchema schema(JsonNode json) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json);
    }

    /** The names of a schema's properties, sorted. */
    public static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** YAML as an editor's schema checker sees it (YAML 1.2 core schema: dates stay strings). */
    public static JsonNode yaml(String yaml) {
        return toJson(new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(yaml)));
    }

    private static JsonNode toJson(Node node) {
        var f = JsonNodeFactory.instance;
        if (node instanceof MappingNode m) {
            var o = f.objectNode();
            m.getValue().forEach(t -> o.set(((ScalarNode) t.getKeyNode()).getValue(), toJson(t.getValueNode())));
            return o;
        }
        if (node instanceof SequenceNode seq) {
            var a = f.arrayNode();
            seq.getValue().forEach(n -> a.add(toJson(n)));
            return a;
        }
        var s = (ScalarNode) node;
        Tag tag = s.getTag();
        if (tag.equals(Tag.INT)) return f.numberNode(new BigInteger(s.getValue()));
        if (tag.equals(Tag.FLOAT)) return f.numberNode(new BigDecimal(s.getValue()));
        if (tag.equals(Tag.BOOL)) return f.booleanNode(Boolean.parseBoolean(s.getValue()));
        if (tag.equals(Tag.NULL)) return f.nullNode();
        return f.textNode(s.getValue());
    }
}
