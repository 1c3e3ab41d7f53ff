package io.github.backendadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.Node;

/** {@link YamlValues#flow}: a value written on one line, as messages show the form it should have. */
class YamlValuesFlowTest {
    private static String flow(String yaml) {
        Node root = SafeYaml.compose("v: " + yaml + "\n", "f.yaml", new Diagnostics()).orElseThrow();
        return YamlValues.flow(YamlMapping.of(root, "f.yaml", "the test", new Diagnostics()).orElseThrow()
                .get("v").orElseThrow().value());
    }

    @Test
    void plainTextStaysPlainAndTextYamlWouldReadOtherwiseIsQuoted() {
        assertEquals("Fit with operations", flow("Fit with operations"));
        assertEquals("-0.2", flow("-0.2"));
        assertEquals("+0.2", flow("+0.2"));
        assertEquals("\"- item\"", flow("'- item'"));
        assertEquals("\"-\"", flow("'-'"));
        assertEquals("\"Ops: fit\"", flow("'Ops: fit'"));
        assertEquals("\"a #b\"", flow("'a #b'"));
        assertEquals("\"ends:\"", flow("'ends:'"));
        assertEquals("\"[x]\"", flow("'[x]'"));
        assertEquals("\"\"", flow("''"));
        assertEquals("say \"hi\" \\ bye", flow("'say \"hi\" \\ bye'"));
        assertEquals("\"\\\"hi\\\" \\\\ bye\"", flow("'\"hi\" \\ bye'"));
        assertEquals("a:b", flow("a:b"));
        assertEquals("Our Python stack misses 50 ms p99 tar...", flow("Our Python stack misses 50 ms p99 targets"));
    }

    @Test
    void collectionsAreWrittenInFlowStyleToTheSecondLevel() {
        assertEquals("[a, b]", flow("[a, b]"));
        assertEquals("[]", flow("[]"));
        assertEquals("{}", flow("{}"));
        assertEquals("{ title: T, weight: 2 }", flow("{ title: T, weight: 2 }"));
        assertEquals("{ a: [x, y], b: { c: ... } }", flow("{ a: [x, y], b: { c: { d: 1 } } }"));
        assertEquals("[[...], { k: v }]", flow("[[[1]], { k: v }]"));
    }
}
