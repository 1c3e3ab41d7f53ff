package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the recommendation of a baseline report, and the strict JSON reader behind it. */
class BaselineTest {
    private static Result<Optional<String>> read(String text) {
        return Baseline.recommendation(text, "accepted.json");
    }

    private static String error(String text) {
        Result<Optional<String>> r = read(text);
        assertTrue(r.value().isEmpty(), () -> "expected an error for: " + text);
        assertEquals(1, r.diagnostics().size());
        return r.diagnostics().get(0).format();
    }

    @Test
    void readsTheRecommendationWhereverItIsAndSkipsTheRest() {
        String report = """
                {
                  "formatVersion" : 1,
                  "scores" : [ { "candidate" : "go", "score" : 71.25, "parts" : [ -1.5e3, 0, true, false, null ] } ],
                  "recommendation" : "nodejs",
                  "later" : { "nested" : [ [ ], { } ], "text" : "\\"recommendation\\" : \\u0022x\\"" }
                }
                """;
        assertEquals(Optional.of("nodejs"), read(report).value().orElseThrow());
        assertEquals(Optional.empty(), read("{\"recommendation\":null}").value().orElseThrow());
        assertEquals(Optional.of("a\"b\\c/é😀"), read("{\"recommendation\":\"a\\\"b\\\\c\\/\\u00e9😀\"}").value().orElseThrow());
        assertEquals(Optional.of("go"), read("\uFEFF{\"recommendation\":\"go\"}").value().orElseThrow());
        // a decision of no candidate is a decision to drift from
        assertEquals(Optional.empty(), read("{\"status\":\"too-close\",\"recommendation\":null}").value().orElseThrow());
    }

    @Test
    void theReportOfInvalidInputIsNoBaseline() {
        assertEquals("accepted.json:1:29: error: the baseline is the report of invalid input (status 'invalid') and"
                + " records no decision; commit the report.json of a build whose input was valid",
                error("{\"formatVersion\":1,\"status\":\"invalid\",\"recommendation\":null}"));
    }

