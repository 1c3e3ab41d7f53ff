package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** project.build.outputTimestamp as Maven's archivers read it, shown as a UTC instant. */
class OutputTimestampTest {

    @Test
    void readsWhatMavenReads() {
        assertEquals("2026-01-02T03:04:05Z", OutputTimestamp.read("2026-01-02T03:04:05Z").instant());
        assertEquals("2026-01-02T02:04:05Z", OutputTimestamp.read("2026-01-02T03:04:05+01:00").instant());
        assertEquals("2026-01-02T03:04:05Z", OutputTimestamp.read(" 2026-01-02T03:04:05.987Z ").instant());
        assertEquals("2023-11-14T22:13:20Z", OutputTimestamp.read("1700000000").instant());
        // one character, or none, switches it off (a child POM overriding its parent's value)
        for (String off : new String[] {null, "", " ", "X", "0"}) {
            assertNull(OutputTimestamp.read(off).instant(), off);
            assertNull(OutputTimestamp.read(off).problem(), off);
        }
    }

    @Test
    void aWrongValueSaysWhatMavenReadsAndSuggestsUtc() {
        var noZone = OutputTimestamp.read("2026-01-02T03:04:05");
        assertNull(noZone.instant());
        assertEquals("project.build.outputTimestamp '2026-01-02T03:04:05' is neither a date and time with an offset,"
                + " such as 2026-01-02T03:04:05Z, nor a number of seconds since 1970-01-01, as Maven reads it"
                + " (did you mean 2026-01-02T03:04:05Z, in UTC?)", noZone.problem());
        assertTrue(OutputTimestamp.read("yesterday").problem().endsWith("as Maven reads it"));
        assertTrue(OutputTimestamp.read("99999999999999999999").problem().endsWith("it is out of range"));
    }
}
