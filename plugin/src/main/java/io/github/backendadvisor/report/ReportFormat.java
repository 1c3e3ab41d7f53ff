package io.github.backendadvisor.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report formats, one constant per format, each with its file name and writer. */
public enum ReportFormat {
    HTML("report.html", HtmlReport::render, false),
    JSON("report.json", JsonReport::render, true),
    MD("report.md", MarkdownReport::render, false),
    SARIF("report.sarif", SarifReport::render, true);

    /** Appends a format's text for one run to a buffer. */
    @FunctionalInterface
    interface Renderer {
        void render(ReportContext ctx, StringBuilder out);
    }

    private final String fileName;
    private final Renderer writer;
    private final boolean rendersInvalidInput;

    ReportFormat(String fileName, Renderer writer, boolean rendersInvalidInput) {
        this.fileName = fileName;
        this.writer = writer;
        this.rendersInvalidInput = rendersInvalidInput;
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
        StringBuilder out = new StringBuilder(32 * 1024);
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
