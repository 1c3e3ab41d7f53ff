package io.github.backendadvisor.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * SimpleYaml against SnakeYAML: whenever SimpleYaml returns a tree, SnakeYAML composes the same
 * text without error into an equal tree (node kinds, tags, values, styles, start and end marks).
 */
class SimpleYamlTest {
    private static final ScalarResolver RESOLVER = new ScalarResolver();

    /** Each construct of the subset, and the scalar forms whose tags need SnakeYAML's resolver. */
    private static final List<String> SNIPPETS = List.of(
            "a: 1\n",
            "a: 1",
            "a: 1   \n\n# trailing comment\n   \n",
            "# leading comment\n\na: b # comment\nc: 'x # y' # z\nd: \"q: r\"\n",
            "service:\n  name: x\n  description: text with, commas [and] {braces} and:colons\n",
            "a:\n  b:\n    c:\n      d: deep\ne: f\n",
            "list:\n  - a\n  - 'b'\n  - \"c\"\nnext: 1\n",
            "list:\n- a\n- b\nnext: 1\n",
            "waivers:\n- rule: r1\n  until: 2027-01-31\n  reason: agreed\n- rule: r2\n  until: 2027-02-01\n",
            "waivers:\n  - rule: r1\n    reason: agreed\n  - rule: r2\nz: 0\n",
            "needs: [websockets, orm, 'auth', \"pdf\"]\nempty: []\nweights: {}\nspaced: [ a , b ]\n",
            "a:\nb:\nc: # nothing\n",
            "n: [1, -2, 3.5, .5, 1e3, 0x1F, 012, 089, 1_000, +7, -0, 0, 123456789012345678901]\n",
            "a: 1:30\nb: 190:20:30\nc: 2026-11-26\nd: 2026-11-26T10:00:00Z\ne: 2026-1-2\nf: 1.5e+3\ng: .inf\nh: .NaN\n",
            "b: [yes, no, on, off, true, false, True, FALSE, y, n, ~, null, Null, NULL]\n",
            "t: [2026-11-26, 2026-1-2]\n",
            "x: -5\ny: -x\nz: a-b\nu: http://example.com/a#frag\nv: a#b\nw: 10:30\n",
            "quoted: 'it''s'\ndouble: \"it''s\"\nempty1: ''\nempty2: \"\"\n",
            "unicode: Zahlungsdienst für Händler – schnell\nchinese: 支付服务\n",
            "\"quoted key\": 1\n'single': 2\n",
            "a: [x, 1:30]\n",
            "1: one\ntrue: yes\n~: null\n",
            "dup: 1\ndup: 2\n",
            "a: b\n  c: d\n",
            "a:\n  - x\n  b: y\n",
            "- a\n- b\n",
            "just a scalar\n",
            "a: b: c\n",
            "a: [x, [y]]\n",
            "a: [x,]\n",
            "a: ['x, y' z]\n",
            "a: ['x' yz]\n",
            "a: ['x' 'y']\n",
            "a: [\"x\"yz, w]\n",
            "a: [x\n",
            "a: {b: c}\n",
            "a: &anchor x\nb: *anchor\n",
            "a: !!str 1\n",
            "a: |\n  block\n",
            "a: >\n  folded\n",
            "a: multi\n  line\n",
            "a: \"esc\\n\"\n",
            "a: 'open\n  close'\n",
            "---\na: 1\n",
            "a: 1\n...\n",
            "%YAML 1.1\n---\na: 1\n",
            "a:\t1\n",
            "a: 1\r\nb: 2\r\n",
            "\uFEFFa: 1\n",
            "a:\n  -\n  - x\n",
            "a:\n  - - x\n",
            "a:\n  - x\n    y\n",
            "? a\n: b\n",
            "a: \"x\"y\n",
            "a: 'x'#c\n",
            "a:#c\n",
            "key:value\n",
            "a: @x\n",
            "a: `x\n",
            "a: ,x\n",
            "");

    @Test
    void everySnippetThatItReadsEqualsSnakeYaml() {
        int read = 0;
        for (String s : SNIPPETS) {
            if (agree(s)) read++;
        }
        assertTrue(read >= 20, "the subset covers the common snippets (read " + read + ")");
    }

    @Test
    void readsEveryValidDescriptorOfTheRepositoryAsSnakeYamlDoes() throws IOException {
        List<Path> descriptors = corpus().stream()
                .filter(p -> p.getFileName().toString().startsWith("backend-requirements"))
                .filter(p -> !p.toString().contains("hostile") && !p.toString().contains("invalid")).toList();
        assertTrue(descriptors.size() >= 15, "descriptors found: " + descriptors);
        for (Path p : descriptors) {
            assertTrue(agree(Files.readString(p)), "SimpleYaml reads " + p);
        }
    }

    @Test
    void everyYamlFileOfTheRepositoryAndThousandsOfMutationsAgree() throws IOException {
        Random random = new Random(20261126L);
        int read = 0;
        int total = 0;
        for (Path p : corpus()) {
            String text = Files.readString(p);
            agree(text);
            for (int i = 0; i < 1500; i++) {
                String mutant = mutate(text, random);
                total++;
                if (agree(mutant)) read++;
            }
        }
        assertTrue(total > 50_000, "mutants: " + total);
        assertTrue(read > total / 10, "the mutants exercise the reader (" + read + " of " + total + " read)");
    }