    @Test
    void aBrokenFileGetsThePlaceOfItsFirstProblem() {
        assertEquals("accepted.json:3:22: error: baseline is not valid JSON: unexpected 'go' where a JSON value"
                + " (a string in double quotes, a number, true, false, null, an object or an array) should be",
                error("{\n  \"formatVersion\" : 1,\n  \"recommendation\" : go\n}\n"));
        assertEquals("accepted.json:1:8: error: baseline is not valid JSON: unexpected '}' where a member name in"
                + " double quotes should be", error("{\"a\":1,}"));
        assertEquals("accepted.json:2:5: error: baseline is not valid JSON: string never closed",
                error("{\"a\":\n    \"open"));
        assertEquals("accepted.json:1:9: error: baseline is not valid JSON: unexpected 'x' after the end of the document",
                error("{\"a\":1} x"));
        assertEquals("accepted.json:1:7: error: baseline is not valid JSON: a number must not start with 0",
                error("{\"a\":01}"));
        assertEquals("accepted.json:1:7: error: baseline is not valid JSON: control character U+0009 inside a string;"
                + " write it as an escape", error("{\"a\":\"\t\"}"));
        assertEquals("accepted.json:1:7: error: baseline is not valid JSON: the document ends where ',' or '}'"
                + " should be", error("{\"a\":1"));
        assertEquals("accepted.json:1:1: error: baseline is not a JSON object; use a report.json written by this"
                + " plugin", error("[\"recommendation\"]"));
        assertEquals("accepted.json:1:1: error: baseline is not a JSON object; use a report.json written by this"
                + " plugin", error(""));
        assertEquals("accepted.json:1:1: error: baseline has no 'recommendation'; use a report.json written by this"
                + " plugin", error("{\"recommended\":\"go\"}"));
        assertEquals("accepted.json:1:19: error: 'recommendation' must be a candidate id or null",
                error("{\"recommendation\":[\"go\"]}"));
        assertEquals("accepted.json:1:24: error: 'recommendation' appears twice (first at 1:2)",
                error("{\"recommendation\":\"go\",\"recommendation\":\"java\"}"));
        // a report of another format may mean something else by the same names
        assertEquals("accepted.json:1:18: error: baseline report format version 2 is not supported; this plugin"
                + " reads version 1", error("{\"formatVersion\":2,\"recommendation\":\"go\"}"));
        assertEquals("accepted.json:1:18: error: 'formatVersion' must be a number",
                error("{\"formatVersion\":\"1\",\"recommendation\":\"go\"}"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Result<Optional<String>> r = read("{\"recommendation\":1,\"recommendation\":\"go\",}");
        assertEquals(java.util.List.of(
                "accepted.json:1:19: error: 'recommendation' must be a candidate id or null",
                "accepted.json:1:21: error: 'recommendation' appears twice (first at 1:2)",
                "accepted.json:1:43: error: baseline is not valid JSON: unexpected '}' where a member name in double"
                        + " quotes should be"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(r.value().isEmpty());
    }

    @Test
    void deepNestingIsAnErrorNotAStackOverflow() {
        String deep = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"recommendation\":\"go\"}";
        assertEquals("accepted.json:1:1006: error: baseline is not valid JSON: nested deeper than 1000 levels",
                error(deep));
        String fine = "{\"a\":" + "[{\"b\":".repeat(400) + "1" + "}]".repeat(400) + ",\"recommendation\":\"go\"}";
        assertEquals(Optional.of("go"), read(fine).value().orElseThrow());
    }

    @Test
    void aFileThatIsMissingOrNotUtf8IsAClearError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("accepted.json");
        Diagnostic missing = Baseline.recommendation(file, "accepted.json").diagnostics().get(0);
        assertEquals("accepted.json:1:1: error: baseline report does not exist", missing.format());
        Path folder = Files.createDirectory(dir.resolve("baseline"));
        assertEquals("baseline:1:1: error: baseline report is a directory; name the report.json file in it",
                Baseline.recommendation(folder, "baseline").diagnostics().get(0).format());
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'});
        assertEquals("accepted.json:1:3: error: baseline is not UTF-8 text: byte 0xC3 here is not part of a UTF-8"
                + " character; use a report.json written by this plugin",
                Baseline.recommendation(file, "accepted.json").diagnostics().get(0).format());
        Files.writeString(file, "{ \"recommendation\" : \"python\" }");
        assertEquals(Optional.of("python"), Baseline.recommendation(file, "accepted.json").value().orElseThrow());
    }

    // ---- against Jackson: same verdict on 3,000 random reports and 9,000 damaged copies of them

    private static final String[] TEXTS = {"", "go", "nodejs", "a \"quoted\" \\ word", "tab\tnew\nline",
        "\u0000\u001f\u007f", "é 漢字 😀", "</script>", "recommendation"};
    private static final String DAMAGE = "{}[]:,\"\\ 0123456789.eE+-ntfrux\n\t\u0001";

    private static void value(Random r, JsonWriter w, int depth) {
        switch (r.nextInt(depth > 3 ? 5 : 7)) {
            case 0 -> w.value(TEXTS[r.nextInt(TEXTS.length)]);
            case 1 -> w.value(r.nextInt(3) == 0 ? r.nextLong() : r.nextInt(200) - 100);
            case 2 -> w.number((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 4));
            case 3 -> w.value(r.nextBoolean());
            case 4 -> w.nullValue();
            case 5 -> {
                w.beginArray();
                for (int i = r.nextInt(4); i > 0; i--) value(r, w, depth + 1);
                w.endArray();
            }
            default -> {
                w.beginObject();
                for (int i = r.nextInt(4); i > 0; i--) {
                    w.name("k" + i);
                    value(r, w, depth + 1);
                }
                w.endObject();
            }
        }
    }

    private static String report(Random r) {
        JsonWriter w = new JsonWriter().beginObject();
        int members = r.nextInt(6);
        int at = r.nextInt(members + 1);
        for (int i = 0; i <= members; i++) {
            if (i == at) {
                w.name("recommendation");
                switch (r.nextInt(4)) {
                    case 0 -> w.nullValue();
                    case 1 -> value(r, w, 0);
                    default -> w.value(TEXTS[r.nextInt(TEXTS.length)]);
                }
            } else {
                w.name("m" + i);
                value(r, w, 0);
            }
        }
        return w.endObject().finish();
    }

    private static String damage(Random r, String text) {
        int i = r.nextInt(text.length() + 1);
        char c = DAMAGE.charAt(r.nextInt(DAMAGE.length()));
        return switch (r.nextInt(3)) {
            case 0 -> i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
            case 1 -> text.substring(0, i) + c + text.substring(i);
            default -> i < text.length() ? text.substring(0, i) + c + text.substring(i + 1) : text + c;
        };
    }

    /** What Jackson makes of the text: the recommendation, "" when it finds none, null when it fails. */
    private static Optional<String> jackson(ObjectMapper mapper, String text) {
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        JsonNode rec = root == null || !root.isObject() ? null : root.get("recommendation");
        if (rec == null || !(rec.isNull() || rec.isTextual())) return null;
        return rec.isNull() ? Optional.empty() : Optional.of(rec.textValue());
    }

    @Test
    void agreesWithJacksonOnValidAndDamagedReports() {
        ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        Random r = new Random(20261126);
        int errors = 0;
        for (int doc = 0; doc < 3000; doc++) {
            String text = report(r);
            for (int variant = 0; variant < 4; variant++) {
                String input = variant == 0 ? text : damage(r, text);
                Optional<String> expected = jackson(mapper, input);
                Result<Optional<String>> ours = read(input);
                if (expected == null) {
                    errors++;
                    assertTrue(ours.value().isEmpty() && !ours.diagnostics().isEmpty(),
                            () -> "Jackson rejects, we accept: " + input);
                } else {
                    assertEquals(expected, ours.value().orElse(null), () -> "document: " + input
                            + "\n" + ours.diagnostics());
                }
            }
        }
        assertTrue(errors > 3000, "the damage must break many documents, broke " + errors);
    }
}
