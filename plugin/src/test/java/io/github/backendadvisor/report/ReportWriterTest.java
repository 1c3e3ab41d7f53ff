package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are overwritten in place; what is left must be exactly the new report. */
class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void aShorterReportLeavesNothingOfTheLongerOne() throws IOException {
        Path f = dir.resolve("report.json");
        ReportWriter.overwrite(f, "0123456789 a long old report".getBytes(StandardCharsets.UTF_8));
        ReportWriter.overwrite(f, "new".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(f));
    }

    @Test
    void aLongerReportReplacesAShorterOneAndNewFilesAreCreated() throws IOException {
        Path f = dir.resolve("report.md");
        ReportWriter.overwrite(f, "short".getBytes(StandardCharsets.UTF_8));
        byte[] longer = "a longer report — with UTF-8 text".getBytes(StandardCharsets.UTF_8);
        ReportWriter.overwrite(f, longer);
        assertArrayEquals(longer, Files.readAllBytes(f));
        ReportWriter.overwrite(f, new byte[0]);
        assertArrayEquals(new byte[0], Files.readAllBytes(f));
    }
}
