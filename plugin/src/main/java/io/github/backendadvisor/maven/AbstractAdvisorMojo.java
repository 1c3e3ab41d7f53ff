package io.github.backendadvisor.maven;

import static io.github.backendadvisor.maven.ParameterValues.clean;

import io.github.backendadvisor.diag.ConfigPlaces;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.rules.RuleSetCache;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every goal shares, and the steps they share: skip, find the descriptor, build
 * the core's request, print diagnostics. Subclasses call the core and decide whether to fail.
 */
public abstract class AbstractAdvisorMojo extends AbstractMojo {
    /** Compiled packs shared by every module and thread of the build, keyed by pack content. */
    static final RuleSetCache CACHE = new RuleSetCache();

    /** The requirements descriptor of this module. */
    @Parameter(property = "backendAdvisor.descriptor", defaultValue = "${project.basedir}/backend-requirements.yaml")
    protected File descriptor;

    /**
     * Extra rule packs, loaded after the default pack in this order: files, directories of
     * {@code *.yaml} and {@code *.yml} files (not their subfolders), or {@code classpath:} resources
     * from jars added as plugin dependencies.
     */
    @Parameter
    protected List<String> rulePacks;

    /** Whether the default rule pack is loaded first; with false, rulePacks must name at least one pack. */
    @Parameter(property = "backendAdvisor.useDefaultRules", defaultValue = "true")
    protected boolean useDefaultRules;

    /** Rule ids to ignore (comma-separated as a property). */
    @Parameter(property = "backendAdvisor.disabledRules")
    protected List<String> disabledRules;

    /**
     * Restricts the candidate set (comma-separated as a property); empty keeps all candidates. A rule
     * whose effects and exclusions name only candidates left out does not run.
     */
    @Parameter(property = "backendAdvisor.candidates")
    protected List<String> candidates;

    // The two numbers are read as text and converted by the goal, so that a wrong value is reported
    // with every other problem at the line that sets it, rather than by Maven alone and first.

    /** Score points under which the status is {@code too-close}: a number of at least 0. */
    @Parameter(property = "backendAdvisor.tooCloseMargin", defaultValue = "3.0")
    protected String tooCloseMargin;

    /**
     * Relative weight change under which a decision is {@code fragile}: a number of at least 0, such
     * as 0.2 for 20%.
     */
    @Parameter(property = "backendAdvisor.fragileThreshold", defaultValue = "0.2")
    protected String fragileThreshold;

    /**
     * The date waivers are judged against, as an ISO date; defaults to today (UTC). Set it to make
     * a build reproducible across days.
     */
    @Parameter(property = "backendAdvisor.today")
    protected String today;

    /** Skips every goal. */
    @Parameter(property = "backendAdvisor.skip", defaultValue = "false")
    protected boolean skip;

    /** Fails when the descriptor is absent instead of skipping the module. */
    @Parameter(property = "backendAdvisor.failIfMissing", defaultValue = "false")
    protected boolean failIfMissing;

    /** The module being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** This plugin, for its version and class loader. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** This run of the goal, for where the POM configures it. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /**
     * The build: for the directory at its top (code scanning resolves the SARIF report's paths
     * there) and for the properties set with {@code -D}.
     */
    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /** Problems of this goal's parameters, reported with those of the descriptor and the packs. */
    private final Diagnostics configProblems = new Diagnostics();

    /** Maven's log, each message on one line (see OneLineLog); made again if Maven sets another log. */
    private OneLineLog oneLineLog;
    /** The module's directory, absolute and normal ({@link #base}): each module's run names paths in it. */
    private Path base;

    @Override
    public Log getLog() {
        Log log = super.getLog();
        OneLineLog wrapped = oneLineLog;
        if (wrapped == null || wrapped.target() != log) {
            wrapped = new OneLineLog(log);
            oneLineLog = wrapped;
        }
        return wrapped;
    }

