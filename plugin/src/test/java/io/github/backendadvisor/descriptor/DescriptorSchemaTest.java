package io.github.backendadvisor.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.github.backendadvisor.JsonSchemas;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of the descriptor: in the jar, in step with the loader, and valid for every example. */
class DescriptorSchemaTest {
    private static final String RESOURCE = "io/github/backendadvisor/descriptor/backend-requirements.schema.json";
    private static final JsonNode SCHEMA_JSON = JsonSchemas.json(RESOURCE);
    private static final JsonSchema SCHEMA = JsonSchemas.schema(SCHEMA_JSON);

    private static JsonNode yamlAsJson(Path file) throws IOException {
        return JsonSchemas.yaml(Files.readString(file));
    }

    @Test
    void schemaNamesExactlyTheKeysTheLoaderReads() {
        assertEquals(new TreeSet<>(DescriptorFormat.TOP), JsonSchemas.names(SCHEMA_JSON.get("properties")),
                "top level");
        DescriptorFormat.SECTIONS.forEach((section, keys) -> {
            JsonNode props = section.equals("decision.waivers[]")
                    ? SCHEMA_JSON.at("/properties/decision/properties/waivers/items/properties")
                    : SCHEMA_JSON.at("/properties/" + section + "/properties");
            assertEquals(new TreeSet<>(keys), JsonSchemas.names(props),
                    section + ": a key added to the loader must be added to the schema");
            props.fields().forEachRemaining(e -> assertTrue(e.getValue().has("description"),
                    section + "." + e.getKey() + " has no description"));
        });
    }

    @Test
    void enumsMatchTheModelAndTheDefaultPack() {
        assertEquals(IoProfile.ids(), toList(SCHEMA_JSON.at("/properties/io/properties/profile/enum")));
        assertEquals(DeploymentTarget.ids(), toList(SCHEMA_JSON.at("/properties/deployment/properties/target/enum")));
        var set = RuleSetCache.compile(new PackLocator(Path.of("."), getClass().getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK)).get(), RuleSetBuilder.Options.defaults()).get();
        assertEquals(List.copyOf(set.capabilities().keySet()),
                toList(SCHEMA_JSON.at("/properties/libraries/properties/needs/items/anyOf/0/enum")));
        assertEquals(new TreeSet<>(set.languages()),
                JsonSchemas.names(SCHEMA_JSON.at("/properties/team/properties/skills/properties")));
        assertEquals(new TreeSet<>(set.criteria().keySet()),
                JsonSchemas.names(SCHEMA_JSON.at("/properties/weights/properties")));
        assertEquals(List.copyOf(set.candidates().keySet()),
                toList(SCHEMA_JSON.at("/properties/decision/properties/chosen/anyOf/0/enum")));
    }

    @Test
    void everyExampleDescriptorIsValid() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.walk(Path.of("../examples"))) {
            examples = s.filter(p -> p.getFileName().toString().equals("backend-requirements.yaml")).sorted().toList();
        }
        assertTrue(examples.size() >= 6, "examples: " + examples);
        for (Path p : examples) {
            assertEquals(Set.of(), SCHEMA.validate(yamlAsJson(p)), p.toString());
        }
    }

    @Test
    void theSchemaRejectsWhatTheLoaderRejects() throws IOException {
        Path bad = Path.of("src/test/resources/descriptors/invalid/bad-enum.yaml");
        assertFalse(SCHEMA.validate(yamlAsJson(bad)).isEmpty());
        Path typo = Path.of("src/test/resources/descriptors/invalid/unknown-key.yaml");
        assertFalse(SCHEMA.validate(yamlAsJson(typo)).isEmpty());
    }

    @Test
    void aWeightIsAtMostWhatAPackMayGive(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        // two weights near the largest double would overflow their sum, and every score would be lost
        String valid = java.nio.file.Files.readString(Path.of("src/test/resources/descriptors/valid.yaml"));
        for (String weight : new String[] {"1000", "1.0e308"}) {
            Path f = dir.resolve("w.yaml");
            java.nio.file.Files.writeString(f, valid + "weights:\n  team: " + weight + "\n  libraries: " + weight + "\n");
            boolean within = weight.equals("1000");
            assertEquals(within, SCHEMA.validate(yamlAsJson(f)).isEmpty(), weight);
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
