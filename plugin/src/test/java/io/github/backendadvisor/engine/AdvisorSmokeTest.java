package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
