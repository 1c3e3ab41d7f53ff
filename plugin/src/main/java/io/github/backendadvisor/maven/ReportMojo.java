package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.report.ConsoleSummary;
import io.github.backendadvisor.report.OutputTimestamp;
import io.github.backendadvisor.report.ReportContext;
import io.github.backendadvisor.report.ReportFormat;
import io.github.backendadvisor.report.ReportInputs;
import io.github.backendadvisor.report.ReportWriter;
import io.github.backendadvisor.report.ReportWriter.Printed;
import io.github.backendadvisor.yaml.SafeYaml;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Evaluates the descriptor and writes the reports (HTML, JSON, Markdown decision record, SARIF),
 * then logs a short summary. Fails only on invalid input. Listed in {@code <reporting>}, it also
 * appears under Project Reports of {@code mvn site} (maven-site-plugin 3.21.0 or newer).
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        configurator = GoalConfigurator.HINT)
public class ReportMojo extends AbstractAdvisorMojo implements MavenReport {
    /** Where {@code mvn site} puts the report; set by the site plugin. */
    private File reportOutputDirectory;

    /** Whether this run renders for {@code mvn site}, which always writes and leaves no inputs file. */
    private boolean forSite;

    // The default is applied in formatIds(), not in the annotation (see idsOr).
    /** Formats to write: any of html, json, md, sarif (comma-separated as a property); default html,json,md. */
    @Parameter(property = "backendAdvisor.formats")
    protected List<String> formats;

    static final List<String> DEFAULT_FORMATS = List.of("html", "json", "md");

    /** Where the reports go. */
    @Parameter(property = "backendAdvisor.outputDirectory", defaultValue = "${project.build.directory}/backend-advisor")
    protected File outputDirectory;

