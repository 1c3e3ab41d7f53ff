package io.github.backendadvisor.maven;

import io.github.backendadvisor.engine.Advice;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/** The debug line (-X) that says where each module's time went. */
final class Timings {
    private Timings() {
    }

    /**
     * The line of a run that evaluated; {@code writingNanos} below zero when it wrote nothing, and
     * {@code upToDate} when it kept the reports of the last build instead of writing.
     */
    static void log(Log log, MavenProject project, Advice advice, long writingNanos, boolean upToDate) {
        if (!log.isDebugEnabled()) return;
        var t = advice.timings();
        log.debug(prefix(project, t) + ", evaluation " + AbstractAdvisorMojo.ms(t.evaluationNanos())
                + (writingNanos >= 0 ? ", writing " + AbstractAdvisorMojo.ms(writingNanos) : "")
                + (upToDate ? " (reports up to date, kept)" : ""));
    }

    /**
     * The line of a run that kept the last build's reports before reading them: the texts of the
     * descriptor and the packs were those of the last build, so nothing was parsed or evaluated.
     */
    static void logKept(Log log, MavenProject project, long nanos) {
        if (!log.isDebugEnabled()) return;
        log.debug("Backend Advisor timings for " + project.getArtifactId() + ": inputs " + AbstractAdvisorMojo.ms(nanos)
                + ", the last build's, so no pack was loaded and nothing was parsed or evaluated (reports up to date, kept)");
    }

    /** The line of a run that reads and checks but does not evaluate (the validate goal). */
    static void logChecked(Log log, MavenProject project, Advice.Timings t) {
        if (!log.isDebugEnabled()) return;
        log.debug(prefix(project, t));
    }

    private static String prefix(MavenProject project, Advice.Timings t) {
        return "Backend Advisor timings for " + project.getArtifactId() + ": packs "
                + AbstractAdvisorMojo.ms(t.packsNanos()) + switch (t.packs()) {
                    case CACHED -> " (cached)";
                    case COMPILED -> " (loaded and compiled)";
                    case PRECOMPILED -> " (loaded and compiled; default pack precompiled)";
                }
                + ", descriptor " + AbstractAdvisorMojo.ms(t.descriptorNanos());
    }
}
