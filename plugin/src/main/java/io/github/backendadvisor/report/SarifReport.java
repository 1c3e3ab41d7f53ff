package io.github.backendadvisor.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.RuleSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning upload. Findings keep their pack rule ids;
 * exclusions, descriptor errors and expired waivers have fixed ids of their own.
 */
public final class SarifReport {
    /** Rule id of a result that reports an excluded candidate. */
    public static final String EXCLUDED = "backend-advisor/excluded-candidate";
    /** Rule id of a descriptor or pack error. */
    public static final String INVALID = "backend-advisor/invalid-input";
    /** Rule id of an expired waiver. */
    public static final String EXPIRED = "backend-advisor/expired-waiver";
    private static final String INFO_URI = "https://github.com/backendadvisor/backend-advisor";

    private SarifReport() {
    }

    /** Renders the report. */
    public static String render(ReportContext ctx) {
        ObjectNode root = Json.F.objectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Backend Advisor");
        driver.put("version", ctx.toolVersion());
        driver.put("informationUri", INFO_URI);
        Map<String, Integer> index = new LinkedHashMap<>();
        ArrayNode rules = driver.putArray("rules");
        ArrayNode results = run.putArray("results");

        for (Diagnostic d : ctx.advice().diagnostics()) {
            int i = rule(rules, index, INVALID, "InvalidInput", "The descriptor or a rule pack is invalid.",
                    "Backend Advisor could not read its input; the message says what to fix.", "error", INFO_URI);
            result(results, INVALID, i, d.isError() ? "error" : "warning", d.message(), d.position());
        }
        Evaluation e = ctx.advice().evaluation();
        if (e != null) {
            RuleSet set = ctx.advice().ruleSet();
            String chosen = ctx.advice().descriptor().decision().chosen();
            for (var f : e.findings()) {
                Rule def = definition(set, f.rule());
                int i = rule(rules, index, f.rule(), name(f.rule()), f.title(), def == null ? f.title() : def.because(),
                        level(f.severity()), def == null || def.sources().isEmpty() ? INFO_URI : def.sources().get(0));
                ObjectNode r = result(results, f.rule(), i, level(f.severity()), f.message(), f.location());
                if (f.waived()) {
                    ObjectNode s = r.putArray("suppressions").addObject();
                    s.put("kind", "external");
                    s.put("justification", f.waiverReason());
                }
            }
            for (var c : e.ranking()) {
                for (var x : c.exclusions()) {
                    int i = rule(rules, index, EXCLUDED, "ExcludedCandidate", "A candidate is excluded (vetoed).",
                            "A rule or a must-have capability rules the candidate out.", "note", INFO_URI);
                    String lvl = c.candidate().equals(chosen) ? "error" : "note";
                    result(results, EXCLUDED, i, lvl, c.title() + " is excluded: " + x.reason(), x.location());
                }
            }
            for (var w : e.expiredWaivers()) {
                int i = rule(rules, index, EXPIRED, "ExpiredWaiver", "A waiver has expired.",
                        "A waiver's 'until' date has passed; renew it with a reason or fix the finding.", "error", INFO_URI);
                result(results, EXPIRED, i, "error", "the waiver for rule '" + w.rule() + "' expired on " + w.until(),
                        w.location());
            }
        }
        return Json.write(root);
    }

    private static Rule definition(RuleSet set, String id) {
        if (set == null) return null;
        return set.rules().stream().map(RuleSet.CompiledRule::definition).filter(r -> r.id().equals(id))
                .findFirst().orElse(null);
    }

    private static int rule(ArrayNode rules, Map<String, Integer> index, String id, String name, String shortText,
            String fullText, String level, String helpUri) {
        Integer existing = index.get(id);
        if (existing != null) return existing;
        ObjectNode r = rules.addObject();
        r.put("id", id);
        r.put("name", name);
        r.putObject("shortDescription").put("text", shortText);
        r.putObject("fullDescription").put("text", fullText);
        r.put("helpUri", helpUri);
        r.putObject("defaultConfiguration").put("level", level);
        index.put(id, rules.size() - 1);
        return rules.size() - 1;
    }

    private static ObjectNode result(ArrayNode results, String ruleId, int ruleIndex, String level, String message,
            Position at) {
        ObjectNode r = results.addObject();
        r.put("ruleId", ruleId);
        r.put("ruleIndex", ruleIndex);
        r.put("level", level);
        r.putObject("message").put("text", message);
        ObjectNode loc = r.putArray("locations").addObject().putObject("physicalLocation");
        loc.putObject("artifactLocation").put("uri", at.file().replace('\\', '/'));
        ObjectNode region = loc.putObject("region");
        region.put("startLine", Math.max(1, at.line()));
        region.put("startColumn", Math.max(1, at.column()));
        return r;
    }

    private static String level(String severity) {
        return switch (severity) {
            case "error" -> "error";
            case "warning" -> "warning";
            default -> "note";
        };
    }

    /** "python-gil-cpu-bound" to "PythonGilCpuBound", SARIF's suggested rule name form. */
    private static String name(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
