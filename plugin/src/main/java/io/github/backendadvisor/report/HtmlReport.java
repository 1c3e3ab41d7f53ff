package io.github.backendadvisor.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.Flip;
import io.github.backendadvisor.engine.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external
 * request) rendered through a Mustache template, which HTML-escapes every value by default.
 */
public final class HtmlReport {
    private static final Mustache TEMPLATE = compile();

    private HtmlReport() {
    }

    private static Mustache compile() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.html.mustache")) {
            if (in == null) throw new IllegalStateException("report.html.mustache is missing from the plugin jar");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            DefaultMustacheFactory factory = new DefaultMustacheFactory();
            // the view model is plain maps and lists: simple lookups, no reflective guard chains to build
            factory.setObjectHandler(new com.github.mustachejava.reflect.SimpleObjectHandler());
            return factory.compile(new StringReader(text), "report.html");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the page of a valid run. */
    public static String render(ReportContext ctx) {
        StringWriter out = new StringWriter();
        TEMPLATE.execute(out, model(ctx));
        return out.toString();
    }

    static Map<String, Object> model(ReportContext ctx) {
        Evaluation e = ctx.advice().evaluation();
        var d = ctx.advice().descriptor();
        List<String> order = List.copyOf(ctx.advice().ruleSet().candidates().keySet());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service", d.service().name());
        m.put("description", d.service().description());
        m.put("headline", Sentences.headline(ctx));
        m.put("statusId", e.status().id());
        m.put("statusClass", e.status() == Status.RECOMMENDED ? (e.fragile() ? "warn" : "ok")
                : e.status() == Status.TOO_CLOSE ? "warn" : "bad");
        m.put("margin", e.margin() == null ? "n/a" : Numbers.one(e.margin()) + " points");
        m.put("robustness", e.recommendation() == null ? "n/a" : e.fragile() ? "fragile" : "robust");
        m.put("recommendation", ctx.title(e.recommendation()));
        m.put("timestamp", ctx.timestamp());
        m.put("toolVersion", ctx.toolVersion());
        m.put("descriptorPath", ctx.descriptorPath());
        String chosen = d.decision().chosen();
        if (chosen != null) {
            m.put("chosen", ctx.title(chosen));
            m.put("chosenAgrees", chosen.equals(e.recommendation()));
        }

        List<Map<String, Object>> ranking = new ArrayList<>();
        int rank = 1;
        for (CandidateResult c : e.ranking()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("rank", c.excluded() ? "–" : Integer.toString(rank++));
            r.put("title", c.title());
            r.put("id", c.candidate());
            r.put("score", Numbers.one(c.score()));
            r.put("barWidth", Numbers.one(Math.max(0.5, c.score() * 3)));
            r.put("color", Charts.color(order, c.candidate()));
            r.put("excluded", c.excluded());
            r.put("recommended", c.candidate().equals(e.recommendation()));
            ranking.add(r);
        }
        m.put("ranking", ranking);
        m.put("legend", ranking);

        m.put("valueChart", Charts.values(ctx, e, order));
        List<Map<String, Object>> headers = new ArrayList<>();
        e.ranking().forEach(c -> headers.add(Map.of("title", c.title())));
        m.put("valueHeaders", headers);
        List<Map<String, Object>> valueRows = new ArrayList<>();
        for (var k : e.weights().entrySet()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("criterion", ctx.criterionTitle(k.getKey()));
            row.put("weight", Numbers.percent(k.getValue()));
            List<Map<String, Object>> cells = new ArrayList<>();
            for (CandidateResult c : e.ranking()) {
                var v = c.criteria().get(k.getKey());
                cells.add(Map.of("value", Numbers.two(v.value()), "clamped", v.clamped()));
            }
            row.put("cells", cells);
            valueRows.add(row);
        }
        m.put("valueRows", valueRows);

        List<Map<String, Object>> contrasts = new ArrayList<>();
        for (var c : e.contrasts()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("winner", ctx.title(c.winner()));
            cm.put("against", ctx.title(c.against()));
            cm.put("gap", Numbers.one(c.gap()));
            cm.put("chart", Charts.contrast(ctx, c));
            List<Map<String, Object>> terms = new ArrayList<>();
            c.terms().forEach(t -> terms.add(Map.of("criterion", ctx.criterionTitle(t.criterion()),
                    "points", Numbers.signed(t.points()))));
            cm.put("terms", terms);
            contrasts.add(cm);
        }
        m.put("contrasts", contrasts);

        sensitivity(ctx, e, m);
        exclusionsAndFindings(ctx, e, m);

        List<Map<String, Object>> fired = new ArrayList<>();
        for (var r : e.firedRules()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("id", r.id());
            f.put("title", r.title());
            f.put("because", r.because());
            f.put("pack", r.pack());
            f.put("sources", r.sources().stream().map(s -> Map.of("url", s)).toList());
            fired.add(f);
        }
        m.put("firedRules", fired);
        m.put("firedCount", fired.size());
        m.put("missingData", Sentences.missingData(e.notApplied()).stream().map(s -> Map.of("text", s)).toList());
        m.put("descriptorRows", DescriptorRows.of(d));
        List<Map<String, Object>> packs = new ArrayList<>();
        ctx.advice().ruleSet().packs().forEach(p -> packs.add(Map.of("id", p.id(), "title", p.title(),
                "revision", p.revision(), "source", p.source())));
        m.put("packs", packs);
        List<Map<String, Object>> warnings = new ArrayList<>();
        ctx.advice().diagnostics().stream().filter(x -> !x.isError())
                .forEach(x -> warnings.add(Map.of("text", x.format())));
        m.put("warnings", warnings);
        m.put("hasWarnings", !warnings.isEmpty());
        return m;
    }

