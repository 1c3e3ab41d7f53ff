package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.descriptor.DescriptorLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's "descriptor as read" table: every field, an empty one said to be empty. */
class DescriptorRowsTest {
    private static final String HEAD = "version: 1\nservice: {name: x}\n"
            + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\nio: {profile: mixed}\n";

    private static List<HtmlView.Field> rows(String team) {
        return DescriptorRows.of(DescriptorLoader.parse(HEAD + team, "d.yaml").get());
    }

    @Test
    void anEmptySkillMapIsARowOfItsOwn() {
        assertTrue(rows("team: {skills: {}}\n").contains(new HtmlView.Field("team.skills", "(none)")));
        List<HtmlView.Field> listed = rows("team: {skills: {go: 3}}\n");
        assertTrue(listed.contains(new HtmlView.Field("team.skills.go", "3")));
        assertFalse(listed.stream().anyMatch(f -> f.equals(new HtmlView.Field("team.skills", "(none)"))));
        assertEquals(listed.size(), rows("team: {skills: {}}\n").size(), "one row either way");
    }
}
