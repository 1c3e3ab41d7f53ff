package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void missingDirectoriesAreMadeAndExistingOnesKept() throws IOException {
        Path deep = dir.resolve("module/target/backend-advisor");
        ReportWriter.createDirectories(deep);
        assertTrue(Files.isDirectory(deep));
        Path kept = deep.resolve("kept.txt");
        Files.writeString(kept, "x");
        ReportWriter.createDirectories(deep);
        assertTrue(Files.isRegularFile(kept));
    }

    @Test
    void aFileWhereADirectoryShouldBeIsAnError() throws IOException {
        Path file = dir.resolve("target");
        Files.writeString(file, "not a directory");
        assertThrows(IOException.class, () -> ReportWriter.createDirectories(file));
        assertThrows(IOException.class, () -> ReportWriter.createDirectories(file.resolve("backend-advisor")));
    }

    @Test
    void manyThreadsMakingTheSameDirectoriesAllSucceed() throws Exception {
        Path shared = dir.resolve("shared/reports/advisor");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Path own = shared.resolve("m" + i);
                done.add(pool.submit(() -> {
                    ReportWriter.createDirectories(own);
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        for (int i = 0; i < 32; i++) assertTrue(Files.isDirectory(shared.resolve("m" + i)));
    }

    @Test
    void writingMakesTheOutputDirectoryAndWritesEachFormatAsRendered() throws IOException {
        var advice = new Advisor().advise(Fixtures.request("descriptors/scoring-close.yaml", "packs/small.yaml"));
        ReportContext ctx = new ReportContext(advice, "descriptors/scoring-close.yaml", null, "1.2.3",
                EvaluationOptions.defaults(Fixtures.TODAY));
        Path out = dir.resolve("target").resolve("backend-advisor");
        List<Path> written = ReportWriter.write(ctx, EnumSet.of(ReportFormat.JSON, ReportFormat.MD), out);
        assertTrue(written.equals(List.of(out.resolve("report.json"), out.resolve("report.md"))), written.toString());
        assertArrayEquals(JsonReport.render(ctx).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(written.get(0)));
        assertArrayEquals(MarkdownReport.render(ctx).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(written.get(1)));
    }
}
