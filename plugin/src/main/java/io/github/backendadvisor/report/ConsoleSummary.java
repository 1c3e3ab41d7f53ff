package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The short block the build log shows: recommendation, status, the team's choice when one is
 * recorded, scores, margin, report path.
 */
public final class ConsoleSummary {
    private ConsoleSummary() {
    }

    /** The lines of the summary; {@code htmlPath} is null when no HTML report was written. */
    public static List<String> lines(ReportContext ctx, String htmlPath) {
        Evaluation e = ctx.advice().evaluation();
        List<String> out = new ArrayList<>();
        out.add("Backend Advisor: " + ctx.advice().descriptor().service().name());
        out.add("  " + Sentences.headline(ctx));
        out.add("  Status: " + e.status().id() + (e.margin() == null ? "" : ", margin " + Numbers.one(e.margin())
                + " points") + (e.recommendation() == null ? "" : e.fragile() ? ", fragile" : ", robust"));
        String chosen = ctx.advice().descriptor().decision().chosen();
        if (chosen != null) out.add("  Team's choice: " + chosen + " (" + ChoiceStanding.note(e, chosen) + ")");
        StringBuilder scores = new StringBuilder("  Scores:");
        for (var c : e.ranking()) {
            scores.append(' ').append(c.candidate()).append(' ').append(Numbers.one(c.score()))
                    .append(c.excluded() ? " (excluded)" : "").append(';');
        }
        out.add(scores.substring(0, scores.length() - 1));
        if (e.mostCritical() != null) {
            out.add("  Sensitivity: " + ctx.title(e.recommendation()) + " " + Sentences.flip(ctx, e.mostCritical()));
        }
        String findings = findings(e);
        if (!findings.isEmpty()) out.add("  Findings: " + findings);
        if (htmlPath != null) {
            out.add(report(htmlPath));
        }
        return out;
    }

    /** The summary's last line, which names the HTML report. */
    public static String report(String htmlPath) {
        return "  Report: " + htmlPath;
    }

    /** The severities shown, most severe first. */
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    /** Ids named per severity before the rest are counted. */
    private static final int IDS_SHOWN = 3;

    /**
     * The open findings by severity, each with the rules that raised them, then how many are waived
     * and how many waivers expired: "2 open: 1 error (python-async-stack-required), 1 info
     * (containers-cpu-quota-awareness); 1 waived", or "none open, 1 waived" when every finding is
     * waived; empty when there are no findings and no expired waivers. The report has their messages.
     */
    static String findings(Evaluation e) {
        Map<String, List<String>> rules = new LinkedHashMap<>();
        for (String severity : SEVERITIES) rules.put(severity, new ArrayList<>());
        int open = 0;
        int waived = 0;
        for (var f : e.findings()) {
            if (f.waived()) {
                waived++;
                continue;
            }
            open++;
            List<String> ofSeverity = rules.get(f.severity());
            if (ofSeverity == null) {
                ofSeverity = new ArrayList<>();
                rules.put(f.severity(), ofSeverity);
            }
            ofSeverity.add(f.rule());
        }
        StringBuilder s = new StringBuilder();
        if (open > 0) {
            s.append(open).append(" open:");
            String sep = " ";
            for (var bySeverity : rules.entrySet()) {
                List<String> ids = bySeverity.getValue();
                if (ids.isEmpty()) continue;
                s.append(sep).append(ids.size()).append(' ').append(bySeverity.getKey()).append(" (")
                        .append(String.join(", ", ids.subList(0, Math.min(IDS_SHOWN, ids.size()))))
                        .append(ids.size() > IDS_SHOWN ? ", and " + (ids.size() - IDS_SHOWN) + " more)" : ")");
                sep = ", ";
            }
        }
        if (waived > 0) {
            s.append(open > 0 ? "; " : "none open, ").append(waived).append(" waived");
        }
        int expired = e.expiredWaivers().size();
        if (expired > 0) {
            s.append(s.length() > 0 ? "; " : "").append(expired).append(expired == 1 ? " expired waiver" : " expired waivers");
        }
        return s.toString();
    }
}
