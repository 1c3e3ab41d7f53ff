package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The line the validate goal prints for valid input. */
class ValidateMojoTest {

    @Test
    void countsAreSingularForOne() {
        assertEquals("Backend Advisor: d.yaml is valid (51 rules, 4 candidates from 1 pack)", ValidateMojo.valid("d.yaml", 51, 4, 1));
        // candidates=nodejs leaves one candidate and the rules that speak of it
        assertEquals("Backend Advisor: d.yaml is valid (1 rule, 1 candidate from 2 packs)", ValidateMojo.valid("d.yaml", 1, 1, 2));
    }
}
