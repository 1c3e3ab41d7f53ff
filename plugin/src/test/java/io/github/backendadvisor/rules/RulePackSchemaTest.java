package io.github.backendadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.JsonSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published JSON Schema of rule packs: in the jar, in step with the loader, and valid for the packs we ship. */
class RulePackSchemaTest {
    private static final String RESOURCE = "io/github/backendadvisor/rules/rule-pack.schema.json";
    private static final JsonNode SCHEMA_JSON = JsonSchemas.json(RESOURCE);
    private static final JsonSchema SCHEMA = JsonSchemas.schema(SCHEMA_JSON);

    private static Set<?> problems(String yaml) {
        return SCHEMA.validate(JsonSchemas.yaml(yaml));
    }

    @Test
    void schemaNamesExactlyTheKeysTheLoaderReads() {
        Map<String, List<String>> keys = Map.of(
                "", PackLoader.TOP,
                "/properties/pack", PackLoader.PACK,
                "/properties/candidates/additionalProperties", PackLoader.CANDIDATE,
                "/properties/criteria/additionalProperties", PackLoader.CRITERION,
                "/properties/capabilities/additionalProperties", PackLoader.CAPABILITY,
                "/properties/capabilities/additionalProperties/properties/support/additionalProperties",
                PackLoader.SUPPORT,
                "/properties/rules/items", RuleReader.RULE,
                "/properties/rules/items/properties/finding", RuleReader.FINDING,
                "/properties/tests/items", RuleReader.TEST,
                "/properties/tests/items/properties/expect", RuleReader.EXPECT);
        keys.forEach((at, loaderKeys) -> {
            assertEquals(new TreeSet<>(loaderKeys), JsonSchemas.names(SCHEMA_JSON.at(at + "/properties")),
                    "'" + at + "': a key added to the loader must be added to the schema");
            assertFalse(SCHEMA_JSON.at(at + "/additionalProperties").asBoolean(true), at + " admits other keys");
        });
    }

    @Test
    void enumsMatchTheModel() {
        List<String> levels = new java.util.ArrayList<>();
        SCHEMA_JSON.at("/properties/capabilities/additionalProperties/properties/support/additionalProperties"
                + "/properties/level/enum").forEach(n -> levels.add(n.asText()));
        assertEquals(Level.ids(), levels);
        List<String> severities = new java.util.ArrayList<>();
        SCHEMA_JSON.at("/properties/rules/items/properties/finding/properties/severity/enum")
                .forEach(n -> severities.add(n.asText()));
        assertEquals(List.of("info", "warning", "error"), severities);
        assertEquals(PackLoader.VERSION, SCHEMA_JSON.at("/properties/version/const").asInt());
    }

    @Test
    void theDefaultPackAndTheTestPacksThatLoadAreValid() throws IOException {
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("io/github/backendadvisor/rules/default.yaml")) {
            assertEquals(Set.of(), problems(new String(in.readAllBytes(), StandardCharsets.UTF_8)), "the default pack");
        }
        for (String pack : List.of("small.yaml", "waivers.yaml", "findings.yaml", "addon.yaml", "layered-first.yaml")) {
            assertEquals(Set.of(), problems(Fixtures.text("packs/" + pack)), pack);
        }
        Path acme = Path.of("../it/src/it/setup-acme-rules/src/main/resources/com/acme/backend-rules.yaml");
        assertEquals(Set.of(), problems(Files.readString(acme)), acme.toString());
    }

    @Test
    void theReadmesExamplePackIsValidForTheSchemaAndTheLoader() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("## Write your organisation's rule pack");
        int start = readme.indexOf("```yaml\n", section) + "```yaml\n".length();
        String pack = readme.substring(start, readme.indexOf("```", start));
        assertTrue(pack.startsWith("# yaml-language-server: $schema=https://raw.githubusercontent.com/"
                + "backendadvisor/backend-advisor/main/plugin/src/main/resources/" + RESOURCE + "\n"), pack);
        assertEquals(Set.of(), problems(pack));
        assertEquals(List.of(), PackLoader.parse(new PackSource("acme.yaml", pack, ".")).diagnostics());
    }

    @Test
    void theSchemaRejectsTheShapesTheLoaderRejects() {
        String head = "version: 1\npack: { id: p, revision: '1' }\n";
        String rule = "rules:\n  - { id: r, title: t, when: 'true', because: b, %s }\n";
        assertEquals(Set.of(), problems(head + rule.formatted("effects: { team: { nodejs: 0.2 } }")));
        for (String wrong : List.of("effects: { nodejs: 0.2 }", "effects: { team: { nodejs: 1.5 } }",
                "exclude: [go]", "finding: warn", "finding: { severity: warn, message: m }", "severity: error",
                "sources: [example.com/a]")) {
            assertFalse(problems(head + rule.formatted(wrong)).isEmpty(), wrong);
        }
        assertFalse(problems(head + "criteria: { team: { title: Team, weight: 0 } }\n").isEmpty(), "weight 0");
        assertFalse(problems(head + "candidates: { node: { title: Node } }\n").isEmpty(), "no languages");
        assertFalse(problems(head + "capabilities: { c: { title: C, support: { go: strong } } }\n").isEmpty(),
                "a level written alone");
        assertFalse(problems("version: 2\npack: { id: p, revision: '1' }\n").isEmpty(), "version 2");
        assertTrue(problems(head + "tests:\n  - { name: t, descriptor: { file: d.yaml }, expect: {} }\n")
                .size() > 0, "a test that checks nothing");
    }
}
