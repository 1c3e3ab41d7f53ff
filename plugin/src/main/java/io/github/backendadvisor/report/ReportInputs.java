package io.github.backendadvisor.report;

import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.diag.Fingerprint;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.ExpiredWaiver;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.yaml.IsoDates;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything a run's reports are rendered from, as one text: the code that renders them, the
 * formats, the descriptor, the packs and options, the thresholds, the reproducible timestamp, and
 * which waivers have expired. A rebuild whose text is the same would render the same bytes, and
 * print the same summary, so it may keep the reports it finds ({@link ReportWriter#kept}).
 *
 * <p>The text has two parts. Its {@link #key key} is known before anything is evaluated: the
 * descriptor and the packs enter it as fingerprints of their texts. The rest is what an evaluation
 * adds: the waivers the date expired, and the days on which the same waivers would hold.
 *
 * <p>The date ({@link EvaluationOptions#today()}) is not recorded as such: the reports never print
 * it, and all it decides is which of the descriptor's waivers have expired. Recording that, and the
 * days on which it stays so, keeps the reports of a rebuild on the next day, unless a waiver
 * expired overnight.
 */
public final class ReportInputs {
    private ReportInputs() {
    }

    /** The line, after the key, that lists the waivers the date expired. */
    static final String EXPIRED = "expired";

    /** The line, after {@link #EXPIRED}, that gives the first and last day on which it holds. */
    static final String DAYS = "days";

    /**
     * The part of a run's inputs known before evaluating, or null when the reports must be written
     * whatever the last build left: the code or the packs cannot be told apart from others.
     *
     * @param build identifies the code that renders (the plugin's version, its jar's size and
     *     time, the JDK), or null when unknown
     * @param tool the plugin's version as the reports print it
     * @param formats the formats to write
     * @param descriptorPath the descriptor's name as the reports print it
     * @param descriptor the descriptor's bytes, or null when they could not be read
     * @param packs the fingerprint of the packs and options ({@code Advice.packsFingerprint}), or null
     * @param options the thresholds (the date enters through {@link #describe} alone)
     * @param timestamp the reproducible timestamp, or null
     * @param moduleDir where the SARIF report's paths start ({@link ReportContext#moduleDir}), or null
     */
    public static String key(String build, String tool, Set<ReportFormat> formats, String descriptorPath,
            byte[] descriptor, String packs, EvaluationOptions options, String timestamp, String moduleDir) {
        if (build == null || descriptor == null || packs == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(320)
                .append("# Backend Advisor: what the reports in this directory were made from, and what their build printed.\n")
                .append("# They are rendered again when any of it changes; delete this file to force it.\n")
                .append("build ").append(oneLine(build)).append('\n')
                .append("tool ").append(oneLine(tool)).append('\n')
                .append("formats");
        for (ReportFormat f : ReportFormat.values()) {
            if (formats.contains(f)) s.append(' ').append(f.id());
        }
        return s.append('\n')
                .append("descriptor ").append(new Fingerprint().add(descriptorPath).add(descriptor).hex()).append('\n')
                .append("packs ").append(packs).append('\n')
                .append("tooCloseMargin ").append(options.tooCloseMargin()).append('\n')
                .append("fragileThreshold ").append(options.fragileThreshold()).append('\n')
                .append("timestamp ").append(timestamp == null ? "-" : oneLine(timestamp)).append('\n')
                .append("moduleDir ").append(moduleDir == null ? "-" : oneLine(moduleDir.isEmpty() ? "." : moduleDir))
                .append('\n')
                .toString();
    }

    /**
     * The inputs of a run's reports: its {@link #key}, the waivers the date expired, and the days
     * on which the same waivers hold. Null when the reports must be written whatever
     * the last build left: the input was invalid, or the code or the packs cannot be told apart.
     *
     * @param ctx what the reports render
     * @param formats the formats to write
     * @param build identifies the code that renders, or null when unknown
     * @param descriptor the descriptor's text as the run parsed it ({@code Advice.descriptorText}),
     *     in UTF-8, or null when it could not be read
     */
    public static String describe(ReportContext ctx, Set<ReportFormat> formats, String build, byte[] descriptor) {
        Evaluation e = ctx.advice().evaluation();
        if (e == null) return null;
        String key = key(build, ctx.toolVersion(), formats, ctx.descriptorPath(), descriptor,
                ctx.advice().packsFingerprint(), ctx.options(), ctx.timestamp(), ctx.moduleDir());
        if (key == null) return null;
        return key + expiredWaivers(e) + days(ctx.advice().descriptor().decision().waivers(), ctx.options().today());
    }

    /**
     * The waivers the date has expired, each as rule and date: with the descriptor fixed, this is
     * everything the date changes in an evaluation (expired waivers are listed, and they no longer
     * waive findings).
     */
    private static String expiredWaivers(Evaluation e) {
        StringBuilder s = new StringBuilder(EXPIRED);
        for (ExpiredWaiver w : e.expiredWaivers()) {
            s.append(' ').append(oneLine(w.rule())).append('@').append(w.until());
        }
        return s.append('\n').toString();
    }

    /**
     * The first and the last day on which the same waivers as on {@code today} hold, "-" where
     * there is no bound: the day after the latest waiver that expired, and the last day of the
     * earliest one in force. A build on any day between them evaluates as this one did.
     */
    static String days(List<Waiver> waivers, LocalDate today) {
        LocalDate lastExpired = null;
        LocalDate firstInForce = null;
        for (Waiver w : waivers) {
            if (w.inForce(today)) {
                if (firstInForce == null || w.until().isBefore(firstInForce)) firstInForce = w.until();
            } else if (lastExpired == null || w.until().isAfter(lastExpired)) {
                lastExpired = w.until();
            }
        }
        return DAYS + ' ' + (lastExpired == null ? "-" : lastExpired.plusDays(1).toString()) + ' '
                + (firstInForce == null ? "-" : firstInForce.toString()) + '\n';
    }

    /** Whether {@code today} lies within a {@link #days} line (without its line end); false for any other text. */
    static boolean within(String daysLine, LocalDate today) {
        String[] parts = daysLine.split(" ", -1);
        if (parts.length != 3 || !parts[0].equals(DAYS)) return false;
        LocalDate first = parts[1].equals("-") ? LocalDate.MIN : IsoDates.parse(parts[1]).orElse(null);
        LocalDate last = parts[2].equals("-") ? LocalDate.MAX : IsoDates.parse(parts[2]).orElse(null);
        return first != null && last != null && !today.isBefore(first) && !today.isAfter(last);
    }

    private static String oneLine(String s) {
        return s == null ? "-" : s.replace('\n', ' ').replace('\r', ' ');
    }
}