    private static void sensitivity(ReportContext ctx, Evaluation e, Map<String, Object> m) {
        if (e.mostCritical() != null) {
            m.put("critical", ctx.title(e.recommendation()) + " " + Sentences.flip(ctx, e.mostCritical()) + ".");
            m.put("criticalCriterion", ctx.criterionTitle(e.mostCritical().criterion()));
        }
        m.put("fragileThreshold", Numbers.percent(ctx.options().fragileThreshold()));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Flip> sorted = new ArrayList<>(e.sensitivity());
        sorted.sort(java.util.Comparator.comparing((Flip f) -> !f.feasible())
                .thenComparingDouble(f -> f.feasible() ? f.relativeChange() : f.valueRise()));
        for (Flip f : sorted) {
            if (!f.feasible() && !f.valueRiseFeasible()) continue;
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("criterion", ctx.criterionTitle(f.criterion()));
            r.put("against", ctx.title(f.against()));
            r.put("weight", Numbers.two(f.weight()));
            r.put("flipWeight", f.feasible() ? Numbers.two(f.weight() + f.weightChange()) : "—");
            r.put("relative", f.feasible() ? Numbers.percent(f.relativeChange()) : "—");
            r.put("valueRise", f.valueRiseFeasible() ? "+" + Numbers.two(f.valueRise()) : "—");
            rows.add(r);
        }
        m.put("flips", rows);
        m.put("hasFlips", !rows.isEmpty());
        m.put("noFlips", rows.isEmpty() && e.recommendation() != null);
    }

    private static void exclusionsAndFindings(ReportContext ctx, Evaluation e, Map<String, Object> m) {
        List<Map<String, Object>> ex = new ArrayList<>();
        for (CandidateResult c : e.ranking()) {
            for (var x : c.exclusions()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("candidate", c.title());
                r.put("reason", x.reason());
                r.put("by", x.rule() != null ? "rule " + x.rule() : "must-have " + x.capability());
                ex.add(r);
            }
        }
        m.put("exclusions", ex);
        m.put("hasExclusions", !ex.isEmpty());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (var f : e.findings()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("severity", f.severity());
            r.put("rule", f.rule());
            r.put("message", f.message());
            r.put("location", f.location().toString());
            r.put("waived", f.waived());
            r.put("waiverReason", f.waiverReason());
            findings.add(r);
        }
        for (var w : e.expiredWaivers()) {
            findings.add(Map.of("severity", "error", "rule", w.rule(), "message",
                    "the waiver for this rule expired on " + w.until(), "location", w.location().toString(),
                    "waived", false));
        }
        m.put("findings", findings);
        m.put("hasFindings", !findings.isEmpty());
        m.put("noExclusionsOrFindings", ex.isEmpty() && findings.isEmpty());
    }
}
