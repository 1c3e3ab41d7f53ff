package io.github.backendadvisor.report;

import io.github.backendadvisor.diag.Fingerprint;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.ExpiredWaiver;
import io.github.backendadvisor.engine.EvaluationOptions;
import java.util.Set;

/**
 * Everything a run's reports are rendered from, as one text: the code that renders them, the
 * formats, the descriptor, the packs and options, the thresholds, which waivers have expired and
 * the reproducible timestamp. A rebuild whose text is the same would render the same bytes, so it
 * may keep the reports it finds ({@link ReportWriter#writeUnlessUpToDate}).
 *
 * <p>The date ({@link EvaluationOptions#today()}) is not recorded as such: the reports never print
 * it, and all it decides is which of the descriptor's waivers have expired. Recording that instead
 * keeps the reports of a rebuild on the next day, unless a waiver expired overnight.
 */
public final class ReportInputs {
    private ReportInputs() {
    }

    /**
     * The inputs of a run's reports, or null when they must be written whatever the last build
     * left: the input was invalid, or the code or the packs cannot be told apart from others.
     *
     * @param ctx what the reports render
     * @param formats the formats to write
     * @param build identifies the code that renders (the plugin's version, its jar's size and
     *     time, the JDK), or null when unknown
     * @param descriptor the descriptor's text as the run parsed it ({@code Advice.descriptorText}),
     *     in UTF-8, or null when it could not be read
     */
    public static String describe(ReportContext ctx, Set<ReportFormat> formats, String build, byte[] descriptor) {
        if (build == null || descriptor == null || ctx.advice().evaluation() == null
                || ctx.advice().packsFingerprint() == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(320)
                .append("# Backend Advisor: what the reports in this directory were made from.\n")
                .append("# They are rendered again when any of it changes; delete this file to force it.\n")
                .append("build ").append(oneLine(build)).append('\n')
                .append("tool ").append(oneLine(ctx.toolVersion())).append('\n')
                .append("formats");
        for (ReportFormat f : ReportFormat.values()) {
            if (formats.contains(f)) s.append(' ').append(f.id());
        }
        EvaluationOptions o = ctx.options();
        return s.append('\n')
                .append("descriptor ").append(new Fingerprint().add(ctx.descriptorPath()).add(descriptor).hex()).append('\n')
                .append("packs ").append(ctx.advice().packsFingerprint()).append('\n')
                .append("tooCloseMargin ").append(o.tooCloseMargin()).append('\n')
                .append("fragileThreshold ").append(o.fragileThreshold()).append('\n')
                .append(expiredWaivers(ctx.advice().evaluation()))
                .append("timestamp ").append(ctx.timestamp() == null ? "-" : oneLine(ctx.timestamp())).append('\n')
                .toString();
    }

    /**
     * The waivers the date has expired, each as rule and date: with the descriptor fixed, this is
     * everything the date changes in an evaluation (expired waivers are listed, and they no longer
     * waive findings).
     */
    private static String expiredWaivers(Evaluation e) {
        StringBuilder s = new StringBuilder("expired");
        for (ExpiredWaiver w : e.expiredWaivers()) {
            s.append(' ').append(oneLine(w.rule())).append('@').append(w.until());
        }
        return s.append('\n').toString();
    }

    private static String oneLine(String s) {
        return s == null ? "-" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
