package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Geometry of the report's SVG charts, computed here so that the template only places shapes. */
final class Charts {
    /** Colours per candidate position; each has at least 3:1 contrast on the light and the dark background. */
    static final List<String> PALETTE = List.of("#2e7d32", "#1565c0", "#c2410c", "#7b1fa2", "#00838f", "#a16207");
    static final int WIDTH = 640;
    private static final int LABEL = 170;

    private Charts() {
    }

    static String color(List<String> order, String candidate) {
        int i = order.indexOf(candidate);
        return PALETTE.get(Math.max(0, i) % PALETTE.size());
    }

    /** Grouped horizontal bars: one group per criterion, one bar per candidate, values 0..1. */
    static Map<String, Object> values(ReportContext ctx, Evaluation e, List<String> order) {
        int bar = 12;
        int gap = 3;
        int groupGap = 14;
        int plot = WIDTH - LABEL - 50;
        List<Map<String, Object>> groups = new ArrayList<>();
        int y = 10;
        for (String k : e.weights().keySet()) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("label", ctx.criterionTitle(k));
            List<Map<String, Object>> bars = new ArrayList<>();
            int groupTop = y;
            for (CandidateResult c : e.ranking()) {
                double v = c.criteria().get(k).value();
                Map<String, Object> b = new LinkedHashMap<>();
                b.put("x", LABEL);
                b.put("y", y);
                b.put("w", Numbers.one(Math.max(1, v * plot)));
                b.put("h", bar);
                b.put("color", color(order, c.candidate()));
                b.put("valueX", Numbers.one(LABEL + Math.max(1, v * plot) + 4));
                b.put("textY", y + bar - 2);
                b.put("value", Numbers.two(v));
                b.put("candidate", c.title());
                bars.add(b);
                y += bar + gap;
            }
            g.put("labelY", groupTop + (y - groupTop) / 2 + 4);
            g.put("bars", bars);
            groups.add(g);
            y += groupGap;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", y);
        chart.put("axisX", LABEL);
        chart.put("axisEndX", LABEL + plot);
        chart.put("groups", groups);
        return chart;
    }

    /** A diverging bar chart of one contrast: bars right favour the winner, bars left the runner-up. */
    static Map<String, Object> contrast(ReportContext ctx, Evaluation.Contrast c) {
        int row = 22;
        int mid = LABEL + (WIDTH - LABEL) / 2;
        int half = (WIDTH - LABEL) / 2 - 50;
        double max = c.terms().stream().mapToDouble(t -> Math.abs(t.points())).max().orElse(1);
        if (max < 1e-9) max = 1;
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 8;
        for (var t : c.terms()) {
            double w = Math.abs(t.points()) / max * half;
            boolean forWinner = t.points() >= 0;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", ctx.criterionTitle(t.criterion()));
            b.put("labelY", y + 14);
            b.put("x", Numbers.one(forWinner ? mid : mid - w));
            b.put("y", y + 3);
            b.put("w", Numbers.one(Math.max(w, 0.5)));
            b.put("forWinner", forWinner);
            b.put("points", Numbers.signed(t.points()));
            b.put("textX", Numbers.one(forWinner ? mid + w + 4 : mid - w - 4));
            b.put("anchor", forWinner ? "start" : "end");
            bars.add(b);
            y += row;
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("width", WIDTH);
        chart.put("height", y + 22);
        chart.put("mid", mid);
        chart.put("axisBottom", y + 4);
        chart.put("legendY", y + 18);
        chart.put("leftLegendX", mid - 6);
        chart.put("rightLegendX", mid + 6);
        chart.put("bars", bars);
        return chart;
    }
}