    /** Whether the goal should stop before doing anything; logs why. */
    protected boolean skipped(boolean needsDescriptor) throws MojoFailureException {
        if (skip) {
            getLog().info("Backend Advisor: skipped (backendAdvisor.skip)");
            return true;
        }
        // a path that exists but is no file (a directory) is not skipped: reading it reports the mistake
        if (needsDescriptor && !descriptor.exists()) {
            // a YAML file of a close name (backend-requirements.yml) was almost certainly meant, and an
            // info line would let check pass unnoticed
            Optional<Path> close = Suggestions.closestFile(descriptor.toPath(), false);
            Optional<String> similar = close.isPresent() ? Optional.of(relative(close.get())) : Optional.empty();
            if (failIfMissing) {
                throw new MojoFailureException("Backend Advisor: no descriptor at " + displayName()
                        + " (failIfMissing is set)" + similar.map(f -> "; did you mean " + f + "?").orElse(""));
            }
            // a path the module's own POM names was meant for this module; one a parent names serves
            // every module, so its absence just means a module without a descriptor
            Position named = similar.isPresent() ? null : pomPlaces().find("descriptor");
            if (similar.isPresent()) {
                getLog().warn("Backend Advisor: no " + displayName() + " in this module, but there is " + similar.get()
                        + "; rename it, or set the descriptor parameter (backendAdvisor.descriptor) to it. Skipping");
            } else if (named != null && named.file().equals(pomName())) {
                getLog().warn(named + ": warning: 'descriptor' names no file: " + displayName()
                        + "; this module is skipped (set failIfMissing to fail instead)");
            } else {
                getLog().info("Backend Advisor: no " + displayName() + " in this module; skipping");
            }
            return true;
        }
        return false;
    }

    /** The descriptor path as messages name it: relative to the module when inside it. */
    protected String displayName() {
        return relative(descriptor.toPath());
    }

    String relative(Path p) {
        Path base = base();
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }

    /**
     * The core's request for this module. A parameter with a wrong value is recorded (see
     * {@link #misconfigured()}) and replaced by its default, so that the descriptor and the packs
     * can still be checked.
     */
    protected AdviceRequest request() {
        return new AdviceRequest(descriptor.toPath(), displayName(), project.getBasedir().toPath(),
                rulePacks == null ? List.of() : clean(rulePacks), useDefaultRules,
                disabledRules == null ? java.util.Set.of() : new LinkedHashSet<>(clean(disabledRules)),
                candidates == null ? List.of() : clean(candidates), options(), pomPlaces().of(CORE_PARAMETERS, valued()),
                getClass().getClassLoader());
    }

    /**
     * The parameters the core names in messages that have a value and a property, each to its
     * property: those of them no POM sets were set by it.
     */
    private Map<String, String> valued() {
        Map<String, String> valued = new HashMap<>();
        if (disabledRules != null && !clean(disabledRules).isEmpty()) valued.put("disabledRules", "backendAdvisor.disabledRules");
        if (candidates != null && !clean(candidates).isEmpty()) valued.put("candidates", "backendAdvisor.candidates");
        if (!useDefaultRules) valued.put("useDefaultRules", "backendAdvisor.useDefaultRules");
        return valued;
    }

    /** Thresholds and date; a wrong value is recorded and replaced by the default. */
    private EvaluationOptions options() {
        ParameterValues.Problems problems = this::configProblem;
        LocalDate date = ParameterValues.date(today, problems);
        EvaluationOptions defaults = EvaluationOptions.defaults(date);
        double margin = ParameterValues.nonNegative("tooCloseMargin", tooCloseMargin,
                defaults.tooCloseMargin(), problems);
        double threshold = ParameterValues.nonNegative("fragileThreshold", fragileThreshold,
                defaults.fragileThreshold(), problems);
        return new EvaluationOptions(margin, threshold, date);
    }

    /**
     * Records a problem of a parameter's value, placed where the POM sets the parameter; when no
     * POM sets it, a property did, and the message says which.
     */
    protected void configProblem(String parameter, String message) {
        Position at = pomPlaces().find(parameter);
        if (at != null) {
            configProblems.error(at, message);
        } else {
            configProblems.error(Position.start(pomName()), message + " (set by the property backendAdvisor." + parameter + ")");
        }
    }

    /** Records problems found in a file a parameter names (the baseline report). */
    protected void configProblems(List<Diagnostic> problems) {
        configProblems.addAll(problems);
    }

    /** Whether a parameter has a wrong value; then the goal ends with {@link #misconfiguration}. */
    protected boolean misconfigured() {
        return configProblems.hasErrors();
    }

    /**
     * Logs the configuration's problems together with {@code others}, the descriptor's and the
     * packs', so that one build shows every problem, and returns the failure that ends the goal.
     */
    protected MojoFailureException misconfiguration(List<Diagnostic> others) {
        Diagnostics all = new Diagnostics();
        all.addAll(configProblems.sorted());
        all.addAll(others);
        List<Diagnostic> sorted = all.sorted();
        log(sorted);
        return invalid(sorted);
    }

