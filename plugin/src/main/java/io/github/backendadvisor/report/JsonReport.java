package io.github.backendadvisor.report;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.Flip;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code report.json}: the whole evaluation for machines (plugin.md, Outputs). */
public final class JsonReport {
    /** The version of this JSON format. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    /** Renders the report; an invalid run gives status "invalid" and its diagnostics. */
    public static String render(ReportContext ctx) {
        return ReportFormat.JSON.render(ctx);
    }

    /** Appends the report to {@code out}. */
    static void render(ReportContext ctx, StringBuilder out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.field("formatVersion", FORMAT_VERSION);
        w.field("tool", "backend-advisor " + ctx.toolVersion());
        if (ctx.timestamp() != null) w.field("generatedAt", ctx.timestamp());
        w.field("descriptor", ctx.descriptorPath());
        Descriptor d = ctx.advice().descriptor();
        Evaluation e = ctx.advice().evaluation();
        w.name("service").beginObject();
        if (d != null) {
            w.field("name", d.service().name());
            if (d.service().description() != null) w.field("description", d.service().description());
        }
        w.endObject();
        if (e == null) {
            w.field("status", "invalid");
            w.name("recommendation").nullValue();
        } else {
            evaluation(ctx, w, e);
        }
        w.name("diagnostics").beginArray();
        for (Diagnostic x : ctx.advice().diagnostics()) {
            w.beginObject().field("severity", x.severity().label()).field("message", x.message())
                    .location("location", x.position()).endObject();
        }
        w.endArray();
        w.name("rulePacks").beginArray();
        if (ctx.advice().ruleSet() != null) {
            for (var p : ctx.advice().ruleSet().packs()) {
                w.beginObject().field("id", p.id()).field("title", p.title()).field("revision", p.revision())
                        .field("source", p.source()).endObject();
            }
        }
        w.endArray();
        w.endObject().end();
    }

    private static void evaluation(ReportContext ctx, JsonWriter w, Evaluation e) {
        w.field("status", e.status().id());
        w.field("recommendation", e.recommendation());
        if (e.margin() == null) w.name("margin").nullValue();
        else w.number("margin", e.margin());
        w.field("fragile", e.fragile());
        w.field("headline", Sentences.headline(ctx));
        w.field("chosen", ctx.advice().descriptor().decision().chosen());
        w.name("weights").beginObject();
        for (Map.Entry<String, Double> k : e.weights().entrySet()) w.number(k.getKey(), k.getValue());
        w.endObject();
        w.name("ranking").beginArray();
        for (CandidateResult c : e.ranking()) candidate(w, c);
        w.endArray();
        w.name("contrasts").beginArray();
        for (var c : e.contrasts()) {
            w.beginObject().field("winner", c.winner()).field("against", c.against()).number("gap", c.gap());
            w.name("terms").beginArray();
            for (var t : c.terms()) {
                w.beginObject().field("criterion", t.criterion()).number("points", t.points()).endObject();
            }
            w.endArray().endObject();
        }
        w.endArray();
        w.name("sensitivity").beginArray();
        for (Flip f : e.sensitivity()) flip(w, f);
        w.endArray();
        w.name("mostCritical");
        if (e.mostCritical() == null) w.nullValue();
        else flip(w, e.mostCritical());
        w.name("findings").beginArray();
        for (var f : e.findings()) {
            w.beginObject().field("severity", f.severity()).field("rule", f.rule()).field("title", f.title())
                    .field("message", f.message()).location("location", f.location()).field("waived", f.waived());
            if (f.waiverReason() != null) w.field("waiverReason", f.waiverReason());
            if (f.waivedUntil() != null) w.field("waivedUntil", f.waivedUntil().toString());
            w.endObject();
        }
        w.endArray();
        w.name("expiredWaivers").beginArray();
        for (var x : e.expiredWaivers()) {
            w.beginObject().field("rule", x.rule()).field("until", x.until().toString())
                    .location("location", x.location()).endObject();
        }
        w.endArray();
        w.name("firedRules").beginArray();
        for (var r : e.firedRules()) {
            w.beginObject().field("id", r.id()).field("title", r.title()).field("because", r.because())
                    .strings("sources", r.sources()).field("pack", r.pack()).endObject();
        }
        w.endArray();
        w.name("notApplied").beginArray();
        for (var n : e.notApplied()) {
            w.beginObject().field("rule", n.rule()).field("title", n.title()).strings("missing", n.missing())
                    .endObject();
        }
        w.endArray();
    }

    private static void candidate(JsonWriter w, CandidateResult c) {
        w.beginObject().field("candidate", c.candidate()).field("title", c.title()).number("score", c.score())
                .field("excluded", c.excluded());
        w.name("exclusions").beginArray();
        for (var x : c.exclusions()) {
            w.beginObject();
            if (x.rule() != null) w.field("rule", x.rule());
            if (x.capability() != null) w.field("capability", x.capability());
            w.field("reason", x.reason()).endObject();
        }
        w.endArray();
        w.name("criteria").beginObject();
        for (var k : c.criteria().entrySet()) {
            var v = k.getValue();
            w.name(k.getKey()).beginObject().number("value", v.value()).number("weight", v.weight())
                    .number("contribution", v.contribution()).number("base", v.base()).number("raw", v.raw())
                    .field("clamped", v.clamped()).endObject();
        }
        w.endObject();
        Set<String> rules = new LinkedHashSet<>();
        for (var ef : c.effects()) rules.add(ef.rule());
        for (var x : c.exclusions()) {
            if (x.rule() != null) rules.add(x.rule());
        }
        w.strings("firedRules", List.copyOf(rules));
        w.name("effects").beginArray();
        for (var ef : c.effects()) {
            w.beginObject().field("rule", ef.rule()).field("criterion", ef.criterion()).number("delta", ef.delta())
                    .endObject();
        }
        w.endArray().endObject();
    }

    private static void flip(JsonWriter w, Flip f) {
        w.beginObject().field("criterion", f.criterion()).field("against", f.against()).number("weight", f.weight())
                .number("weightChange", f.weightChange()).number("newWeight", f.weight() + f.weightChange())
                .number("relativeChange", f.relativeChange()).field("feasible", f.feasible())
                .number("valueRise", f.valueRise()).field("valueRiseFeasible", f.valueRiseFeasible()).endObject();
    }
}
