package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import java.util.ArrayList;
import java.util.List;

/** The short block the build log shows: recommendation, status, scores, margin, report path. */
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
        StringBuilder scores = new StringBuilder("  Scores:");
        for (var c : e.ranking()) {
            scores.append(' ').append(c.candidate()).append(' ').append(Numbers.one(c.score()))
                    .append(c.excluded() ? " (excluded)" : "").append(';');
        }
        out.add(scores.substring(0, scores.length() - 1));
        if (e.mostCritical() != null) {
            out.add("  Sensitivity: " + ctx.title(e.recommendation()) + " " + Sentences.flip(ctx, e.mostCritical()));
        }
        long open = 0;
        for (var f : e.findings()) {
            if (!f.waived()) open++;
        }
        if (open > 0 || !e.expiredWaivers().isEmpty()) {
            out.add("  Findings: " + open + " open" + (e.expiredWaivers().isEmpty() ? ""
                    : ", " + e.expiredWaivers().size() + " expired waiver(s)"));
        }
        if (htmlPath != null) {
            out.add("  Report: " + htmlPath);
        }
        return out;
    }
}
