package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
