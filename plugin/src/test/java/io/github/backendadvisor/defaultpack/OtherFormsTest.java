package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part of the descriptor written in the form of another (a list as a mapping, a mapping as a
 * list) is one error that shows its own form, and what it holds is still checked against the packs.
 */
class OtherFormsTest {
    private static final String HEAD = "version: 1\nservice: {name: x}\n"
            + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\nio: {profile: mixed}\n"
            + "team: {skills: {go: 3}}\n";

    private static List<String> errors(Path dir, String rest) throws IOException {
        Path file = dir.resolve("d.yaml");
        Files.writeString(file, HEAD + rest, StandardCharsets.UTF_8);
        DescriptorLoader.Source read = DescriptorLoader.read(file, "d.yaml");
        Diagnostics all = new Diagnostics();
        all.addAll(read.diagnostics());
        all.addAll(DescriptorChecker.check(read.asRead(), DefaultPack.get().vocabulary()));
        return all.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void capabilitiesWrittenAsAMappingAreShownAsTheListTheyMean(@TempDir Path dir) throws IOException {
        assertEquals(List.of(
                "d.yaml:7:10: error: 'libraries.needs' must be a list such as [a, b], not a mapping; write needs:"
                        + " [websockets, kafka]",
                "d.yaml:7:30: error: unknown capability 'kafka'; no rule pack in use defines it"
                        + " (did you mean one of 'messaging', 'stream-processing'?)",
                "d.yaml:8:13: error: 'libraries.mustHave' must be a list such as [a, b], not a mapping; write"
                        + " mustHave: [websockets]"),
                errors(dir, "libraries:\n  needs: { websockets: true, kafka: true, orm: false }\n"
                        + "  mustHave: { websockets: yes }\n"));
        // a mapping with a key that is no id keeps the plain error
        assertEquals(List.of("d.yaml:6:20: error: 'libraries.needs' must be a list such as [a, b], not a mapping"),
                errors(dir, "libraries: {needs: {websockets: true, '': true}}\n"));
    }

    @Test
    void weightsWrittenAsAListOfPairsAreShownAsTheMappingTheyMean(@TempDir Path dir) throws IOException {
        assertEquals(List.of(
                "d.yaml:7:3: error: 'weights' must be a mapping of keys to values, not a list; write weights:"
                        + " { tem: 3, libraries: 0 }",
                "d.yaml:7:5: error: unknown criterion 'tem'; no rule pack in use defines it (did you mean 'team'?)",
                "d.yaml:8:16: error: weight of 'libraries' is 0; it must be a number > 0, since every criterion"
                        + " counts; to make it count for little, give it a small weight such as 0.1"),
                errors(dir, "weights:\n  - tem: 3\n  - libraries: 0\n"));
        // a list of anything else keeps the plain error
        assertEquals(List.of("d.yaml:6:10: error: 'weights' must be a mapping of keys to values, not a list"),
                errors(dir, "weights: [team, 3]\n"));
    }

    @Test
    void waiversWrittenAsAMappingOfRulesAreShownAsTheListTheyMean(@TempDir Path dir) throws IOException {
        assertEquals(List.of(
                "d.yaml:8:5: error: 'decision.waivers' must be a list of waivers, not a mapping; write each waiver"
                        + " as an item that names its rule: waivers: [{ rule: python-free-threaded-buld, reason:"
                        + " ok, until: 2027-13-01 }, ...]",
                "d.yaml:8:5: error: unknown rule 'python-free-threaded-buld'; no rule pack in use defines it"
                        + " (did you mean 'python-free-threaded-build'?)",
                "d.yaml:8:53: error: 'until' of a waiver must be an ISO date such as 2027-06-30, not '2027-13-01'"),
                errors(dir, "decision:\n  waivers:\n    python-free-threaded-buld: { reason: ok, until: 2027-13-01 }\n"
                        + "    no-library-needs-listed: { reason: ok, until: 2027-06-30 }\n"));
        assertEquals(List.of("d.yaml:8:5: error: 'decision.waivers' must be a list of waivers, not a mapping; write"
                + " each waiver as an item that names its rule: waivers: [{ rule: no-library-needs-listed, reason: ok,"
                + " until: 2027-06-30 }]"),
                errors(dir, "decision:\n  waivers:\n    no-library-needs-listed: { reason: ok, until: 2027-06-30 }\n"));
        // a mapping whose entries are no waivers keeps the plain error
        assertEquals(List.of("d.yaml:8:5: error: 'decision.waivers' must be a list such as [a, b], not a mapping"),
                errors(dir, "decision:\n  waivers:\n    rule: python-free-threaded-build\n    reason: ok\n"));
    }
}
