package io.github.backendadvisor.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The published JSON Schema of the descriptor: in the jar, in step with the loader, and valid for every example. */
class DescriptorSchemaTest {
    private static final String RESOURCE = "io/github/backendadvisor/descriptor/backend-requirements.schema.json";
    private static JsonNode schemaJson;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DescriptorSchemaTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            schemaJson = new ObjectMapper().readTree(in);
        }
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> out = new TreeSet<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /** YAML as editors see it (YAML 1.2 core schema: dates stay strings). */
    private static JsonNode yamlAsJson(Path file) throws IOException {
        org.yaml.snakeyaml.nodes.Node root = new Yaml(new SafeConstructor(new LoaderOptions()))
                .compose(new java.io.StringReader(Files.readString(file)));
        return toJson(root);
    }

    private static JsonNode toJson(org.yaml.snakeyaml.nodes.Node node) {
        var f = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            var o = f.objectNode();
            m.getValue().forEach(t -> o.set(((org.yaml.snakeyaml.nodes.ScalarNode) t.getKeyNode()).getValue(),
                    toJson(t.getValueNode())));
            return o;
        }
        if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
            var a = f.arrayNode();
            seq.getValue().forEach(n -> a.add(toJson(n)));
            return a;
        }
        var s = (org.yaml.snakeyaml.nodes.ScalarNode) node;
        var tag = s.getTag();
        if (tag.equals(org.yaml.snakeyaml.nodes.Tag.INT)) return f.numberNode(new java.math.BigInteger(s.getValue()));
        if (tag.equals(org.yaml.snakeyaml.nodes.Tag.FLOAT)) return f.numberNode(new java.math.BigDecimal(s.getValue()));
        if (tag.equals(org.yaml.snakeyaml.nodes.Tag.BOOL)) return f.booleanNode(Boolean.parseBoolean(s.getValue()));
        if (tag.equals(org.yaml.snakeyaml.nodes.Tag.NULL)) return f.nullNode();
        return f.textNode(s.getValue());
    }

    @Test
    void schemaNamesExactlyTheKeysTheLoaderReads() {
        assertEquals(new TreeSet<>(DescriptorFormat.TOP), names(schemaJson.get("properties")), "top level");
        DescriptorFormat.SECTIONS.forEach((section, keys) -> {
            JsonNode props = section.equals("decision.waivers[]")
                    ? schemaJson.at("/properties/decision/properties/waivers/items/properties")
                    : schemaJson.at("/properties/" + section + "/properties");
            assertEquals(new TreeSet<>(keys), names(props), section + ": a key added to the loader must be added to the schema");
            props.fields().forEachRemaining(e -> assertTrue(e.getValue().has("description"),
                    section + "." + e.getKey() + " has no description"));
        });
    }

    @Test
    void enumsMatchTheModelAndTheDefaultPack() {
        assertEquals(IoProfile.ids(), toList(schemaJson.at("/properties/io/properties/profile/enum")));
        assertEquals(DeploymentTarget.ids(), toList(schemaJson.at("/properties/deployment/properties/target/enum")));
        var set = RuleSetCache.compile(new PackLocator(Path.of("."), getClass().getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK)).get(), RuleSetBuilder.Options.defaults()).get();
        assertEquals(List.copyOf(set.capabilities().keySet()),
                toList(schemaJson.at("/properties/libraries/properties/needs/items/anyOf/0/enum")));
        assertEquals(new TreeSet<>(set.languages()), names(schemaJson.at("/properties/team/properties/skills/properties")));
        assertEquals(new TreeSet<>(set.criteria().keySet()), names(schemaJson.at("/properties/weights/properties")));
        assertEquals(List.copyOf(set.candidates().keySet()),
                toList(schemaJson.at("/properties/decision/properties/chosen/anyOf/0/enum")));
    }

    @Test
    void everyExampleDescriptorIsValid() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.walk(Path.of("../examples"))) {
            examples = s.filter(p -> p.getFileName().toString().equals("backend-requirements.yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 6, "examples: " + examples);
        for (Path p : examples) {
            assertEquals(Set.of(), schema.validate(yamlAsJson(p)), p.toString());
        }
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Path bad = Path.of("src/test/resources/descriptors/invalid/bad-enum.yaml");
        assertFalse(schema.validate(yamlAsJson(bad)).isEmpty());
        Path typo = Path.of("src/test/resources/descriptors/invalid/unknown-key.yaml");
        assertFalse(schema.validate(yamlAsJson(typo)).isEmpty());
    }

    @Test
    void aWeightIsAtMostWhatAPackMayGive(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // two weights near the largest double would overflow their sum, and every score would be lost
        String valid = java.nio.file.Files.readString(Path.of("src/test/resources/descriptors/valid.yaml"));
        for (String weight : new String[] {"1000", "1.0e308"}) {
            Path f = dir.resolve("w.yaml");
            java.nio.file.Files.writeString(f, valid + "weights:\n  team: " + weight + "\n  libraries: " + weight + "\n");
            boolean within = weight.equals("1000");
            assertEquals(within, schema.validate(yamlAsJson(f)).isEmpty(), weight);
            List<String> problems = DescriptorLoader.load(f, "w.yaml").diagnostics().stream()
                    .map(io.github.backendadvisor.diag.Diagnostic::format).toList();
            assertEquals(within ? List.of() : List.of(
                    "w.yaml:19:9: error: weight of 'team' is 1.0e308; it must be a number > 0 and <= 1000",
                    "w.yaml:20:14: error: weight of 'libraries' is 1.0e308; it must be a number > 0 and <= 1000"),
                    problems, weight);
        }
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
