package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reports and the build log's summary of six runs, compared with the files under
 * {@code src/test/resources/golden}: a change to any text, number, order or markup of a report
 * shows here, as the line that differs.
 * The HTML page is recorded for the richest run only; its style sheet and layout are the same in
 * every run, and the other runs' pages are checked for their properties in the other tests.
 * The other report tests check properties (escaping, schema, structure); these check the words.
 * After an intended change, {@code ./mvnw -pl rules,plugin test -Dtest=GoldenReportsTest -Dgolden.update
 * -Dsurefire.failIfNoSpecifiedTests=false} writes the files anew, and the diff of the commit shows what readers will see differently.
 */
class GoldenReportsTest {

    private static final boolean UPDATE = System.getProperty("golden.update") != null;

    /** A run: a descriptor against packs, with an optional build timestamp and SARIF root. */
    private record Run(String name, Advice advice, String descriptorName, String timestamp, String moduleDir,
            boolean html) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Advice advise(String descriptor, String... packs) {
        return new Advisor().advise(Fixtures.request("descriptors/" + descriptor, packs));
    }

    static Stream<Arguments> runs() {
        Path chat = Path.of(System.getProperty("examples.dir"), "chat-service", "backend-requirements.yaml");
        Advice defaultPack = new Advisor().advise(new AdviceRequest(chat, "backend-requirements.yaml", chat.getParent(),
                List.of(), true, Set.of(), List.of(), EvaluationOptions.defaults(Fixtures.TODAY), "pom.xml",
                GoldenReportsTest.class.getClassLoader()));
        return Stream.of(
                new Run("close", advise("scoring-close.yaml", "packs/small.yaml"), "descriptors/scoring-close.yaml",
                        null, null, false),
                new Run("no-viable", advise("scoring-veto.yaml", "packs/small.yaml", "packs/waivers.yaml"),
                        "descriptors/scoring-veto.yaml", "2026-11-26T09:30:00Z", "services/ml api", false),
                new Run("findings", advise("error-findings-one-waived.yaml", "packs/small.yaml", "packs/findings.yaml"),
                        "descriptors/error-findings-one-waived.yaml", null, "svc", false),
                new Run("tie", advise("tie.yaml", "packs/small.yaml"), "descriptors/tie.yaml", null, null, false),
                // Python excluded by a rule: Node.js is the one candidate left, with no margin to state
                new Run("one-viable", advise("scoring-close.yaml", "packs/small.yaml", "packs/waivers.yaml"),
                        "descriptors/scoring-close.yaml", null, null, false),
                new Run("invalid", advise("invalid/unknown-ids.yaml", "packs/small.yaml"),
                        "descriptors/invalid/unknown-ids.yaml", null, null, false),
                new Run("chat-service", defaultPack, "backend-requirements.yaml", null, "examples/chat-service",
                        true))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void everyFormatReadsAsRecorded(Run run) throws IOException {
        ReportContext ctx = new ReportContext(run.advice(), run.descriptorName(), run.timestamp(), "1.2.3",
                EvaluationOptions.defaults(Fixtures.TODAY), run.moduleDir());
        boolean valid = run.advice().evaluation() != null;
        Set<String> rendered = new TreeSet<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!valid && !f.rendersInvalidInput() || f == ReportFormat.HTML && !run.html()) continue;
            compare(run.name(), f.fileName(), f.render(ctx));
            rendered.add(f.fileName());
        }
        if (valid) { // the build log's summary, with the report's path as a build in this module prints it
            compare(run.name(), "console.txt",
                    String.join("\n", ConsoleSummary.lines(ctx, "target/backend-advisor/report.html")) + "\n");
            rendered.add("console.txt");
        }
        if (!UPDATE) { // a format that stops rendering (invalid input: JSON and SARIF) fails too
            Set<String> recorded = new TreeSet<>();
            try (Stream<Path> files = Files.list(Fixtures.path("golden/" + run.name()))) {
                files.forEach(file -> recorded.add(file.getFileName().toString()));
            }
            assertEquals(recorded, rendered);
        }
    }

    private static void compare(String run, String file, String actual) throws IOException {
        String resource = "golden/" + run + "/" + file;
        if (UPDATE) {
            Path source = Fixtures.root().resolve("../../src/test/resources").resolve(resource).normalize();
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Fixtures.text(resource);
        if (!expected.equals(actual)) {
            fail(resource + " is not what the run renders (if the change is intended, run this test with"
                    + " -Dgolden.update and review the diff); first at line " + firstDifference(expected, actual));
        }
    }

    /** The first line, counted from 1, where the two texts differ, with both versions of it. */
    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        for (int i = 0; i < Math.max(e.length, a.length); i++) {
            String want = i < e.length ? e[i] : "(end of file)";
            String got = i < a.length ? a[i] : "(end of file)";
            if (!want.equals(got)) return (i + 1) + ":\n  expected: " + want + "\n  actual:   " + got;
        }
        return "(none)";
    }
}
