package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import java.util.ArrayList;
import java.util.List;

/** Geometry of the report's SVG charts, computed here so that the template only places shapes. */
final class Charts {
    /** Colours per candidate position; each has at least 3:1 contrast on the light and the dark background. */
    static final List<String> PALETTE = List.of("#2e7d32", "#1565c0", "#c2410c", "#7b1fa2", "#00838f", "#a16207");
    static final int WIDTH = 520;
    private static final int LABEL = 170;

    private Charts() {
    }

    static String color(List<String> order, String candidate) {
        int i = order.indexOf(candidate);
        return PALETTE.get(Math.max(0, i) % PALETTE.size());
    }

    /** Grouped horizontal bars: one group per criterion, one bar per candidate, values 0..1. */
    static HtmlView.ValueChart values(ReportContext ctx, Evaluation e, List<String> order) {
        int bar = 12;
        int gap = 3;
        int groupGap = 14;
        int plot = WIDTH - LABEL - 50;
        List<HtmlView.Group> groups = new ArrayList<>();
        int y = 10;
        for (String k : e.weights().keySet()) {
            List<HtmlView.Bar> bars = new ArrayList<>();
            int groupTop = y;
            for (CandidateResult c : e.ranking()) {
                double v = c.criteria().get(k).value();
                double w = Math.max(1, v * plot);
                bars.add(new HtmlView.Bar(LABEL, y, Numbers.one(w), bar, color(order, c.candidate()),
                        Numbers.one(LABEL + w + 4), y + bar - 2, Numbers.two(v), c.title()));
                y += bar + gap;
            }
            groups.add(new HtmlView.Group(ctx.criterionTitle(k), groupTop + (y - groupTop) / 2 + 4, List.copyOf(bars)));
            y += groupGap;
        }
        return new HtmlView.ValueChart(WIDTH, y, LABEL, LABEL + plot, List.copyOf(groups));
    }

    /** A diverging bar chart of one contrast: bars right favour the winner, bars left the runner-up. */
    static HtmlView.ContrastChart contrast(ReportContext ctx, Evaluation.Contrast c) {
        int row = 22;
        int mid = LABEL + (WIDTH - LABEL) / 2;
        int half = (WIDTH - LABEL) / 2 - 50;
        double max = c.terms().isEmpty() ? 1 : Double.NEGATIVE_INFINITY;
        for (var t : c.terms()) max = Math.max(max, Math.abs(t.points()));
        if (max < 1e-9) max = 1;
        List<HtmlView.ContrastBar> bars = new ArrayList<>();
        int y = 8;
        for (var t : c.terms()) {
            double w = Math.abs(t.points()) / max * half;
            boolean forWinner = t.points() >= 0;
            bars.add(new HtmlView.ContrastBar(ctx.criterionTitle(t.criterion()), y + 14,
                    Numbers.one(forWinner ? mid : mid - w), y + 3, Numbers.one(Math.max(w, 0.5)), forWinner,
                    Numbers.signed(t.points()), Numbers.one(forWinner ? mid + w + 4 : mid - w - 4),
                    forWinner ? "start" : "end"));
            y += row;
        }
        return new HtmlView.ContrastChart(WIDTH, y + 22, mid, y + 4, y + 18, mid - 6, mid + 6, List.copyOf(bars));
    }
}
