package io.github.backendadvisor.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats, one constant per format, each with its file name and writer. */
public enum ReportFormat {
    // the sizes a module's report usually has (pages are 25-30 KB, report.json 17-22 KB), so that
    // rendering to text grows its buffer rarely
    HTML("report.html", HtmlReport::render, false, 32 * 1024),
    JSON("report.json", JsonReport::render, true, 32 * 1024),
    MD("report.md", MarkdownReport::render, false, 4 * 1024),
    SARIF("report.sarif", SarifReport::render, true, 8 * 1024);

    /** Appends a format's text for one run to a buffer. */
    @FunctionalInterface
    interface Renderer {
        void render(ReportContext ctx, StringBuilder out);
    }

    private final String fileName;
    private final Renderer writer;
    private final boolean rendersInvalidInput;
    private final int expectedSize;

    ReportFormat(String fileName, Renderer writer, boolean rendersInvalidInput, int expectedSize) {
        this.fileName = fileName;
        this.writer = writer;
        this.rendersInvalidInput = rendersInvalidInput;
        this.expectedSize = expectedSize;
    }

    /** The file the format writes. */
    public String fileName() {
        return fileName;
    }

    /** Whether the format also reports an invalid run (its diagnostics), not only an evaluation. */
    public boolean rendersInvalidInput() {
        return rendersInvalidInput;
    }

    /** Renders the report text. */
    public String render(ReportContext ctx) {
        StringBuilder out = new StringBuilder(expectedSize);
        writer.render(ctx, out);
        return out.toString();
    }

    /** Appends the report text to {@code out}. */
    void render(ReportContext ctx, StringBuilder out) {
        writer.render(ctx, out);
    }

    /** The id used in configuration: html, json, md, sarif. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format with an id. */
    public static Optional<ReportFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) { // a loop: this runs once per module, cold
            if (f.id().equals(wanted)) return Optional.of(f);
        }
        return Optional.empty();
    }

    /** Every id. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ReportFormat::id).toList();
    }
}
