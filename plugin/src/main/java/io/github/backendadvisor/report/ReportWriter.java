package io.github.backendadvisor.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Writes the chosen formats into a directory (each module has a directory of its own, also under -T). */
public final class ReportWriter {
    private ReportWriter() {
    }

    /**
     * Writes every format of {@code formats} that applies to this run and returns the files written.
     * Formats that do not render invalid input are removed when the run is invalid, so no stale
     * report survives a failed build.
     */
    public static List<Path> write(ReportContext ctx, Set<ReportFormat> formats, Path dir) throws IOException {
        Files.createDirectories(dir);
        boolean valid = ctx.advice().evaluation() != null;
        List<Path> written = new ArrayList<>();
        for (ReportFormat f : ReportFormat.values()) {
            if (!formats.contains(f)) continue;
            Path target = dir.resolve(f.fileName());
            if (!valid && !f.rendersInvalidInput()) {
                Files.deleteIfExists(target);
                continue;
            }
            Files.writeString(target, f.render(ctx), StandardCharsets.UTF_8);
            written.add(target);
        }
        return written;
    }
}