    @Test
    void depthBeyondTheLimitIsLeftToSnakeYaml() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 25; i++) deep.append(" ".repeat(i * 2)).append("k").append(i).append(":\n");
        deep.append(" ".repeat(50)).append("v: 1\n");
        assertFalse(SimpleYaml.compose(deep.toString(), RESOLVER, 19).isPresent());
        assertTrue(SimpleYaml.compose("a:\n  b:\n    c: 1\n", RESOLVER, 19).isPresent());
    }

    /**
     * Checks the property on one text; returns whether SimpleYaml read it. When it did, SnakeYAML
     * must compose the same tree; when it did not, nothing is asserted (SnakeYAML decides).
     */
    private static boolean agree(String text) {
        Optional<Node> simple;
        try {
            simple = SimpleYaml.compose(text, RESOLVER, SafeYaml.MAX_NESTING - 1);
        } catch (RuntimeException e) {
            throw new AssertionError("SimpleYaml threw on:\n" + text, e);
        }
        if (simple.isEmpty()) return false;
        Node snake;
        try {
            snake = SafeYaml.composeWithSnakeYaml(text);
        } catch (RuntimeException e) {
            throw new AssertionError("SimpleYaml read text that SnakeYAML rejects (" + e.getMessage() + "):\n" + text);
        }
        assertNotNull(snake, text);
        same(snake, simple.get(), "$", text);
        return true;
    }

    private static void same(Node expected, Node actual, String path, String text) {
        String where = path + " in:\n" + text;
        assertEquals(expected.getClass(), actual.getClass(), where);
        assertEquals(expected.getTag(), actual.getTag(), "tag of " + where);
        same(expected.getStartMark(), actual.getStartMark(), "start of " + where);
        same(expected.getEndMark(), actual.getEndMark(), "end of " + where);
        if (expected instanceof ScalarNode e) {
            ScalarNode a = (ScalarNode) actual;
            assertEquals(e.getValue(), a.getValue(), "value of " + where);
            assertEquals(e.getScalarStyle(), a.getScalarStyle(), "style of " + where);
        } else if (expected instanceof SequenceNode e) {
            SequenceNode a = (SequenceNode) actual;
            assertEquals(e.getFlowStyle(), a.getFlowStyle(), "flow style of " + where);
            assertEquals(e.getValue().size(), a.getValue().size(), "size of " + where);
            for (int i = 0; i < e.getValue().size(); i++) {
                same(e.getValue().get(i), a.getValue().get(i), path + "[" + i + "]", text);
            }
        } else if (expected instanceof MappingNode e) {
            MappingNode a = (MappingNode) actual;
            assertEquals(e.getFlowStyle(), a.getFlowStyle(), "flow style of " + where);
            assertEquals(e.getValue().size(), a.getValue().size(), "size of " + where);
            for (int i = 0; i < e.getValue().size(); i++) {
                NodeTuple te = e.getValue().get(i);
                NodeTuple ta = a.getValue().get(i);
                same(te.getKeyNode(), ta.getKeyNode(), path + ".key" + i, text);
                same(te.getValueNode(), ta.getValueNode(), path + ".value" + i, text);
            }
        } else {
            fail("unexpected node " + expected.getClass());
        }
    }

    private static void same(Mark expected, Mark actual, String where) {
        assertEquals(expected.getIndex(), actual.getIndex(), "index of " + where);
        assertEquals(expected.getLine(), actual.getLine(), "line of " + where);
        assertEquals(expected.getColumn(), actual.getColumn(), "column of " + where);
    }

    /** One to four random edits that YAML cares about: characters, indentation, whole lines. */
    private static String mutate(String text, Random random) {
        String alphabet = " :-#'\"[]{},\n&*!|>?%@`\t\\abz019._~\u00e9\u2014";
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = random.nextInt(sb.length());
            int start = sb.lastIndexOf("\n", at) + 1;
            int end = sb.indexOf("\n", at);
            switch (random.nextInt(7)) {
                case 0 -> sb.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> sb.deleteCharAt(at);
                case 2 -> sb.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 3 -> { // indent the line by one to three spaces, or dedent it by one
                    if (random.nextBoolean()) sb.insert(start, " ".repeat(1 + random.nextInt(3)));
                    else if (start < sb.length() && sb.charAt(start) == ' ') sb.deleteCharAt(start);
                }
                case 4 -> { // duplicate a line
                    if (end >= 0) sb.insert(start, sb.substring(start, end + 1));
                }
                case 5 -> { // delete a line
                    if (end >= 0) sb.delete(start, end + 1);
                }
                default -> sb.setLength(Math.max(1, at)); // cut the text short
            }
        }
        return sb.toString();
    }

    /** Every YAML file in the repository outside build output: descriptors, packs, test resources. */
    private static List<Path> corpus() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("examples", "it/src/it", "rules/src", "plugin/src/test/resources")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("/target/")).sorted().forEach(out::add);
            }
        }
        assertFalse(out.isEmpty(), "no YAML files under " + root);
        return out;
    }
}