    /** The parameters the core names in its messages (its {@link ConfigPlaces}). */
    private static final List<String> CORE_PARAMETERS = List.of("rulePacks", "useDefaultRules", "disabledRules", "candidates");

    /** Where the POMs of this build set this goal's parameters. */
    PomPlaces pomPlaces() {
        return new PomPlaces(project, plugin == null ? null : plugin.getPluginLookupKey(),
                mojoExecution == null ? null : mojoExecution.getExecutionId(), pomName());
    }

    /** The advisor, sharing compiled packs across the whole build. */
    protected Advisor advisor() {
        return new Advisor(CACHE);
    }

    /**
     * Prints diagnostics in the compiler format; returns the number of errors. A warning that an
     * earlier goal of this plugin already printed for this module in this build (validate, then
     * report, then check) is not printed again; errors always are.
     */
    protected int log(List<Diagnostic> diagnostics) {
        int errors = 0;
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                errors++;
                getLog().error(d.format());
            } else {
                warnOnce(d.format());
            }
        }
        return errors;
    }

    /** Prints a warning about the input, unless an earlier goal of this plugin printed it for this module in this build. */
    protected void warnOnce(String line) {
        if (shownWarnings().add(line)) {
            getLog().warn(line);
        } else {
            getLog().debug("Backend Advisor: printed by an earlier goal of this module: " + line);
        }
    }

    private static final String SHOWN_WARNINGS = "backendAdvisor.shownWarnings";

    /**
     * The warnings printed so far for this module, kept in Maven's context of this plugin and
     * project, which every goal of the plugin in the module shares for the build; a new set when
     * there is none (a goal run outside Maven).
     */
    @SuppressWarnings("unchecked")
    private Set<String> shownWarnings() {
        Map<Object, Object> context = getPluginContext();
        if (context == null) return new HashSet<>();
        synchronized (context) {
            Set<String> shown = (Set<String>) context.get(SHOWN_WARNINGS);
            if (shown == null) {
                shown = ConcurrentHashMap.newKeySet();
                context.put(SHOWN_WARNINGS, shown);
            }
            return shown;
        }
    }

    /**
     * The failure that ends a goal whose inputs have errors, in one line that counts them and names
     * the files they are in (the POM, the descriptor, a rule pack, the baseline).
     */
    protected MojoFailureException invalid(List<Diagnostic> diagnostics) {
        return new MojoFailureException("Backend Advisor: " + Diagnostics.errorSummary(diagnostics) + "; see the lines above");
    }

    /** The module's directory, absolute and normal. */
    private Path base() {
        if (base == null) base = project.getBasedir().toPath().toAbsolutePath().normalize();
        return base;
    }

    String pomName() {
        return project.getFile() == null ? "pom.xml" : relative(project.getFile().toPath());
    }

    String version() {
        return plugin == null || plugin.getVersion() == null ? "dev" : plugin.getVersion();
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** Runs the goal, turning a bug of ours into a clear error instead of a stack trace. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Gives a path parameter that names the module's own directory its default. Maven turns an
     * empty value ({@code -DbackendAdvisor.descriptor=}, a CI variable that is not set) into the
     * module's directory, which no path parameter can mean, and an empty switch into false, which
     * {@code useDefaultRules} does not default to; empty numbers and dates already leave their
     * parameter unset.
     */
    protected void unsetWhereEmpty() {
        if (isModuleDir(descriptor)) descriptor = new File(project.getBasedir(), "backend-requirements.yaml");
        // Maven reads an empty switch as false; the one switch whose default is true takes it back
        if (!useDefaultRules) {
            FlagValues.Flag f = FlagValues.flag(mojoExecution, session == null ? null : session.getUserProperties(),
                    project == null ? null : project.getProperties(), "useDefaultRules");
            if (f != null && f.text().isBlank()) useDefaultRules = true;
        }
    }

    /** Whether {@code f} is the module's own directory. */
    protected boolean isModuleDir(File f) {
        return f != null && project != null && project.getBasedir() != null
                && f.toPath().toAbsolutePath().normalize().equals(base());
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            unsetWhereEmpty();
            // the POM's name only when a warning needs it: most modules have none
            UnknownProperties.warn(session, project, plugin, this, getLog());
            FlagValues.warn(session, project, mojoExecution, this, getLog());
            run();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Backend Advisor: internal error (" + e
                    + "); please report it with the descriptor that caused it", e);
        }
    }
}
