package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import org.junit.jupiter.api.Test;

class AdvisorSmokeTest {

    @Test
    void smallPackRecommendsNodeForIdleConnections() {
        Advice advice = new Advisor().advise(Fixtures.request("descriptors/valid.yaml", "packs/small.yaml"));
        assertEquals(java.util.List.of(), advice.diagnostics());
        assertFalse(advice.hasErrors());
        assertEquals("nodejs", advice.evaluation().recommendation());
    }

    @Test
    void checkReadsAndChecksAsAdviseDoesButDoesNotEvaluate() {
        for (String d : java.util.List.of("descriptors/valid.yaml", "descriptors/invalid/bad-enum.yaml",
                "descriptors/invalid/unknown-ids.yaml")) {
            Advisor advisor = new Advisor();
            Advice checked = advisor.check(Fixtures.request(d, "packs/small.yaml"));
            Advice advised = advisor.advise(Fixtures.request(d, "packs/small.yaml"));
            assertEquals(advised.diagnostics(), checked.diagnostics(), d);
            assertEquals(advised.descriptor(), checked.descriptor(), d);
            assertEquals(advised.ruleSet(), checked.ruleSet(), d);
            assertNull(checked.evaluation(), d);
            assertEquals(0, checked.timings().evaluationNanos(), d);
        }
    }

    @Test
    void aMissingPackDoesNotHideTheProblemsOfThePacksBeforeIt() throws java.io.IOException {
        // small.yaml and addon.yaml build on each other; broken-references.yaml comes after the missing
        // pack, so it may need what that pack defines, and is not judged
        Advice advice = new Advisor().advise(Fixtures.request("descriptors/valid.yaml",
                "packs/small.yaml", "packs/addon.yaml", "packs/nope.yaml", "packs/broken-references.yaml"));
        java.util.List<String> lines = advice.diagnostics().stream()
                .map(io.github.backendadvisor.diag.Diagnostic::format).toList();
        // the problems of addon.yaml on top of small.yaml, as when nothing is missing
        assertEquals(java.nio.file.Files.readAllLines(Fixtures.path("packs/addon.expected")),
                lines.stream().filter(l -> l.startsWith("packs/")).toList());
        assertEquals(1, lines.stream().filter(l -> l.startsWith("pom.xml:") && l.contains("'packs/nope.yaml' does not exist"))
                .count(), lines.toString());
        assertEquals(java.util.List.of(), lines.stream().filter(l -> l.contains("broken-references")
                || l.startsWith("descriptors/")).toList());
        assertNull(advice.evaluation());
    }

    @Test
    void aMissingFirstPackLeavesNothingElseToJudge() {
        Advice advice = new Advisor().advise(Fixtures.request("descriptors/valid.yaml",
                "packs/nope.yaml", "packs/broken-references.yaml"));
        assertEquals(1, advice.diagnostics().size(), advice.diagnostics().toString());
        assertTrue(advice.hasErrors());
    }

    @Test
    void aFindingIsPlacedAtTheFirstFieldItReadsThatTheFileSetsElseAtThatFieldsSection() {
        Advice advice = new Advisor().advise(Fixtures.request("descriptors/valid.yaml", "packs/small.yaml",
                "packs/finding-places.yaml"));
        assertEquals(java.util.List.of("default-field at descriptors/valid.yaml:9:1",
                "set-field-second at descriptors/valid.yaml:12:9"), advice.evaluation().findings().stream()
                .map(f -> f.rule() + " at " + f.location()).toList());
    }

    @Test
    void noPackAtAllIsAnErrorInEveryGoal() {
        // without the default pack and without rulePacks: an error where the configuration is, not an
        // advice without an evaluation and without an error
        Advisor advisor = new Advisor();
        for (Advice advice : java.util.List.of(advisor.advise(Fixtures.request("descriptors/valid.yaml")),
                advisor.check(Fixtures.request("descriptors/valid.yaml")))) {
            assertEquals(java.util.List.of("pom.xml:1:1: error: no rule pack in use; keep useDefaultRules or name a pack"
                    + " in rulePacks"), advice.diagnostics().stream().map(io.github.backendadvisor.diag.Diagnostic::format)
                    .toList());
            assertTrue(advice.hasErrors());
            assertNull(advice.evaluation());
        }
        assertEquals(java.util.Optional.empty(), advisor.testPacks(Fixtures.request("descriptors/valid.yaml")));
    }
}