    /** The build's reproducible timestamp; the only time a report shows. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /**
     * Why the reports could not be written, in words: the file that stands where a directory must
     * be (a mistyped outputDirectory), a permission, or else what the file system said. Only
     * looked into once writing has failed.
     */
    private String whyNotWritten(IOException e) {
        for (Path p = outputDirectory.toPath().toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) break;
            if (Files.exists(p)) {
                return relative(p) + " is a file, not a directory; set outputDirectory (backendAdvisor.outputDirectory)"
                        + " to a directory";
            }
        }
        // the JDK's file-system exceptions give the path alone as their message, the kind of failure as their type
        if (e instanceof AccessDeniedException a) return "permission denied for " + a.getFile();
        if (e instanceof NoSuchFileException n) return "the file system cannot create " + n.getFile();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT) + (f.getFile() == null ? "" : " for " + f.getFile());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (skipped(true)) return;
        Set<ReportFormat> chosen = formats();
        var request = request();
        String timestamp = timestamp();
        if (misconfigured()) throw misconfiguration(advisor().check(request).diagnostics());
        String moduleDir = moduleDir(chosen);
        if (!forSite && keep(request, chosen, timestamp, moduleDir)) return;
        Advice advice = advisor().advise(request);
        ReportContext ctx = new ReportContext(advice, request.descriptorName(), timestamp, version(), request.options(),
                moduleDir);
        if (Diagnostics.anyError(advice.diagnostics())) {
            log(advice.diagnostics());
            long t0 = System.nanoTime();
            write(ctx, chosen, null, List.of()); // the formats that render invalid input; the others are removed
            Timings.log(getLog(), project, advice, System.nanoTime() - t0, false);
            throw invalid(advice.diagnostics());
        }
        List<Printed> printed = new ArrayList<>();
        for (Diagnostic d : advice.diagnostics()) {
            printed.add(new Printed(Printed.DIAGNOSTIC, d.format()));
        }
        int diagnostics = printed.size();
        for (String line : ConsoleSummary.lines(ctx, null)) {
            printed.add(new Printed(Printed.INFO, line));
        }
        printed.add(new Printed(Printed.REPORT, ""));
        for (var w : advice.evaluation().expiredWaivers()) {
            printed.add(new Printed(Printed.WARNING, w.location() + ": warning: the waiver for rule '" + w.rule()
                    + "' expired on " + w.until() + " (an error in the check goal)"));
        }
        String text = advice.descriptorText();
        String inputs = forSite || text == null ? null
                : ReportInputs.describe(ctx, chosen, build(), text.getBytes(StandardCharsets.UTF_8));
        print(printed.subList(0, diagnostics), List.of()); // before writing, which may fail
        long t0 = System.nanoTime();
        ReportWriter.Written result = write(ctx, chosen, inputs, printed);
        Timings.log(getLog(), project, advice, System.nanoTime() - t0, result.upToDate());
        print(printed.subList(diagnostics, printed.size()), result.files());
    }

    /**
     * The module's directory relative to the top of the build, for the SARIF report's paths: the
     * directory Maven takes for the project's root (the nearest one above with a {@code .mvn}
     * folder, else where the build started), which is the repository's root in the usual layout,
     * where code scanning resolves relative paths. Null without SARIF, or when the module is not
     * below that directory.
     */
    private String moduleDir(Set<ReportFormat> chosen) {
        if (!chosen.contains(ReportFormat.SARIF) || session == null) return null;
        File top = session.getRequest() == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        if (top == null && session.getTopLevelProject() != null) top = session.getTopLevelProject().getBasedir();
        if (top == null || project.getBasedir() == null) return null;
        Path root = top.toPath().toAbsolutePath().normalize();
        Path module = project.getBasedir().toPath().toAbsolutePath().normalize();
        return module.startsWith(root) ? root.relativize(module).toString().replace('\\', '/') : null;
    }

    private ReportWriter.Written write(ReportContext ctx, Set<ReportFormat> chosen, String inputs, List<Printed> printed)
            throws MojoExecutionException {
        try {
            return ReportWriter.writeUnlessUpToDate(ctx, chosen, outputDirectory.toPath(), inputs, printed);
        } catch (IOException e) {
            throw new MojoExecutionException("Backend Advisor: cannot write reports to " + relative(outputDirectory.toPath())
                    + ": " + whyNotWritten(e), e);
        }
    }

    /**
     * Keeps the reports the last build wrote from the same inputs, and prints what that build
     * printed; false when they must be made. It reads the descriptor's and the packs' texts and
     * fingerprints them, and parses and evaluates nothing: the same texts give the same reports.
     */
    private boolean keep(AdviceRequest request, Set<ReportFormat> chosen, String timestamp, String moduleDir) {
        long t0 = System.nanoTime();
        // nothing recorded (a fresh checkout, a first build): no need to read or fingerprint anything
        if (!outputDirectory.toPath().resolve(ReportWriter.INPUTS_FILE).toFile().isFile()) return false;
        String build = build();
        if (build == null) return false;
        byte[] text;
        try {
            text = SafeYaml.readBounded(request.descriptor());
        } catch (IOException e) {
            return false; // the evaluation says what is wrong with the file
        }
        if (text.length > SafeYaml.MAX_BYTES) return false; // too large to read: the evaluation says so
        String key = ReportInputs.key(build, version(), chosen, request.descriptorName(), text,
                advisor().packsFingerprint(request), request.options(), timestamp, moduleDir);
        Optional<ReportWriter.Kept> kept = key == null ? Optional.empty()
                : ReportWriter.kept(outputDirectory.toPath(), key, request.options().today(), chosen);
        if (kept.isEmpty()) return false;
        Timings.logKept(getLog(), project, System.nanoTime() - t0);
        print(kept.get().printed(), kept.get().files());
        return true;
    }

    /**
     * Prints what a run prints with its reports: warnings about the input (each once per module),
     * the summary, where the reports are, and the goal's own warnings.
     */
    private void print(List<Printed> printed, List<Path> files) {
        for (Printed p : printed) {
            switch (p.kind()) {
                case Printed.DIAGNOSTIC -> warnOnce(p.text());
                case Printed.INFO -> getLog().info(p.text());
                case Printed.REPORT -> {
                    Path html = null;
                    for (Path f : files) {
                        if (f.getFileName().toString().equals("report.html")) html = f;
                    }
                    if (html != null) {
                        getLog().info(ConsoleSummary.report(html.toAbsolutePath().toString()));
                    } else if (!files.isEmpty()) {
                        getLog().info("  Reports: " + outputDirectory.getAbsolutePath());
                    }
                }
                default -> getLog().warn(p.text());
            }
        }
    }

    // ---- MavenReport: the site plugin links to our own page, written by the same writers

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        outputDirectory = new File(getReportOutputDirectory(), "backend-advisor");
        forSite = true;
        List<String> ids = formatIds();
        if (!ids.contains("html")) {
            formats = new java.util.ArrayList<>(ids);
            formats.add(0, "html");
        }
        try {
            execute();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return "backend-advisor/report";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Backend Advisor";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The recommended backend technology for this service, with scores, reasons and what would flip the decision.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        if (reportOutputDirectory == null) {
            reportOutputDirectory = new File(project.getReporting().getOutputDirectory());
        }
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && descriptor != null && descriptor.isFile();
    }

    /** The configured formats; an unknown one is recorded as a problem of the configuration. */
    private Set<ReportFormat> formats() {
        Set<ReportFormat> out = EnumSet.noneOf(ReportFormat.class);
        for (String id : formatIds()) {
            ReportFormat f = ReportFormat.fromId(id).orElse(null);
            if (f == null) {
                configProblem("formats", "unknown format '" + id + "' in formats; allowed: "
                        + String.join(", ", ReportFormat.ids()) + Suggestions.listItemHint(id, ReportFormat.ids()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The configured format ids, or the default ones when none are configured. */
    private List<String> formatIds() {
        return ParameterValues.idsOr(formats, DEFAULT_FORMATS);
    }

    /**
     * Identifies the code that renders: the plugin's version, its jar's size and time (a rebuilt
     * snapshot differs), and the JDK. Null when the plugin is not a jar file, and then every run writes.
     */
    private String build() {
        File jar = plugin == null || plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        if (jar == null || !jar.isFile()) return null;
        return version() + " " + jar.length() + " " + jar.lastModified() + " java " + System.getProperty("java.version");
    }

    @Override
    protected void unsetWhereEmpty() {
        super.unsetWhereEmpty();
        if (isModuleDir(outputDirectory)) outputDirectory = new File(project.getBuild().getDirectory(), "backend-advisor");
    }

    /** The build's timestamp as the reports show it, or null; a wrong value is a problem of the configuration. */
    private String timestamp() {
        OutputTimestamp.Read read = OutputTimestamp.read(outputTimestamp);
        if (read.problem() != null) {
            Position at = pomPlaces().property("project.build.outputTimestamp");
            configProblems(List.of(Diagnostic.error(at == null ? Position.start(pomName()) : at, read.problem())));
        }
        return read.instant();
    }
}
