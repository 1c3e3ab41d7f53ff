package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.Flip;
import io.github.backendadvisor.engine.Status;
import io.github.backendadvisor.report.jte.JtereportGenerated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external
 * request) rendered through the jte template {@code report.jte}. The template is compiled to Java
 * when the plugin is built, and jte escapes every value for its HTML context (text, attribute).
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Renders the page of a valid run. */
    public static String render(ReportContext ctx) {
        return ReportFormat.HTML.render(ctx);
    }

    /** Appends the page of a valid run to {@code out}. */
    static void render(ReportContext ctx, StringBuilder out) {
        // the class jte generated from report.jte at build time, called directly: no template
        // lookup and no reflection; OWASP output escapes each value for its HTML context, and
        // HtmlOutput appends whole the values it would copy unchanged
        JtereportGenerated.render(new HtmlOutput(new BuilderOutput(out)), null, view(ctx));
    }

    static HtmlView view(ReportContext ctx) {
        Evaluation e = ctx.advice().evaluation();
        var d = ctx.advice().descriptor();
        List<String> order = List.copyOf(ctx.advice().ruleSet().candidates().keySet());
        String statusClass = e.status() == Status.RECOMMENDED ? (e.fragile() ? "warn" : "ok")
                : e.status() == Status.TOO_CLOSE ? "warn" : "bad";

        List<HtmlView.Rank> ranking = new ArrayList<>();
        int rank = 1;
        for (CandidateResult c : e.ranking()) {
            ranking.add(new HtmlView.Rank(c.excluded() ? null : Integer.toString(rank++), c.title(), c.candidate(),
                    Numbers.one(c.score()), Numbers.one(Math.max(0.5, c.score() * 3)), Charts.color(order, c.candidate()),
                    c.excluded(), c.candidate().equals(e.recommendation())));
        }
        List<String> headers = new ArrayList<>();
        for (CandidateResult c : e.ranking()) headers.add(c.title());
        List<HtmlView.ValueRow> valueRows = new ArrayList<>();
        for (var k : e.weights().entrySet()) {
            List<HtmlView.Cell> cells = new ArrayList<>();
            for (CandidateResult c : e.ranking()) {
                var v = c.criteria().get(k.getKey());
                cells.add(new HtmlView.Cell(Numbers.two(v.value()), v.clamped()));
            }
            valueRows.add(new HtmlView.ValueRow(ctx.criterionTitle(k.getKey()), Numbers.percent(k.getValue()),
                    List.copyOf(cells)));
        }
        List<HtmlView.Contrast> contrasts = new ArrayList<>();
        for (var c : e.contrasts()) {
            List<HtmlView.Term> terms = new ArrayList<>();
            for (var t : c.terms()) terms.add(new HtmlView.Term(ctx.criterionTitle(t.criterion()), Numbers.signed(t.points())));
            contrasts.add(new HtmlView.Contrast(ctx.title(c.winner()), ctx.title(c.against()), Numbers.one(c.gap()),
                    Charts.contrast(ctx, c), List.copyOf(terms)));
        }
        List<HtmlView.FlipRow> flips = flips(ctx, e);
        // loops rather than streams: this runs once per module, cold
        List<HtmlView.FiredRule> fired = new ArrayList<>();
        for (var r : e.firedRules()) fired.add(new HtmlView.FiredRule(r.id(), r.title(), r.because(), r.pack(), r.sources()));
        List<HtmlView.Pack> packs = new ArrayList<>();
        for (var p : ctx.advice().ruleSet().packs()) packs.add(new HtmlView.Pack(p.id(), p.title(), p.revision(), p.source()));
        List<HtmlView.Warning> warnings = new ArrayList<>();
        for (var x : ctx.advice().diagnostics()) {
            if (!x.isError()) warnings.add(new HtmlView.Warning(x.file(), ":" + x.line() + ":" + x.column(), x.message()));
        }
        String chosen = d.decision().chosen();
        return new HtmlView(d.service().name(), d.service().description(), Sentences.headline(ctx), e.status().id(),
                statusClass, e.margin() == null ? "n/a" : Numbers.one(e.margin()) + " points",
                e.recommendation() == null ? "n/a" : e.fragile() ? "fragile" : "robust", ctx.title(e.recommendation()),
                ctx.timestamp(), ctx.toolVersion(), ctx.descriptorPath(), chosen == null ? null : ctx.title(chosen),
                chosen == null ? null : ChoiceStanding.note(e, chosen), List.copyOf(ranking),
                Charts.values(ctx, e, order),
                List.copyOf(headers), List.copyOf(valueRows), List.copyOf(contrasts),
                e.mostCritical() == null ? null
                        : ctx.title(e.recommendation()) + " " + Sentences.flip(ctx, e.mostCritical()) + ".",
                e.mostCritical() == null ? null : ctx.criterionTitle(e.mostCritical().criterion()),
                Numbers.percent(ctx.options().fragileThreshold()), flips, flips.isEmpty() && e.recommendation() != null,
                exclusions(e), findings(e),
                List.copyOf(fired), Sentences.missingData(e.notApplied()), DescriptorRows.of(d), List.copyOf(packs),
                List.copyOf(warnings));
    }

    /**
     * Feasible flips first, then the smallest change. A class rather than a chain of comparator
     * lambdas (or a method reference), which in a cold JVM link method-handle forms of their own on
     * first use.
     */
    private static final class EasiestFirst implements Comparator<Flip> {
        static final EasiestFirst INSTANCE = new EasiestFirst();

        @Override
        public int compare(Flip a, Flip b) {
            int c = Boolean.compare(!a.feasible(), !b.feasible());
            return c != 0 ? c : Double.compare(a.feasible() ? a.relativeChange() : a.valueRise(),
                    b.feasible() ? b.relativeChange() : b.valueRise());
        }
    }

    /** Feasible flips first, smallest relative change first; rows where nothing can flip are left out. */
    private static List<HtmlView.FlipRow> flips(ReportContext ctx, Evaluation e) {
        List<Flip> sorted = new ArrayList<>(e.sensitivity());
        sorted.sort(EasiestFirst.INSTANCE);
        List<HtmlView.FlipRow> rows = new ArrayList<>();
        for (Flip f : sorted) {
            if (!f.feasible() && !f.valueRiseFeasible()) continue;
            rows.add(new HtmlView.FlipRow(ctx.criterionTitle(f.criterion()), ctx.title(f.against()), Numbers.two(f.weight()),
                    f.feasible() ? Numbers.two(f.weight() + f.weightChange()) : null,
                    f.feasible() ? Numbers.percent(f.relativeChange()) : null,
                    f.valueRiseFeasible() ? "+" + Numbers.two(f.valueRise()) : null));
        }
        return List.copyOf(rows);
    }

    private static List<HtmlView.ExclusionRow> exclusions(Evaluation e) {
        List<HtmlView.ExclusionRow> rows = new ArrayList<>();
        for (CandidateResult c : e.ranking()) {
            for (var x : c.exclusions()) {
                rows.add(new HtmlView.ExclusionRow(c.title(), x.reason(),
                        x.rule() != null ? "rule " + x.rule() : "must-have " + x.capability()));
            }
        }
        return List.copyOf(rows);
    }

    private static List<HtmlView.FindingRow> findings(Evaluation e) {
        List<HtmlView.FindingRow> rows = new ArrayList<>();
        for (var f : e.findings()) {
            rows.add(new HtmlView.FindingRow(f.severity(), f.rule(), f.message(), f.location().toString(), f.waived(),
                    f.waiverReason(), f.waivedUntil() == null ? null : f.waivedUntil().toString()));
        }
        for (var w : e.expiredWaivers()) {
            rows.add(new HtmlView.FindingRow("error", w.rule(), "the waiver for this rule expired on " + w.until(),
                    w.location().toString(), false, null, null));
        }
        return List.copyOf(rows);
    }
}
