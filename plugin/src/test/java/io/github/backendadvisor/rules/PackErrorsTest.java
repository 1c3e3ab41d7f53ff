package io.github.backendadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.diag.ConfigPlaces;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack errors: cross-references, duplicates, replaces, configuration, each with message and position. */
class PackErrorsTest {

    static Result<RuleSet> compile(RuleSetBuilder.Options options, String... resources) {
        return Fixtures.compile(options, resources);
    }

    static List<String> lines(Result<?> r) {
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    /** The expected lines are reviewed by hand: each position points at the offending key or value. */
    static List<String> expected(String resource) {
        return Fixtures.text(resource).lines().toList();
    }

    @Test
    void everyBrokenReferenceIsReportedAtItsPlaceAllAtOnce() {
        Result<RuleSet> r = compile(RuleSetBuilder.Options.defaults(), "packs/broken-references.yaml");
        assertFalse(r.ok());
        assertEquals(expected("packs/broken-references.expected"), lines(r));
    }

    @Test
    void laterPacksReplaceOnlyWhenTheySaySo() {
        Result<RuleSet> r = compile(RuleSetBuilder.Options.defaults(), "packs/small.yaml", "packs/addon.yaml");
        assertEquals(expected("packs/addon.expected"), lines(r));
    }

    @Test
    void replacingKeepsTheLaterDefinition() {
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of("cpu-heavy"), List.of(), "pom.xml"),
                "packs/small.yaml");
        assertTrue(r.ok(), lines(r).toString());
        assertFalse(r.get().rules().stream().anyMatch(x -> x.id().equals("cpu-heavy")), "disabled rule is dropped");
        assertTrue(r.get().vocabulary().rules().contains("cpu-heavy"), "a waiver may still name a disabled rule");
    }

    @Test
    void configurationTyposAreErrorsWithSuggestions() {
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of("cpu-hevy"), List.of("pyhton"), "pom.xml"),
                "packs/small.yaml");
        assertEquals(List.of(
                "pom.xml:1:1: error: candidates names unknown candidate 'pyhton' (did you mean 'python'?)",
                "pom.xml:1:1: error: disabledRules names unknown rule 'cpu-hevy' (did you mean 'cpu-heavy'?)"),
                lines(r));
    }

    @Test
    void configurationTyposAreReportedWhereTheConfigurationSetsThem() {
        ConfigPlaces places = new ConfigPlaces("pom.xml", Map.of("candidates", new Position("../pom.xml", 25, 27),
                "rulePacks", new Position("pom.xml", 9, 18)));
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of("cpu-hevy"), List.of("pyhton"), places),
                "packs/small.yaml");
        assertEquals(List.of(
                "../pom.xml:25:27: error: candidates names unknown candidate 'pyhton' (did you mean 'python'?)",
                "pom.xml:1:1: error: disabledRules names unknown rule 'cpu-hevy' (did you mean 'cpu-heavy'?)"),
                lines(r));
        var located = new PackLocator(Fixtures.path("packs/small.yaml").getParent(), getClass().getClassLoader(), places)
                .locate(List.of("nope.yaml"));
        assertTrue(lines(located).get(0).startsWith("pom.xml:9:18: error: rule pack 'nope.yaml' does not exist"),
                lines(located).toString());
    }

    @Test
    void valuesSetByAPropertySayWhichAndAnUnknownCandidateFarFromAllListsThem() {
        ConfigPlaces places = new ConfigPlaces("pom.xml", Map.of(),
                Map.of("candidates", "backendAdvisor.candidates", "disabledRules", "backendAdvisor.disabledRules"));
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of("cpu-hevy"), List.of("rust"), places),
                "packs/small.yaml");
        assertEquals(List.of(
                "pom.xml:1:1: error: candidates names unknown candidate 'rust'; the rule packs in use define nodejs, python"
                        + " (set by the property backendAdvisor.candidates)",
                "pom.xml:1:1: error: disabledRules names unknown rule 'cpu-hevy' (did you mean 'cpu-heavy'?)"
                        + " (set by the property backendAdvisor.disabledRules)"),
                lines(r));
    }

    @Test
    void aListSeparatedBySpacesOrSemicolonsIsGivenWithCommas() {
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of("cpu-heavy tight-latency"),
                List.of("nodejs;python"), "pom.xml"), "packs/small.yaml");
        assertEquals(List.of(
                "pom.xml:1:1: error: candidates names unknown candidate 'nodejs;python' (items are separated by commas:"
                        + " nodejs,python)",
                "pom.xml:1:1: error: disabledRules names unknown rule 'cpu-heavy tight-latency' (items are separated by"
                        + " commas: cpu-heavy,tight-latency)"),
                lines(r));
    }

    @Test
    void anUnknownCandidateNamedAfterALanguageOrTitleNamesTheCandidate() {
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of(), List.of("js", "JavaScript"), "pom.xml"),
                "packs/small.yaml");
        assertEquals(List.of("pom.xml:1:1: error: candidates names unknown candidate 'JavaScript' (did you mean 'nodejs': Node.js?)",
                "pom.xml:1:1: error: candidates names unknown candidate 'js' (did you mean 'nodejs': Node.js?)"), lines(r));
    }

    @Test
    void modulesConfiguredAlikeShareTheirCompiledPacks() {
        RuleSetCache cache = new RuleSetCache();
        var sources = new PackLocator(Fixtures.path("packs/small.yaml").getParent().getParent(), getClass().getClassLoader(),
                "pom.xml").locate(List.of("packs/small.yaml")).get();
        ConfigPlaces a = new ConfigPlaces("pom.xml", Map.of("candidates", new Position("../pom.xml", 8, 19)));
        ConfigPlaces b = new ConfigPlaces("pom.xml", Map.of("candidates", new Position("../pom.xml", 8, 19)));
        ConfigPlaces elsewhere = new ConfigPlaces("pom.xml", Map.of("candidates", new Position("../../pom.xml", 8, 19)));
        List<String> python = List.of("python");
        assertEquals(RuleSetCache.Load.COMPILED, cache.get(sources, new RuleSetBuilder.Options(Set.of(), python, a)).load());
        assertEquals(RuleSetCache.Load.CACHED, cache.get(sources, new RuleSetBuilder.Options(Set.of(), python, b)).load());
        // another place would be another message, so it is another entry
        assertEquals(RuleSetCache.Load.COMPILED,
                cache.get(sources, new RuleSetBuilder.Options(Set.of(), python, elsewhere)).load());
        // and so would a value set by a property rather than at a line
        ConfigPlaces byProperty = new ConfigPlaces("pom.xml", Map.of(), Map.of("candidates", "backendAdvisor.candidates"));
        assertEquals(RuleSetCache.Load.COMPILED,
                cache.get(sources, new RuleSetBuilder.Options(Set.of(), python, byProperty)).load());
    }

    @Test
    void restrictingCandidatesKeepsTheOthersOut() {
        Result<RuleSet> r = compile(new RuleSetBuilder.Options(Set.of(), List.of("python"), "pom.xml"),
                "packs/small.yaml");
        assertTrue(r.ok());
        assertEquals(Set.of("python"), r.get().candidates().keySet());
        assertEquals(Set.of("nodejs", "python"), r.get().allCandidates().keySet());
    }

    @Test
    void missingPacksAreReported() {
        var located = new PackLocator(Fixtures.path("packs/small.yaml").getParent(), getClass().getClassLoader(),
                "pom.xml").locate(List.of("nope.yaml", "classpath:com/acme/missing.yaml"));
        assertEquals(List.of(
                "pom.xml:1:1: error: rule pack 'classpath:com/acme/missing.yaml' was not found on the plugin's"
                        + " classpath; add the jar that holds it as a <dependency> of the plugin",
                "pom.xml:1:1: error: rule pack 'nope.yaml' does not exist (looked for "
                        + Fixtures.path("packs/small.yaml").getParent().resolve("nope.yaml") + ")"),
                located.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aPackNamedByUrlIsToldThatPacksAreNeverFetched() {
        var located = new PackLocator(Fixtures.path("packs/small.yaml").getParent(), getClass().getClassLoader(),
                "pom.xml").locate(List.of("https://example.com/acme.yaml", "file:///etc/acme.yaml", "small.yaml"));
        String never = "; packs are read from files, directories and the classpath, never from the network: save the"
                + " pack in the project, or in a jar that you add as a <dependency> of the plugin, and name it here";
        assertEquals(List.of("pom.xml:1:1: error: rule pack 'file:///etc/acme.yaml' is a URL" + never,
                "pom.xml:1:1: error: rule pack 'https://example.com/acme.yaml' is a URL" + never),
                located.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void anUnknownKeyIsReportedInEveryPartOfAPackAllAtOnce() {
        String pack = String.join("\n",
                "version: 1",
                "pack: { id: p, title: P, revision: '1', revison: '2' }",
                "languages: [javascript]",
                "candidates:",
                "  nodejs: { title: Node.js, languages: [javascript], langauges: [typescript] }",
                "criteria:",
                "  team: { title: Team fit, wieght: 2 }",
                "capabilities:",
                "  websockets:",
                "    title: WebSockets",
                "    tilte: Sockets",
                "    support:",
                "      nodejs: { level: strong, packages: [ws], pakages: [socket.io] }",
                "rules:",
                "  - id: r",
                "    title: R",
                "    when: 'true'",
                "    finding: { severity: info, message: M, severty: warning }",
                "    because: B",
                "    sources: [https://example.org/r]",
                "tests:",
                "  - { name: t, descriptor: { file: d.yaml }, expect: { fired: [r] }, expcet: {} }",
                "");
        assertEquals(List.of(
                "p.yaml:2:41: error: unknown key 'revison' in 'pack' (did you mean 'revision'?)",
                "p.yaml:5:54: error: unknown key 'langauges' in 'candidates.nodejs' (did you mean 'languages'?)",
                "p.yaml:7:28: error: unknown key 'wieght' in 'criteria.team' (did you mean 'weight'?)",
                "p.yaml:11:5: error: unknown key 'tilte' in 'capabilities.websockets' (did you mean 'title'?)",
                "p.yaml:13:48: error: unknown key 'pakages' in 'capabilities.websockets.support.nodejs'"
                        + " (did you mean 'packages'?)",
                "p.yaml:18:44: error: unknown key 'severty' in 'rules[0].finding' (did you mean 'severity'?)",
                "p.yaml:22:70: error: unknown key 'expcet' in 'tests[0]' (did you mean 'expect'?)"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void aPackTestWhoseDescriptorIsAFileNameShowsTheFileForm() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\ntests:\n"
                + "  - { name: a, descriptor: examples/chat.yaml, expect: { recommendation: go } }\n"
                + "  - { name: b, descriptor: chat service, expect: { recommendation: go } }\n"
                + "  - { name: c, descriptor: Chat.YML, expect: { recommendation: go } }\n";
        assertEquals(List.of("p.yaml:4:28: error: descriptor of test 'a' is the descriptor written inline or a file"
                        + " named by 'file': write descriptor: { file: examples/chat.yaml }",
                "p.yaml:5:28: error: descriptor of test 'b' must be a mapping of keys to values, not 'chat service'",
                "p.yaml:6:28: error: descriptor of test 'c' is the descriptor written inline or a file named by 'file':"
                        + " write descriptor: { file: Chat.YML }"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void aKeyAtTheTopOfAPackIsToldWhereItBelongs() {
        String pack = "version: 1\nid: acme\nrevision: '1'\nrule:\n  - id: r\nwhen: io.streaming\nauthor: me\n";
        assertEquals(List.of("p.yaml:1:1: error: missing required key 'pack' in the rule pack",
                "p.yaml:2:1: error: unknown key 'id' in the rule pack; it belongs in 'pack'",
                "p.yaml:3:1: error: unknown key 'revision' in the rule pack; it belongs in 'pack'",
                "p.yaml:4:1: error: unknown key 'rule' in the rule pack (did you mean 'rules'?)",
                "p.yaml:6:1: error: unknown key 'when' in the rule pack; it belongs in a rule, an item of 'rules'"
                        + " (- id: ...)",
                "p.yaml:7:1: error: unknown key 'author' in the rule pack; known keys: version, pack, languages,"
                        + " candidates, criteria, capabilities, rules, tests"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void aPackTestThatExpectsNothingIsAnError() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\ntests:\n"
                + "  - { name: a, descriptor: { file: d.yaml }, expect: {} }\n"
                + "  - { name: b, descriptor: { file: d.yaml }, expect: { fired: [], notFired: [] } }\n"
                + "  - { name: c, descriptor: { file: d.yaml }, expect: { excluded: [] } }\n"
                + "  - { name: d, descriptor: { file: d.yaml }, expect: { recomendation: go } }\n"
                + "  - { name: e, descriptor: { file: d.yaml }, expect: { status: recomended } }\n";
        String nothing = "error: this test expects nothing, so it cannot fail; give 'expect' a recommendation, a status,"
                + " the excluded candidates, or rules that must fire or must not";
        // c says that no candidate is excluded, which can fail; d's and e's typos are said as such, and only so
        assertEquals(List.of("p.yaml:4:54: " + nothing, "p.yaml:5:54: " + nothing,
                "p.yaml:7:56: error: unknown key 'recomendation' in 'tests[3].expect' (did you mean 'recommendation'?)",
                "p.yaml:8:64: error: expected status is 'recomended'; allowed values are recommended, too-close,"
                        + " no-viable-candidate (did you mean 'recommended'?)"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void aClasspathPackNamesAFileNotAFolder() {
        // io/github/backendadvisor/rules is a folder of the plugin's classes and of the default pack's jar
        var located = new PackLocator(Fixtures.root(), getClass().getClassLoader(), "pom.xml")
                .locate(List.of("classpath:", "classpath:io/github/backendadvisor/rules/", "classpath:io/github/backendadvisor/rules"));
        String advice = " on the plugin's classpath; name the pack's YAML file, such as classpath:com/acme/backend-rules.yaml";
        assertEquals(List.of("pom.xml:1:1: error: rule pack 'classpath:' names no resource" + advice,
                "pom.xml:1:1: error: rule pack 'classpath:io/github/backendadvisor/rules' names a folder" + advice,
                "pom.xml:1:1: error: rule pack 'classpath:io/github/backendadvisor/rules/' names a folder" + advice),
                lines(located));
    }

    @Test
    void aDirectoryWithoutPacksSaysSoAndNamesASubfolderThatHasSome(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Files.createDirectories(dir.resolve("nested/a-notes"));
        Files.createDirectories(dir.resolve("nested/teams"));
        Files.writeString(dir.resolve("nested/README.md"), "packs are below");
        Files.writeString(dir.resolve("nested/teams/acme.yml"), "version: 1\n");
        var located = new PackLocator(dir, getClass().getClassLoader(), "pom.xml").locate(List.of("empty", "nested"));
        assertEquals(List.of("pom.xml:1:1: error: rule pack directory 'empty' holds no *.yaml or *.yml file",
                "pom.xml:1:1: error: rule pack directory 'nested' holds no *.yaml or *.yml file; subfolders are not"
                        + " read, but nested/teams holds packs: name it in rulePacks"), lines(located));
    }

    @Test
    void aMissingPackSuggestsAFileOrDirectoryWithACloseName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("rules/shared"));
        Files.writeString(dir.resolve("rules/team.yaml"), "version: 1\n");
        var located = new PackLocator(dir, getClass().getClassLoader(), "pom.xml")
                .locate(List.of("rules/teams.yaml", "rules/share", "rules/other.yaml"));
        assertEquals(List.of(
                "pom.xml:1:1: error: rule pack 'rules/other.yaml' does not exist (looked for "
                        + dir.resolve("rules/other.yaml") + ")",
                "pom.xml:1:1: error: rule pack 'rules/share' does not exist (looked for " + dir.resolve("rules/share")
                        + ") (did you mean 'rules/shared'?)",
                "pom.xml:1:1: error: rule pack 'rules/teams.yaml' does not exist (looked for "
                        + dir.resolve("rules/teams.yaml") + ") (did you mean 'rules/team.yaml'?)"),
                lines(located));
    }

    @Test
    void aNamedPipeIsNeverOpenedAsAPack(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is at hand");
        var located = new PackLocator(dir, getClass().getClassLoader(), "pom.xml").locate(List.of("pipe.yaml"));
        assertEquals(List.of("pom.xml:1:1: error: rule pack 'pipe.yaml' is neither a file nor a directory but a named"
                + " pipe, a device or a socket, which is not read"), lines(located));
    }

    @Test
    void aPackThatIsNotUtf8IsAnErrorAtItsFirstBadByte(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("latin1.yaml"), "version: 1\npack:\n  title: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        var located = new PackLocator(dir, getClass().getClassLoader(), "pom.xml").locate(List.of("latin1.yaml"));
        assertEquals(List.of("latin1.yaml:3:13: error: rule pack is not UTF-8 text: byte 0xE9 here is not part of a"
                + " UTF-8 character; save it as UTF-8"), lines(located));
    }

    @Test
    void aMappingDescribedInWordsIsNotQuotedAsIfItWereAKeyAndExcludeAsAListIsExplained() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n  - id: r\n    title: t\n"
                + "    when: io.streaming\n    exclude: [go]\n    because: b\ntests:\n  - name: t\n    descriptor: [x]\n"
                + "    expect: { recommendation: go }\n";
        List<String> got = lines(PackLoader.parse(new PackSource("p.yaml", pack, ".")));
        assertTrue(got.contains("p.yaml:7:14: error: exclude of rule 'r' maps each vetoed candidate to the reason shown"
                + " for it, such as exclude: { go: \"why\" }; a list gives no reasons"), got.toString());
        // the rule's exclusion has its error; that the rule would then do nothing is not said as well
        assertFalse(got.stream().anyMatch(l -> l.contains("would do nothing")), got.toString());
        assertTrue(got.contains("p.yaml:11:17: error: descriptor of test 't' must be a mapping of keys to values, not a list"),
                got.toString());
    }

    @Test
    void effectsExclusionsAndFindingsGivenTheWrongShapeAreShownWrittenOut() {
        String rule = "  - id: r%d\n    title: t\n    when: io.streaming\n    %s\n    because: b\n"
                + "    sources: [https://e.org/a]\n";
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n"
                + rule.formatted(0, "effects: { nodejs: +0.2, go: 0.1 }") + rule.formatted(1, "effects: { team: -0.1 }")
                + rule.formatted(2, "exclude: go") + rule.formatted(3, "finding: Streaming is hard")
                + rule.formatted(4, "finding: warn") + rule.formatted(5, "finding: Critical");
        assertEquals(List.of("p.yaml:7:14: error: 'rules[0].effects' maps each criterion to the deltas of its"
                        + " candidates, and these deltas have no criterion above them; write effects: { <criterion>:"
                        + " { nodejs: +0.2, go: 0.1 } }",
                "p.yaml:13:22: error: 'rules[1].effects.team' must map each candidate to its delta, not be one number;"
                        + " write team: { <candidate>: -0.1 }",
                "p.yaml:19:14: error: exclude of rule 'r2' maps each vetoed candidate to the reason shown for it: write"
                        + " exclude: { go: \"why\" }",
                "p.yaml:25:14: error: 'rules[3].finding' must be a mapping with a severity and a message: write"
                        + " finding: { severity: warning, message: Streaming is hard }",
                "p.yaml:31:14: error: 'rules[4].finding' must be a mapping with a severity and a message: write"
                        + " finding: { severity: warning, message: what the report says }",
                "p.yaml:37:14: error: 'rules[5].finding' must be a mapping with a severity and a message: write"
                        + " finding: { severity: error, message: what the report says }"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void sectionsWrittenInEachOthersFormAreShownWrittenOutAndStillRead() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nlanguages: [zig]\n"
                + "candidates:\n  - id: bun\n    title: Bun\n    languages: [zig]\n    runtime: zig\n"
                + "criteria:\n  - id: ops-fit\n    title: 'Ops: fit'\n    weight: 2\n"
                + "capabilities:\n  - { id: kv, title: Key-value, support: { bun: { level: strong } } }\n"
                + "rules:\n  fast-start:\n    title: t\n    when: deployment.coldStartSensitive\n"
                + "    effects: { ops-fit: { bun: +0.2 } }\n    exclude: { candidates: [bun], reason: Not yet }\n"
                + "    because: b\n    sources: [https://e.org/a]\n"
                + "  kv-needed:\n    title: t\n    when: needs(\"kv\")\n    effects: { ops-fit: { bun: 0.1 } }\n"
                + "    because: b\n    sources: [https://e.org/a]\n";
        Result<RuleSet> set = RuleSetCache.compile(List.of(new PackSource("p.yaml", pack, ".")),
                RuleSetBuilder.Options.defaults());
        // one error for each section, with the form it should have, and the problems inside the entries;
        // nothing about the candidate, criterion and capability that rules name, since they were read
        assertEquals(List.of(
                "p.yaml:5:3: error: 'candidates' maps each id to its entry, not a list of entries with an id as"
                        + " 'rules' is; write candidates: { bun: { title: Bun, languages: [zig], runtime: zig } }",
                "p.yaml:8:5: error: unknown key 'runtime' in 'candidates.bun'; known keys: title, languages, replaces",
                "p.yaml:10:3: error: 'criteria' maps each id to its entry, not a list of entries with an id as"
                        + " 'rules' is; write criteria: { ops-fit: { title: \"Ops: fit\", weight: 2 } }",
                "p.yaml:14:3: error: 'capabilities' maps each id to its entry, not a list of entries with an id as"
                        + " 'rules' is; write capabilities: { kv: { title: Key-value, support: { bun: ... } } }",
                "p.yaml:16:3: error: 'rules' is a list of rules, each with its id, not a mapping of ids; write each"
                        + " rule as an item that starts with its id: - id: fast-start",
                "p.yaml:20:16: error: exclude of rule 'fast-start' maps each vetoed candidate to the reason shown"
                        + " for it: write exclude: { bun: Not yet }"),
                lines(set));
        String listedOne = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n  - id: r\n    title: t\n"
                + "    when: io.streaming\n    exclude: { candidate: go, because: 'Why: none' }\n    because: b\n"
                + "    sources: [https://e.org/a]\n";
        assertEquals(List.of("p.yaml:7:16: error: exclude of rule 'r' maps each vetoed candidate to the reason shown"
                        + " for it: write exclude: { go: \"Why: none\" }"),
                lines(PackLoader.parse(new PackSource("p.yaml", listedOne, "."))));
        // rules as a mapping that is not one of ids to rules without ids keep the plain error
        String head = "version: 1\npack: { id: p, title: P, revision: '1' }\n";
        for (String rules : List.of("rules: {}\n", "rules:\n  My rule: { when: io.streaming }\n",
                "rules:\n  r: { id: r, when: io.streaming }\n", "rules:\n  s: text\n")) {
            assertEquals(List.of("p.yaml:" + (rules.equals("rules: {}\n") ? "3:8" : "4:3")
                    + ": error: 'rules' must be a list such as [a, b], not a mapping"),
                    lines(PackLoader.parse(new PackSource("p.yaml", head + rules, "."))), rules);
        }
        String noReason = head + "rules:\n  - id: r\n    title: t\n    when: io.streaming\n"
                + "    exclude: { candidates: [go, java] }\n    because: b\n    sources: [https://e.org/a]\n";
        assertEquals(List.of("p.yaml:7:16: error: exclude of rule 'r' maps each vetoed candidate to the reason shown"
                        + " for it: write exclude: { go: \"why\", java: \"why\" }"),
                lines(PackLoader.parse(new PackSource("p.yaml", noReason, "."))));
        // an empty list, a list of ids and a list with an item that is no entry keep the plain error
        String others = "version: 1\npack: { id: p, title: P, revision: '1' }\ncriteria: []\ncandidates: [deno, bun]\n"
                + "capabilities:\n  - id: kv\n  - just text\n";
        assertEquals(List.of("p.yaml:3:11: error: 'criteria' must be a mapping of keys to values, not a list",
                "p.yaml:4:13: error: 'candidates' must be a mapping of keys to values, not a list",
                "p.yaml:6:3: error: 'capabilities' must be a mapping of keys to values, not a list"),
                lines(PackLoader.parse(new PackSource("p.yaml", others, "."))));
    }

    @Test
    void aDeltaOrWeightWrittenAsAPercentageOrWithADecimalCommaSuggestsTheNumber() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\n"
                + "criteria:\n  fit:\n    title: Fit\n    weight: 2,5\nrules:\n  - id: r\n    title: t\n"
                + "    when: io.streaming\n    effects:\n      fit:\n        java: +20%\n        go: -0,1\n"
                + "        python: -5 %\n        nodejs: 150%\n    because: b\n    sources: [https://e.org/a]\n";
        assertEquals(List.of(
                "p.yaml:6:13: error: weight of criterion 'fit' must be a number > 0 and <= 1000, not '2,5'"
                        + " (did you mean 2.5?)",
                "p.yaml:13:15: error: rule 'r': delta for 'java' on 'fit' must be a number >= -1 and <= 1, not '+20%'"
                        + " (did you mean 0.2?)",
                "p.yaml:14:13: error: rule 'r': delta for 'go' on 'fit' must be a number >= -1 and <= 1, not '-0,1'"
                        + " (did you mean -0.1?)",
                "p.yaml:15:17: error: rule 'r': delta for 'python' on 'fit' must be a number >= -1 and <= 1, not '-5 %'"
                        + " (did you mean -0.05?)",
                "p.yaml:16:17: error: rule 'r': delta for 'nodejs' on 'fit' must be a number >= -1 and <= 1, not"
                        + " '150%'"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void aPackIdUsedTwiceIsReportedAtTheSecondIdAndNamesTheFirst() {
        String rest = ", title: P, revision: '1' }\nlanguages: [go]\n"
                + "candidates:\n  go: { title: Go, languages: [go] }\ncriteria:\n  team: { title: Team, weight: 1 }\n";
        var first = new PackSource("a.yaml", "version: 1\npack: { id: shared" + rest, ".");
        var second = new PackSource("b.yaml", "version: 1\n\npack:\n  title: Q\n  id: shared\n  revision: '2'\n", ".");
        assertEquals(List.of("b.yaml:5:7: error: pack id 'shared' is already the id of the pack at a.yaml:2:13;"
                + " give each rule pack an id of its own"),
                lines(RuleSetCache.compile(List.of(first, second), RuleSetBuilder.Options.defaults())));
    }

    @Test
    void idsListsAndExpressionsOfTheWrongShapeAreReportedAllAtOnce() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nlanguages: [go, go]\ncandidates:\n"
                + "  Node_JS: { title: Node }\n  go: { title: Go, languages: [] }\n"
                + "criteria:\n  team: { title: T, weight: 1, value: { skill: go } }\n"
                + "rules:\n  - id: r\n    title: t\n    when: [io.streaming]\n"
                + "    finding: { severity: info, message: m }\n    because: b\n";
        assertEquals(List.of(
                "p.yaml:3:17: error: language 'go' is listed twice",
                "p.yaml:5:3: error: id 'Node_JS' in 'candidates' must use only lower-case letters, digits and '-'",
                "p.yaml:6:3: error: candidate 'go' names no language; team skill needs at least one",
                "p.yaml:8:39: error: the value of criterion 'team' must be an expression written as text,"
                        + " not a mapping",
                "p.yaml:12:11: error: the condition of rule 'r' must be an expression written as text, not a list"),
                lines(RuleSetCache.compile(List.of(new PackSource("p.yaml", pack, ".")),
                        RuleSetBuilder.Options.defaults())));
        String noCriteria = "version: 1\npack: { id: p, title: P, revision: '1' }\nlanguages: [go]\n"
                + "candidates:\n  go: { title: Go, languages: [go] }\n";
        assertEquals(List.of("pom.xml:1:1: error: the rule packs in use define no criterion"),
                lines(RuleSetCache.compile(List.of(new PackSource("p.yaml", noCriteria, ".")),
                        RuleSetBuilder.Options.defaults())));
    }

    @Test
    void aNestedMappingThatIsNotOneIsNamedByItsPathFromTheTop() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\n"
                + "capabilities:\n  c: { title: C, support: { java: [strong] } }\n"
                + "rules:\n  - id: r\n    title: t\n    when: 'true'\n    effects: { team: [0.5] }\n"
                + "    finding: [warn]\n    because: b\n"
                + "tests:\n  - { name: t, descriptor: { file: d.yaml }, expect: [r] }\n";
        assertEquals(List.of(
                "p.yaml:4:35: error: 'capabilities.c.support.java' must be a mapping of keys to values, not a list",
                "p.yaml:9:22: error: 'rules[0].effects.team' must be a mapping of keys to values, not a list",
                "p.yaml:10:14: error: 'rules[0].finding' must be a mapping of keys to values, not a list",
                "p.yaml:13:54: error: 'tests[0].expect' must be a mapping of keys to values, not a list"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
    }

    @Test
    void anotherFormatVersionSaysWhichVersionIsRead() {
        String rest = "\npack: { id: p, title: P, revision: '1' }\n";
        assertEquals(List.of("p.yaml:1:10: error: rule pack format version 2 is not supported; this plugin reads version 1"),
                lines(PackLoader.parse(new PackSource("p.yaml", "version: 2" + rest, "."))));
        assertEquals(List.of("p.yaml:1:10: error: 'version' must be a whole number, not '1.0' (did you mean 1?)"),
                lines(PackLoader.parse(new PackSource("p.yaml", "version: 1.0" + rest, "."))));
        assertEquals(List.of(), lines(PackLoader.parse(new PackSource("p.yaml", "version: 1" + rest, "."))));
    }

    @Test
    void anotherFormatVersionIsNotJudgedByThisVersionsKeys() {
        String later = "version: 3\npack: { id: p, title: P }\nscoring: { method: topsis }\nrules: { r: { when: x } }\n";
        assertEquals(List.of("p.yaml:1:10: error: rule pack format version 3 is not supported; this plugin reads version 1"),
                lines(PackLoader.parse(new PackSource("p.yaml", later, "."))));
    }

    @Test
    void aRuleKeyFromAnotherToolOrPlaceIsToldWhichKeyItIs() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n  - id: r\n    title: t\n"
                + "    condition: io.streaming\n    severity: warning\n    rationale: b\n    links: [https://example.org]\n"
                + "    owner: me\n";
        assertEquals(List.of(
                "p.yaml:6:5: error: unknown key 'condition' in 'rules[0]' (did you mean 'when'?)",
                "p.yaml:7:5: error: unknown key 'severity' in 'rules[0]'; it belongs in 'finding'",
                "p.yaml:8:5: error: unknown key 'rationale' in 'rules[0]' (did you mean 'because'?)",
                "p.yaml:9:5: error: unknown key 'links' in 'rules[0]' (did you mean 'sources'?)",
                "p.yaml:10:5: error: unknown key 'owner' in 'rules[0]'; known keys: id, title, when, effects, exclude,"
                        + " finding, because, sources, replaces"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))),
                "one error for each key, and none for the 'when' that 'condition' stands for");
    }

    @Test
    void anIdInAnotherCaseAWordForASeverityOrLevelAndASourceWithoutItsSchemeGetWhatTheyMean() {
        String pack = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n  - id: ACME_Rule\n    title: t\n"
                + "    when: io.streaming\n    finding: { severity: critical, message: m }\n    because: b\n"
                + "    sources: [example.org/page, not a url]\n";
        assertEquals(List.of(
                "p.yaml:4:9: error: rule id 'ACME_Rule' must use only lower-case letters, digits and '-'"
                        + " (did you mean 'acme-rule'?)",
                "p.yaml:7:26: error: finding severity is 'critical'; allowed values are info, warning, error"
                        + " (did you mean 'error'?)",
                "p.yaml:9:15: error: source 'example.org/page' must be an http(s) URL"
                        + " (did you mean 'https://example.org/page'?)",
                "p.yaml:9:33: error: source 'not a url' must be an http(s) URL"),
                lines(PackLoader.parse(new PackSource("p.yaml", pack, "."))));
        // only what looks like a host name gets the suggestion
        String hosts = "version: 1\npack: { id: p, title: P, revision: '1' }\nrules:\n  - id: r\n    title: t\n"
                + "    when: io.streaming\n    finding: { severity: info, message: m }\n    because: b\n"
                + "    sources: [docs.python.org, localhost/x, .example.org/x, example.org./x, ':example.org/x']\n";
        assertEquals(List.of(
                "p.yaml:9:15: error: source 'docs.python.org' must be an http(s) URL"
                        + " (did you mean 'https://docs.python.org'?)",
                "p.yaml:9:32: error: source 'localhost/x' must be an http(s) URL",
                "p.yaml:9:45: error: source '.example.org/x' must be an http(s) URL",
                "p.yaml:9:61: error: source 'example.org./x' must be an http(s) URL",
                "p.yaml:9:77: error: source ':example.org/x' must be an http(s) URL"),
                lines(PackLoader.parse(new PackSource("p.yaml", hosts, "."))));
        String capability = "version: 1\npack: { id: p, title: P, revision: '1' }\ncapabilities:\n  c:\n    title: C\n"
                + "    support:\n      java: { level: good }\n      go: { level: poor }\n";
        assertEquals(List.of(
                "p.yaml:7:22: error: support level is 'good'; allowed values are strong, adequate, weak, none"
                        + " (did you mean 'adequate'?)",
                "p.yaml:8:20: error: support level is 'poor'; allowed values are strong, adequate, weak, none"
                        + " (did you mean 'weak'?)"),
                lines(PackLoader.parse(new PackSource("p.yaml", capability, "."))));
    }

    @Test
    void aSupportLevelWrittenAloneIsShownInTheMappingItBelongsIn() {
        String capability = "version: 1\npack: { id: p, title: P, revision: '1' }\ncapabilities:\n  c:\n    title: C\n"
                + "    support:\n      java: strong\n      go: Good\n      python: lots\n      nodejs: { level: weak }\n";
        assertEquals(List.of(
                "p.yaml:7:13: error: 'capabilities.c.support.java' must be a mapping with a level, not 'strong';"
                        + " write { level: strong }",
                "p.yaml:8:11: error: 'capabilities.c.support.go' must be a mapping with a level, not 'Good';"
                        + " write { level: adequate }",
                "p.yaml:9:15: error: 'capabilities.c.support.python' must be a mapping with a level, not 'lots'; write"
                        + " { level: strong | adequate | weak | none }"),
                lines(PackLoader.parse(new PackSource("p.yaml", capability, "."))));
    }

    @Test
    void aDirectoryIsReadInNameOrder() {
        var located = new PackLocator(Fixtures.path("packs/small.yaml").getParent().getParent(),
                getClass().getClassLoader(), "pom.xml").locate(List.of("packs"));
        assertTrue(located.ok());
        List<String> names = located.get().stream().map(PackSource::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        assertTrue(names.contains("packs/small.yaml"), names.toString());
    }

    @Test
    void aPackNamedTwiceDirectlyOrThroughItsDirectoryIsAnErrorThatSaysHow() {
        var located = new PackLocator(Fixtures.root(), getClass().getClassLoader(), "pom.xml").locate(List.of(
                PackLocator.DEFAULT_PACK, "packs/small.yaml", "packs", "./packs/small.yaml",
                "classpath:/io/github/backendadvisor/rules/default.yaml", "packs/small.yaml"));
        // all at the POM's rulePacks, so in the order of their text
        assertEquals(List.of(
                "pom.xml:1:1: error: rule pack './packs/small.yaml' is read twice, through 'packs/small.yaml' and"
                        + " through './packs/small.yaml' in rulePacks; name each pack once",
                "pom.xml:1:1: error: rule pack 'classpath:/io/github/backendadvisor/rules/default.yaml' is the default"
                        + " pack, which useDefaultRules already loads; remove it from rulePacks",
                "pom.xml:1:1: error: rule pack 'packs/small.yaml' is named twice in rulePacks; name each pack once",
                "pom.xml:1:1: error: rule pack 'packs/small.yaml' is read twice, through 'packs/small.yaml' and"
                        + " through 'packs' in rulePacks; name each pack once"), lines(located));
    }
}
