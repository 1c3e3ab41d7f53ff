package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.engine.Evaluator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries of a list keep their own positions when an entry before them is dropped or is not of its kind. */
class ListPositionsTest {
    private static final String HEAD = "version: 1\nservice: {name: x}\n"
            + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\nio: {profile: mixed}\n"
            + "team: {skills: {go: 3}}\n";

    @Test
    void anEntryAfterARepeatIsReportedWhereItStands() {
        String needs = "libraries: {needs: [auth, auth, kafkaa]}\n";
        var d = DescriptorLoader.parse(HEAD + needs, "d.yaml");
        int column = needs.indexOf("kafkaa") + 1;
        List<String> lines = new java.util.ArrayList<>(d.diagnostics().stream().map(Diagnostic::format).toList());
        DescriptorChecker.check(d.get(), DefaultPack.get().vocabulary()).forEach(x -> lines.add(x.format()));
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("d.yaml:6:27: warning: 'auth' is listed twice in 'libraries.needs'", lines.get(0));
        assertTrue(lines.get(1).startsWith("d.yaml:6:" + column + ": error: unknown capability 'kafkaa'"), lines.get(1));
    }

    @Test
    void aVetoAfterARepeatPointsAtItsOwnEntry() {
        String libs = "libraries: {needs: [auth, pdf], mustHave: [auth, auth, pdf]}\n";
        var d = DescriptorLoader.parse(HEAD + libs, "d.yaml").get();
        var e = Evaluator.evaluate(DefaultPack.get(), d, EvaluationOptions.defaults(Fixtures.TODAY));
        var go = e.ranking().stream().filter(c -> c.candidate().equals("go")).findFirst().orElseThrow();
        var veto = go.exclusions().stream().filter(x -> "pdf".equals(x.capability())).findFirst().orElseThrow();
        assertEquals(6, veto.location().line());
        assertEquals(libs.lastIndexOf("pdf") + 1, veto.location().column());
    }

    @Test
    void aWaiverAfterAnEntryThatIsNoWaiverIsReportedWhereItStands(@TempDir Path dir) throws IOException {
        String decision = "decision:\n  waivers:\n    - just words\n    - {rule: high-throughput-ceilin, reason: r, until: 2030-01-01}\n";
        Path file = Files.writeString(dir.resolve("d.yaml"), HEAD + decision);
        var d = DescriptorLoader.read(file, "d.yaml");
        List<String> lines = new java.util.ArrayList<>(d.diagnostics().stream().map(Diagnostic::format).toList());
        DescriptorChecker.check(d.asRead(), DefaultPack.get().vocabulary()).forEach(x -> lines.add(x.format()));
        assertEquals(List.of("d.yaml:8:7: error: 'decision.waivers[0]' must be a mapping of keys to values, not 'just words'",
                "d.yaml:9:14: error: unknown rule 'high-throughput-ceilin'; no rule pack in use defines it"
                        + " (did you mean 'high-throughput-ceiling'?)"), lines);
    }
}
