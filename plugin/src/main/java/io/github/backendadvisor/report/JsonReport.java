package io.github.backendadvisor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.CandidateResult;
import io.github.backendadvisor.engine.Evaluation.Flip;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@code report.json}: the whole evaluation for machines (plugin.md, Outputs). */
public final class JsonReport {
    /** The version of this JSON format. */
    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    /** Renders the report; an invalid run gives status "invalid" and its diagnostics. */
    public static String render(ReportContext ctx) {
        ObjectNode root = Json.F.objectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "backend-advisor " + ctx.toolVersion());
        if (ctx.timestamp() != null) root.put("generatedAt", ctx.timestamp());
        root.put("descriptor", ctx.descriptorPath());
        Descriptor d = ctx.advice().descriptor();
        Evaluation e = ctx.advice().evaluation();
        ObjectNode service = root.putObject("service");
        if (d != null) {
            service.put("name", d.service().name());
            if (d.service().description() != null) service.put("description", d.service().description());
        }
        if (e == null) {
            root.put("status", "invalid");
            root.putNull("recommendation");
        } else {
            evaluation(ctx, root, e);
        }
        ArrayNode diags = root.putArray("diagnostics");
        for (Diagnostic x : ctx.advice().diagnostics()) {
            ObjectNode o = diags.addObject();
            o.put("severity", x.severity().label());
            o.put("message", x.message());
            o.set("location", Json.location(x.position()));
        }
        ArrayNode packs = root.putArray("rulePacks");
        if (ctx.advice().ruleSet() != null) {
            ctx.advice().ruleSet().packs().forEach(p -> {
                ObjectNode o = packs.addObject();
                o.put("id", p.id());
                o.put("title", p.title());
                o.put("revision", p.revision());
                o.put("source", p.source());
            });
        }
        return Json.write(root);
    }

    private static void evaluation(ReportContext ctx, ObjectNode root, Evaluation e) {
        root.put("status", e.status().id());
        if (e.recommendation() == null) root.putNull("recommendation");
        else root.put("recommendation", e.recommendation());
        if (e.margin() == null) root.putNull("margin");
        else Json.num(root, "margin", e.margin());
        root.put("fragile", e.fragile());
        root.put("headline", Sentences.headline(ctx));
        String chosen = ctx.advice().descriptor().decision().chosen();
        if (chosen == null) root.putNull("chosen");
        else root.put("chosen", chosen);
        ObjectNode weights = root.putObject("weights");
        e.weights().forEach((k, w) -> Json.num(weights, k, w));
        ArrayNode ranking = root.putArray("ranking");
        for (CandidateResult c : e.ranking()) {
            ranking.add(candidate(c));
        }
        ArrayNode contrasts = root.putArray("contrasts");
        for (var c : e.contrasts()) {
            ObjectNode o = contrasts.addObject();
            o.put("winner", c.winner());
            o.put("against", c.against());
            Json.num(o, "gap", c.gap());
            ArrayNode terms = o.putArray("terms");
            c.terms().forEach(t -> {
                ObjectNode to = terms.addObject();
                to.put("criterion", t.criterion());
                Json.num(to, "points", t.points());
            });
        }
        ArrayNode sens = root.putArray("sensitivity");
        e.sensitivity().forEach(f -> sens.add(flip(f)));
        if (e.mostCritical() == null) root.putNull("mostCritical");
        else root.set("mostCritical", flip(e.mostCritical()));
        ArrayNode findings = root.putArray("findings");
        for (var f : e.findings()) {
            ObjectNode o = findings.addObject();
            o.put("severity", f.severity());
            o.put("rule", f.rule());
            o.put("title", f.title());
            o.put("message", f.message());
            o.set("location", Json.location(f.location()));
            o.put("waived", f.waived());
            if (f.waiverReason() != null) o.put("waiverReason", f.waiverReason());
        }
        ArrayNode expired = root.putArray("expiredWaivers");
        for (var w : e.expiredWaivers()) {
            ObjectNode o = expired.addObject();
            o.put("rule", w.rule());
            o.put("until", w.until().toString());
            o.set("location", Json.location(w.location()));
        }
        ArrayNode fired = root.putArray("firedRules");
        for (var r : e.firedRules()) {
            ObjectNode o = fired.addObject();
            o.put("id", r.id());
            o.put("title", r.title());
            o.put("because", r.because());
            o.set("sources", Json.strings(r.sources()));
            o.put("pack", r.pack());
        }
        ArrayNode notApplied = root.putArray("notApplied");
        for (var n : e.notApplied()) {
            ObjectNode o = notApplied.addObject();
            o.put("rule", n.rule());
            o.put("title", n.title());
            o.set("missing", Json.strings(n.missing()));
        }
    }

    private static ObjectNode candidate(CandidateResult c) {
        ObjectNode o = Json.F.objectNode();
        o.put("candidate", c.candidate());
        o.put("title", c.title());
        Json.num(o, "score", c.score());
        o.put("excluded", c.excluded());
        ArrayNode ex = o.putArray("exclusions");
        c.exclusions().forEach(x -> {
            ObjectNode xo = ex.addObject();
            if (x.rule() != null) xo.put("rule", x.rule());
            if (x.capability() != null) xo.put("capability", x.capability());
            xo.put("reason", x.reason());
        });
        ObjectNode criteria = o.putObject("criteria");
        c.criteria().forEach((k, v) -> {
            ObjectNode co = criteria.putObject(k);
            Json.num(co, "value", v.value());
            Json.num(co, "weight", v.weight());
            Json.num(co, "contribution", v.contribution());
            Json.num(co, "base", v.base());
            Json.num(co, "raw", v.raw());
            co.put("clamped", v.clamped());
        });
        Set<String> rules = new LinkedHashSet<>();
        c.effects().forEach(ef -> rules.add(ef.rule()));
        c.exclusions().forEach(x -> {
            if (x.rule() != null) rules.add(x.rule());
        });
        o.set("firedRules", Json.strings(java.util.List.copyOf(rules)));
        ArrayNode effects = o.putArray("effects");
        c.effects().forEach(ef -> {
            ObjectNode eo = effects.addObject();
            eo.put("rule", ef.rule());
            eo.put("criterion", ef.criterion());
            Json.num(eo, "delta", ef.delta());
        });
        return o;
    }

    private static ObjectNode flip(Flip f) {
        ObjectNode o = Json.F.objectNode();
        o.put("criterion", f.criterion());
        o.put("against", f.against());
        Json.num(o, "weight", f.weight());
        Json.num(o, "weightChange", f.weightChange());
        Json.num(o, "newWeight", f.weight() + f.weightChange());
        Json.num(o, "relativeChange", f.relativeChange());
        o.put("feasible", f.feasible());
        Json.num(o, "valueRise", f.valueRise());
        o.put("valueRiseFeasible", f.valueRiseFeasible());
        return o;
    }
}
