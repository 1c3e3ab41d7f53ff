package io.github.backendadvisor.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

/** Every row of the validation table of descriptor.md, with its exact message and position. */
class DescriptorValidationTest {

    private static List<String> load(String name) {
        String resource = "descriptors/invalid/" + name;
        Result<Descriptor> r = DescriptorLoader.load(Fixtures.path(resource), name);
        return r.diagnostics().stream().map(Diagnostic::format).toList();
    }

    /** Loads against the small test pack, so ids are checked too. */
    private static List<String> advise(String name) {
        Advice a = new Advisor().advise(Fixtures.request("descriptors/invalid/" + name, "packs/small.yaml"));
        return a.diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void yamlSyntaxErrorAtTheParsersPosition() {
        assertEquals(List.of("syntax-error.yaml:4:2: error: YAML syntax error: this line is indented to match no key"
                + " above it; the keys of one mapping start in the same column"), load("syntax-error.yaml"));
    }

    private static List<String> parse(String yaml) {
        return DescriptorLoader.parse(yaml, "d.yaml").diagnostics().stream().map(Diagnostic::format).toList();
    }

    @Test
    void theCommonestSyntaxErrorsSayWhatToChange() {
        String colon = "YAML syntax error: a ':' here cannot start a key; a value that holds ': ' must be in quotes,"
                + " and otherwise this line is indented under a key that already has a value, or the line above lacks its ':'";
        assertEquals(List.of("d.yaml:3:20: error: " + colon),
                parse("version: 1\nservice:\n  description: Note: read this\n"));
        assertEquals(List.of("d.yaml:4:8: error: " + colon), parse("version: 1\nlibraries:\nfoo: bar\n  needs: [pdf]\n"));
        assertEquals(List.of("d.yaml:4:8: error: " + colon), parse("version: 1\nservice:\n  name x\n  other: 1\n"));
        assertEquals(List.of("d.yaml:4:5: error: YAML syntax error: this line is indented to match no key above it;"
                + " the keys of one mapping start in the same column"),
                parse("version: 1\nlibraries:\n  needs: [pdf]\n    mustHave: [pdf]\n"));
        assertEquals(List.of("d.yaml:4:3: error: YAML syntax error: a list item ('- ') where a key was expected; a list"
                + " goes under a key of its own, indented below it"), parse("version: 1\nlibraries:\n  needs: x\n  - pdf\n"));
        assertEquals(List.of("d.yaml:3:1: error: YAML syntax error: a tab; YAML indents with spaces only"),
                parse("version: 1\nservice:\n\tname: x\n"));
        assertEquals(List.of("d.yaml:2:10: error: YAML syntax error: a plain value cannot start with '@'; put the value"
                + " in quotes"), parse("version: 1\nservice: @team\n"));
        assertEquals(List.of("d.yaml:4:3: error: YAML syntax error: a key where a list item was expected; each item"
                + " of a list starts with '- '"), parse("version: 1\nlibraries:\n  - pdf\n  auth: 1\n"));
        assertEquals(List.of("d.yaml:3:19: error: YAML syntax error: text after the closing quote of a quoted value;"
                + " quote the whole value, and write a ' inside '...' twice ('it''s')"),
                parse("version: 1\nservice:\n  name: 'the team's'\n"));
        assertEquals(List.of("d.yaml:4:3: error: YAML syntax error: this key has no ':' after it; write 'key: value'"),
                parse("version: 1\nservice:\n  name: x\n  description x\nio:\n  profile: mixed\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "60,000  | 60000", "60_000 | 60000", "60 000 | 60000", "60k | 60000", "60K | 60000", "1.5M | 1500000",
        "6e4 | 60000", "60000.0 | 60000"})
    void aWholeNumberWrittenAsPeopleWriteItIsSuggested(String written, String meant) {
        assertEquals(List.of("d.yaml:3:30: error: 'concurrency.peakConcurrentConnections' must be a whole number >= 0,"
                + " not '" + written + "' (did you mean " + meant + "?)"),
                parse("version: 1\nconcurrency:\n  peakConcurrentConnections: " + written + "\n  peakRequestsPerSecond: 1\n"
                        + "service: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"150ms | 150", "150 ms | 150", "150MS | 150", "150s | ", "1.5ms | "})
    void millisecondsWrittenWithTheirUnitAreSuggestedWithout(String written, String meant) {
        String suggestion = meant == null ? "" : " (did you mean " + meant + "?)";
        assertEquals(List.of("d.yaml:5:20: error: 'concurrency.latencyTargetMs' must be a whole number >= 1, not '"
                + written + "'" + suggestion),
                parse("version: 1\nconcurrency:\n  peakConcurrentConnections: 1\n  peakRequestsPerSecond: 1\n"
                        + "  latencyTargetMs: " + written + "\nservice: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5% | 0.05", "50 % | 0.5", "0,5 | 0.5", "+5% | 0.05", "1,5e1 | ", "60k | ",
        "150% | ", "-5% | ", "-0,5 | ", "lots | "})
    void aFractionWrittenAsAPercentageOrWithADecimalCommaIsSuggested(String written, String meant) {
        String suggestion = meant == null ? "" : " (did you mean " + meant + "?)";
        assertEquals(List.of("d.yaml:7:17: error: 'io.cpuWorkShare' must be a number >= 0 and <= 1, not '" + written + "'"
                + suggestion),
                parse("version: 1\nconcurrency:\n  peakConcurrentConnections: 1\n  peakRequestsPerSecond: 1\n"
                        + "service: {name: x}\nio:\n  cpuWorkShare: " + written + "\n  profile: mixed\nteam: {skills: {go: 1}}\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"expert | 5", "Competent | 3", "none | 0"})
    void aSkillWrittenAsTheWordOfItsLevelIsSuggestedAsItsNumber(String written, String meant) {
        assertEquals(List.of("d.yaml:4:21: error: skill level of 'go' must be a whole number from 0 to 5, not '"
                + written + "' (did you mean " + meant + "? the levels are 0 none, 1 aware, 2 beginner, 3 competent,"
                + " 4 proficient, 5 expert)"),
                parse("version: 1\nconcurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                        + "service: {name: x}\nteam: {skills: {go: " + written + "}}\nio: {profile: mixed}\n"));
    }

    @Test
    void aSectionGivenItsMainFieldAloneIsWrittenOut() {
        String must = "' must be a mapping of keys to values, not ";
        assertEquals(List.of("d.yaml:2:10: error: 'service" + must + "'live-chat'; write service: { name: live-chat }",
                "d.yaml:4:5: error: 'io" + must + "'io-bound'; write io: { profile: io-bound }",
                "d.yaml:6:12: error: 'libraries" + must + "a list; write libraries: { needs: [websockets, orm] }",
                "d.yaml:7:13: error: 'deployment" + must + "'serverless'; write deployment: { target: serverless }",
                // no field of its own to name: the plain message
                "d.yaml:8:10: error: 'weights" + must + "'3'"),
                parse("version: 1\nservice: live-chat\n"
                        + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\nio: io-bound\n"
                        + "team: {skills: {go: 1}}\nlibraries: [websockets, orm]\ndeployment: serverless\nweights: 3\n"));
    }

    @Test
    void aWaiverGivenAsARuleIdAloneIsShownWithItsReasonAndDate() {
        String form = "each waiver names its rule, why and until when: waivers: [{ rule: r, reason: why it is"
                + " accepted, until: 2027-06-30 }]";
        String head = "version: 1\nconcurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                + "service: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\ndecision:\n  waivers: ";
        assertEquals(List.of("d.yaml:7:12: error: 'decision.waivers' must be a list of waivers, not 'r'; " + form),
                parse(head + "r\n"));
        assertEquals(List.of("d.yaml:7:13: error: 'decision.waivers[0]' must be a mapping of keys to values, not 'r'; "
                + form), parse(head + "[r]\n"));
        // prose is no rule id, so the waiver's form is not shown with it
        assertEquals(List.of("d.yaml:7:13: error: 'decision.waivers[0]' must be a mapping of keys to values, not"
                + " 'known issue'"), parse(head + "[known issue]\n"));
    }

    @Test
    void aRuleIsWaivedOnce() {
        // one waiver renewed by adding another would waive the finding and still fail check when the first expires
        assertEquals(List.of("d.yaml:10:14: error: rule 'r' is waived a second time (first at 8:14); keep one waiver"
                + " per rule, with its latest reason and date"),
                parse("version: 1\nconcurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                        + "service: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\ndecision:\n  waivers:\n"
                        + "    - {rule: r, reason: known, until: 2027-06-30}\n    - {rule: q, reason: known, until: 2027-06-30}\n"
                        + "    - {rule: r, reason: again, until: 2028-06-30}\n"));
    }

    @Test
    void aWaiverDateInAnotherFormSuggestsItsIsoForm() {
        List<String> errors = parse("version: 1\nconcurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                + "service: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\ndecision:\n  waivers:\n"
                + "    - {rule: r, reason: known, until: 30/06/2027}\n    - {rule: r, reason: known, until: 05/06/2027}\n");
        assertTrue(errors.contains("d.yaml:8:39: error: 'until' of a waiver must be an ISO date such as 2027-06-30, not"
                + " '30/06/2027' (did you mean 2027-06-30?)"), errors.toString());
        assertTrue(errors.contains("d.yaml:9:39: error: 'until' of a waiver must be an ISO date such as 2027-06-30, not"
                + " '05/06/2027'"), errors.toString());
    }

    @Test
    void anUnclosedQuoteOrBracketNamesWhereItStarts() {
        assertEquals(List.of("d.yaml:2:17: error: YAML syntax error: this quote is never closed; end the value with"
                        + " the same quote (the parser reached line 5 without finding it)"),
                parse("version: 1\nservice: {name: \"unterminated\nio:\n  profile: x\n"));
        assertEquals(List.of("d.yaml:3:10: error: YAML syntax error: this '[' is never closed with ']' (the parser"
                        + " reached line 5 without finding it)"),
                parse("version: 1\nlibraries:\n  needs: [pdf,\n    auth\n"));
        assertEquals(List.of("d.yaml:2:10: error: YAML syntax error: this '{' is not closed with '}' before line 3, where"
                        + " the parser stopped; close it, or if it spans lines, put a ',' between its entries"),
                parse("version: 1\nservice: {name: x\nio:\n  profile: x\n"));
    }

    @Test
    void aBracketTheParserStoppedInBeforeTheEndOfTheFileNamesBothLikelyMistakes() {
        // a ']' missing at the end of its line, or a ',' missing in a list that spans lines, stop the parser alike
        assertEquals(List.of("d.yaml:3:10: error: YAML syntax error: this '[' is not closed with ']' before line 4, where"
                + " the parser stopped; close it, or if it spans lines, put a ',' between its entries"),
                parse("version: 1\nlibraries:\n  needs: [pdf, auth\nio:\n  profile: mixed\n"));
        assertEquals(List.of("d.yaml:2:10: error: YAML syntax error: this '{' is not closed with '}' before line 3, where"
                + " the parser stopped; close it, or if it spans lines, put a ',' between its entries"),
                parse("version: 1\nservice: {name: x\n  other: y}\nio:\n  profile: mixed\n"));
    }

    @Test
    void aSecondDocumentIsNamedWhereItStarts() {
        assertEquals(List.of("d.yaml:2:1: error: YAML syntax error: a second document starts here; the file must hold"
                        + " one YAML document, so remove this '---' and whichever document is not meant"),
                parse("version: 1\n---\nversion: 1\n"));
    }

    @Test
    void unknownKeyWithSuggestion() {
        assertEquals(List.of("unknown-key.yaml:5:3: error: unknown key 'peakConnection' in 'concurrency'"
                + " (did you mean 'peakConcurrentConnections'?)"), load("unknown-key.yaml"));
    }

    @Test
    void missingRequiredFieldAndSectionAtTheEnclosingSection() {
        assertEquals(List.of(
                "missing-required.yaml:1:1: error: missing required key 'io' in the descriptor",
                "missing-required.yaml:5:3: error: missing required key 'peakRequestsPerSecond' in 'concurrency'"),
                load("missing-required.yaml"));
    }

    @Test
    void aRequiredKeyWithNoValueIsAnErrorAtTheKey() {
        assertEquals(List.of("d.yaml:3:3: error: 'service.name' has no value; it is required",
                "d.yaml:9:3: error: 'io.profile' has no value; it is required"),
                DescriptorLoader.parse("version: 1\nservice:\n  name:\nconcurrency:\n  peakConcurrentConnections: 1\n"
                        + "  peakRequestsPerSecond: 1\n  latencyTargetMs: ~\nio:\n  profile:\nteam:\n  skills: {go: 1}\n",
                        "d.yaml").diagnostics().stream().map(Diagnostic::format).toList());
        // at the top, the key is named alone, not as a key of "the descriptor"
        assertEquals(List.of("d.yaml:1:1: error: 'version' has no value; it is required",
                "d.yaml:3:1: error: 'team' has no value; it is required"),
                parse("version:\nservice: {name: x}\nteam:\nio: {profile: mixed}\n"
                        + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"));
        assertEquals(List.of("d.yaml:1:1: error: the descriptor must be a mapping of keys to values, not a list"),
                parse("- version: 1\n"));
    }

    @Test
    void misspeltRequiredKeyIsOneErrorAtTheMisspelling() {
        assertEquals(List.of(
                "misspelt-required.yaml:6:3: error: unknown key 'peakRequestPerSecond' in 'concurrency'"
                        + " (did you mean 'peakRequestsPerSecond'?)",
                "misspelt-required.yaml:9:1: error: unknown key 'tem' in the descriptor (did you mean 'team'?)"),
                load("misspelt-required.yaml"));
    }

    @Test
    void aKeyInTheWrongPlaceIsToldWhereItBelongs() {
        // a section indented under another is one error, there; no "missing required key" at the top
        assertEquals(List.of(
                "d.yaml:2:1: error: unknown key 'chosen' in the descriptor; it belongs in 'decision'",
                "d.yaml:3:20: error: unknown key 'owner' in 'service'; known keys: name, description",
                "d.yaml:7:3: error: unknown key 'target' in 'io'; it belongs in 'deployment'",
                "d.yaml:8:3: error: unknown key 'team' in 'io'; 'team' is a section of its own: start it at the beginning"
                        + " of its line, not indented under 'io'",
                "d.yaml:13:7: error: unknown key 'chosen' in 'decision.waivers[0]'; it belongs in 'decision'"),
                parse("version: 1\nchosen: go\nservice: {name: x, owner: y}\n"
                        + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                        + "io:\n  profile: mixed\n  target: vm\n  team:\n    skills: {go: 3}\n"
                        + "decision:\n  waivers:\n    - {rule: r, reason: x, until: 2027-01-01,\n      chosen: go}\n"));
        // a criterion called like a section, under weights, is no section: the missing one is reported
        assertEquals(List.of("d.yaml:1:1: error: missing required key 'team' in the descriptor"),
                parse("version: 1\nservice: {name: x}\nio: {profile: mixed}\nweights: {team: 2}\n"
                        + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"));
    }

    @Test
    void aWeightOfZeroSaysWhatComesClosest() {
        assertEquals(List.of("d.yaml:6:17: error: weight of 'team' is 0; it must be a number > 0, since every criterion"
                + " counts; to make it count for little, give it a small weight such as 0.1",
                "d.yaml:6:50: error: weight of 'performance' is 0.0; it must be a number > 0, since every criterion"
                + " counts; to make it count for little, give it a small weight such as 0.1"),
                parse("version: 1\nservice: {name: x}\nio: {profile: mixed}\nteam: {skills: {go: 1}}\n"
                        + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                        + "weights: {team: 0, architecture: 2, performance: 0.0}\n"));
    }

    @Test
    void aValueOfTheWrongShapeShowsTheShapeItMeant() {
        assertEquals(List.of(
                "d.yaml:3:42: error: 'concurrency.peakConcurrentConnections' must be a whole number, not '60000' in quotes;"
                        + " write it without quotes: 60000",
                "d.yaml:4:36: error: 'io.cpuWorkShare' must be a number >= 0 and <= 1, not '0.5' in quotes; write it without"
                        + " quotes: 0.5",
                "d.yaml:5:16: error: 'team.skills' must map each language to a level from 0 (none) to 5 (expert), not be a"
                        + " list; write {javascript: <level>, typescript: <level>} with the team's levels",
                "d.yaml:7:10: error: 'libraries.needs' must be a list such as [a, b], not 'websockets, rest-api' (did you"
                        + " mean [websockets, rest-api]?)"),
                parse("version: 1\nservice: {name: x}\n"
                        + "concurrency: {peakConcurrentConnections: \"60000\", peakRequestsPerSecond: 1}\n"
                        + "io: {profile: mixed, cpuWorkShare: '0.5'}\nteam: {skills: [javascript, typescript]}\n"
                        + "libraries:\n  needs: websockets, rest-api\n  mustHave: [websockets]\n"),
                "needs that are not a list are their own error, with no warning that a must-have is not among them");
    }

    @Test
    void wrongTypeNamesTheAllowedType() {
        assertEquals(List.of(
                "wrong-type.yaml:6:26: error: 'concurrency.peakRequestsPerSecond' must be a whole number >= 0, not 'lots'",
                "wrong-type.yaml:7:25: error: 'concurrency.longLivedConnections' must be true or false, not 'true' in quotes"),
                load("wrong-type.yaml"));
    }

    @Test
    void outOfRangeNamesTheRange() {
        assertEquals(List.of(
                "out-of-range.yaml:5:30: error: 'concurrency.peakConcurrentConnections' is -1; it must be >= 0",
                "out-of-range.yaml:6:26: error: 'concurrency.peakRequestsPerSecond' is 3000000000; it must be >= 0"
                        + " and at most 2147483647",
                "out-of-range.yaml:9:17: error: 'io.cpuWorkShare' is 1.5; it must be a number >= 0 and <= 1",
                "out-of-range.yaml:12:13: error: skill level of 'python' is 7; it must be from 0 to 5"),
                load("out-of-range.yaml"));
    }

    @Test
    void enumValueListsTheAllowedValuesAndSuggests() {
        assertEquals(List.of(
                "bad-enum.yaml:8:12: error: 'io.profile' is 'io_bound'; allowed values are io-bound, cpu-bound, mixed"
                        + " (did you mean 'io-bound'?)",
                "bad-enum.yaml:12:11: error: 'deployment.target' is 'lambda'; allowed values are containers,"
                        + " serverless, vm, edge (did you mean 'serverless'?)"),
                load("bad-enum.yaml"));
    }

    @Test
    void idsNoPackDefinesAreErrorsWithSuggestions() {
        assertEquals(List.of(
                "descriptors/invalid/unknown-ids.yaml:11:5: error: unknown language 'pyton'; no rule pack in use"
                        + " defines it (did you mean 'python'?)",
                "descriptors/invalid/unknown-ids.yaml:13:11: error: unknown capability 'websocket'; no rule pack in use"
                        + " defines it (did you mean 'websockets'?)",
                "descriptors/invalid/unknown-ids.yaml:15:3: error: unknown criterion 'teem'; no rule pack in use"
                        + " defines it (did you mean 'team'?)",
                "descriptors/invalid/unknown-ids.yaml:17:11: error: unknown candidate 'node'; no rule pack in use"
                        + " defines it (did you mean 'nodejs'?)",
                "descriptors/invalid/unknown-ids.yaml:19:13: error: unknown rule 'cpu-hevy'; no rule pack in use"
                        + " defines it (did you mean 'cpu-heavy'?)"),
                advise("unknown-ids.yaml"));
    }

    @Test
    void mustHaveNotInNeedsIsAWarningAndCountsAsNeeded() {
        Result<Descriptor> r = DescriptorLoader.load(Fixtures.path("descriptors/invalid/musthave-not-needed.yaml"),
                "musthave-not-needed.yaml");
        assertEquals(List.of("musthave-not-needed.yaml:13:14: warning: 'ml-training' is in 'libraries.mustHave' but"
                + " not in 'libraries.needs'; it is treated as needed too"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
        assertTrue(r.ok());
        assertEquals(List.of("websockets", "ml-training"), r.get().libraries().needs());
    }

    @Test
    void duplicateKeyAtTheSecondOccurrence() {
        assertEquals(List.of("duplicate-key.yaml:7:3: error: duplicate key 'peakConcurrentConnections' (first at 5:3);"
                + " write each key once"),
                load("duplicate-key.yaml"));
    }

    @Test
    void typeTagsAreRejectedAndNothingIsConstructed() {
        assertEquals(List.of("java-tag.yaml:3:9: error: YAML tag 'tag:yaml.org,2002:java.net.URL' is not allowed;"
                + " only plain values, lists and mappings are read (no object is ever constructed)"),
                load("java-tag.yaml"));
    }

    @Test
    void otherVersionsSayWhichVersionIsRead() {
        assertEquals(List.of("version-2.yaml:1:10: error: descriptor format version 2 is not supported;"
                + " this plugin reads version 1"), load("version-2.yaml"));
    }

    @Test
    void anotherVersionIsNotJudgedByThisVersionsKeys() {
        // a descriptor written for a later format: its keys are not errors of this one
        assertEquals(List.of("d.yaml:1:10: error: descriptor format version 2 is not supported; this plugin reads"
                + " version 1"), parse("version: 2\nservice: {name: x, owner: y}\nload: {peak: 5}\n"));
    }

    @Test
    void aVersionThatIsNoWholeNumberNamesNoRange() {
        String rest = "service: {name: x}\nconcurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\n"
                + "io: {profile: mixed}\nteam: {skills: {go: 3}}\n";
        assertEquals(List.of("d.yaml:1:10: error: 'version' must be a whole number, not '1.0' (did you mean 1?)"),
                parse("version: 1.0\n" + rest));
        assertEquals(List.of("d.yaml:1:10: error: 'version' is 99999999999; it must be at most 2147483647"),
                parse("version: 99999999999\n" + rest));
        assertEquals(List.of("d.yaml:1:10: error: 'version' is -99999999999; it must be at least -2147483648"),
                parse("version: -99999999999\n" + rest));
        assertEquals(List.of("d.yaml:1:10: error: descriptor format version 0 is not supported; this plugin reads"
                + " version 1"), parse("version: 0\n" + rest));
    }

    @Test
    void yaml11SurprisesAreNotSilentlyConverted() {
        assertEquals(List.of(
                "yaml11-surprises.yaml:5:30: error: 'concurrency.peakConcurrentConnections' '010' has a leading zero,"
                        + " which YAML 1.1 reads as an octal number; write it without the leading zero",
                "yaml11-surprises.yaml:7:25: error: 'concurrency.longLivedConnections' is 'yes', which YAML 1.1 reads"
                        + " as a boolean by accident; write true or false"),
                load("yaml11-surprises.yaml"));
        // a string field keeps the text: NO stays "NO", never false
        Result<Descriptor> ok = DescriptorLoader.parse(Fixtures.text("descriptors/invalid/yaml11-surprises.yaml")
                .replace("010", "10").replace("yes", "true"), "x.yaml");
        assertEquals("NO", ok.get().service().name());
    }

    @Test
    void emptyFileIsAnError() {
        assertEquals(List.of("empty.yaml:1:1: error: file is empty; expected a YAML mapping"), load("empty.yaml"));
        assertEquals(List.of("d.yaml:1:1: error: file is empty; expected a YAML mapping"), parse("\uFEFF \n\n"));
    }

    @Test
    void aFileOfCommentsOrAnEmptyDocumentIsNotCalledEmptyText() {
        String noContent = "d.yaml:1:1: error: file holds no YAML content, only comments or directives; expected a"
                + " YAML mapping";
        assertEquals(List.of(noContent), parse("# backend requirements, to be written\n"));
        assertEquals(List.of(noContent), parse("%YAML 1.1\n# nothing yet\n"));
        // an empty document is YAML's null, named as an empty value rather than as the text ''
        assertEquals(List.of("d.yaml:2:1: error: the descriptor must be a mapping of keys to values, not an empty"
                + " value"), parse("---\n"));
        assertEquals(List.of("d.yaml:1:1: error: the descriptor must be a mapping of keys to values, not empty"
                + " text"), parse("''\n"));
        assertEquals(List.of("d.yaml:1:1: error: the descriptor must be a mapping of keys to values, not 'live'"),
                parse("live\n"));
    }

    @Test
    void aliasBombIsRejectedQuickly() {
        List<String> ds = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load("alias-bomb.yaml"));
        assertEquals(1, ds.size(), ds.toString());
        // the eleventh alias to a list: the second on line 3, after the nine of line 2
        assertEquals("alias-bomb.yaml:3:11: error: YAML rejected: too many aliases: at most 10 aliases to lists or"
                + " mappings are read, and this is one more (aliases can multiply the size of a document)", ds.get(0));
    }

    @Test
    void controlAndReorderingCharactersAreRejectedWhereTheTextIs(@TempDir Path dir) throws IOException {
        // a terminal or a CI log acts on an escape character, and a right-to-left override shows text in
        // another order than it reads; a tab, a line break and a right-to-left mark are text
        Path f = dir.resolve("d.yaml");
        Files.writeString(f, Fixtures.text("descriptors/valid.yaml")
                .replace("name: live-scores", "name: \"live\\e[31mscores\"")
                .replace("description: Pushes live match scores", "description: \"Pushes\\tlive \u200fscores\\nfast\"")
                .replace("  skills:", "  \"sk\u202eills\":"), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "d.yaml:3:9: error: text holds the control character U+001B; descriptors and rule packs hold printable"
                        + " text only",
                "d.yaml:13:3: error: text holds U+202E, a character that changes the order in which text is shown;"
                        + " remove it"),
                DescriptorLoader.load(f, "d.yaml").diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aNamedPipeIsReportedAndNeverOpened(@TempDir Path dir) throws Exception {
        // opening a pipe without a writer would wait for one: the build would hang
        Path fifo = dir.resolve("backend-requirements.yaml");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is at hand");
        List<String> ds = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> DescriptorLoader.load(fifo,
                "backend-requirements.yaml").diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("backend-requirements.yaml:1:1: error: this is not a file but a named pipe, a device or a"
                + " socket, which is not read; a YAML file is expected here"), ds);
    }

    @Test
    void deepNestingIsRejected(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("deep.yaml");
        Files.writeString(f, "a: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        List<Diagnostic> ds = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> DescriptorLoader.load(f, "deep.yaml").diagnostics());
        assertEquals(1, ds.size(), ds.toString());
        // below the top mapping, the lists from column 4 on are levels 1, 2, ...; the 21st, at column 24, is one too deep
        assertEquals("deep.yaml:1:24: error: YAML rejected: nesting is deeper than 20 levels", ds.get(0).format());
    }

    @Test
    void filesLargerThanOneMebibyteAreNotRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "# " + "x".repeat(1024 * 1024) + "\n");
        List<String> ds = DescriptorLoader.load(f, "big.yaml").diagnostics().stream().map(Diagnostic::format).toList();
        assertEquals(List.of("big.yaml:1:1: error: file is 1048579 bytes; files larger than 1 MiB (1048576 bytes)"
                + " are not read"), ds);
    }

    @Test
    void aDirectoryIsNotReadAsAFile(@TempDir Path dir) throws IOException {
        Path d = Files.createDirectory(dir.resolve("backend-requirements.yaml"));
        List<String> ds = DescriptorLoader.load(d, "backend-requirements.yaml").diagnostics().stream()
                .map(Diagnostic::format).toList();
        assertEquals(List.of("backend-requirements.yaml:1:1: error: this is a directory; a YAML file is expected here"), ds);
        // the one YAML file a directory holds is most likely the one meant; of two, neither is guessed
        Files.writeString(d.resolve("service.yml"), "version: 1\n");
        Files.writeString(d.resolve("notes.txt"), "not YAML\n");
        assertEquals(List.of("backend-requirements.yaml:1:1: error: this is a directory; a YAML file is expected here"
                + " (did you mean 'backend-requirements.yaml/service.yml'?)"),
                DescriptorLoader.load(d, "backend-requirements.yaml").diagnostics().stream().map(Diagnostic::format).toList());
        Files.writeString(d.resolve("other.yaml"), "version: 1\n");
        assertEquals(ds, DescriptorLoader.load(d, "backend-requirements.yaml").diagnostics().stream()
                .map(Diagnostic::format).toList());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<String> ds = load("out-of-range.yaml");
        assertEquals(4, ds.size());
        assertFalse(ds.stream().anyMatch(s -> s.contains("Exception")));
    }

    /** A choice the pack defines but the build's candidates leave out is named as such, not as unknown. */
    @Test
    void aChosenCandidateOutsideTheRestrictedSetIsAnErrorThatNamesTheSet() {
        var r = Fixtures.request("descriptors/error-findings-one-waived.yaml", "packs/small.yaml",
                "packs/findings.yaml");
        Advice a = new Advisor().advise(new AdviceRequest(r.descriptor(),
                r.descriptorName(), r.baseDir(), r.rulePacks(), false, Set.of(), List.of("python"),
                r.options(), r.config(), r.classLoader()));
        assertEquals(List.of("descriptors/error-findings-one-waived.yaml:13:11: error: chosen candidate 'nodejs' is"
                + " not in the candidate set of this build (restricted to python)"),
                a.diagnostics().stream().map(Diagnostic::format).toList());
    }

    /** A must-have that no pack defines would exclude every candidate; it is an error at its place instead. */
    @Test
    void aMustHaveNoPackDefinesIsAnErrorAtItsPlace() {
        String f = "descriptors/invalid/unknown-must-have.yaml:13:26: ";
        assertEquals(List.of(f + "error: unknown capability 'web-sockets'; no rule pack in use defines it"
                        + " (did you mean 'websockets'?)",
                f + "warning: 'web-sockets' is in 'libraries.mustHave' but not in 'libraries.needs'; it is treated as"
                        + " needed too"),
                advise("unknown-must-have.yaml"));
    }

    @Test
    void idsAreCheckedAlsoWhenOtherFieldsAreInvalid() {
        String f = "descriptors/invalid/format-and-id-errors.yaml:";
        assertEquals(List.of(
                f + "5:30: error: 'concurrency.peakConcurrentConnections' must be a whole number >= 0, not 'lots'",
                f + "8:12: error: 'io.profile' is 'io_bound'; allowed values are io-bound, cpu-bound, mixed"
                        + " (did you mean 'io-bound'?)",
                f + "11:5: error: unknown language 'pyton'; no rule pack in use defines it (did you mean 'python'?)",
                f + "11:12: error: skill level of 'pyton' is 9; it must be from 0 to 5",
                f + "13:11: error: unknown capability 'websocket'; no rule pack in use defines it"
                        + " (did you mean 'websockets'?)",
                f + "13:22: error: an entry of 'libraries.needs' must be text, not a list",
                f + "15:3: error: unknown criterion 'teem'; no rule pack in use defines it (did you mean 'team'?)",
                f + "15:9: error: weight of 'teem' is -1; it must be a number > 0 and <= 1000",
                f + "17:11: error: unknown candidate 'node'; no rule pack in use defines it (did you mean 'nodejs'?)",
                f + "19:13: error: unknown rule 'cpu-hevy'; no rule pack in use defines it (did you mean 'cpu-heavy'?)",
                f + "22:7: error: missing required key 'rule' in 'decision.waivers[1]'"),
                advise("format-and-id-errors.yaml"));
    }

    @Test
    void validDescriptorHasNoDiagnostics() {
        Result<Descriptor> r = DescriptorLoader.load(Fixtures.path("descriptors/valid.yaml"), "valid.yaml");
        assertEquals(List.of(), r.diagnostics());
        assertEquals(50000, r.get().concurrency().peakConcurrentConnections());
        assertEquals(null, r.get().concurrency().latencyTargetMs());
    }
}
