package io.github.backendadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report formats, one constant per format, each with its file name and writer.
 *
 * <p>Each constant's writer is chosen in {@link #render(ReportContext, StringBuilder)} rather than
 * held as a method reference. A build links a method reference on first use, which makes a class
 * at run time and loads the writer's class with it, SARIF's too when no build asks for it; in a
 * reactor that is paid in the first module, in a JVM that has run none of the plugin's code.
 */
public enum ReportFormat {
    // the sizes a module's report usually has (pages are 25-30 KB, report.json 17-22 KB), so that
    // rendering to text grows its buffer rarely
    HTML("report.html", false, 32 * 1024),
    JSON("report.json", true, 32 * 1024),
    MD("report.md", false, 4 * 1024),
    SARIF("report.sarif", true, 8 * 1024);

    private final String fileName;
    private final boolean rendersInvalidInput;
    private final int expectedSize;

    ReportFormat(String fileName, boolean rendersInvalidInput, int expectedSize) {
        this.fileName = fileName;
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
        render(ctx, out);
        return out.toString();
    }

    /** Appends the report text to {@code out}. */
    void render(ReportContext ctx, StringBuilder out) {
        // comparisons rather than a switch, which javac compiles into one more class to load
        if (this == HTML) {
            HtmlReport.render(ctx, out);
        } else if (this == JSON) {
            JsonReport.render(ctx, out);
        } else if (this == MD) {
            MarkdownReport.render(ctx, out);
        } else {
            SarifReport.render(ctx, out);
        }
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
        List<String> ids = new ArrayList<>();
        for (ReportFormat f : values()) ids.add(f.id());
        return List.copyOf(ids);
    }
}
