package io.github.backendadvisor.report;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.RuleSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report.sarif}: SARIF 2.1.0 for code-scanning upload. Findings keep their pack rule ids;
 * exclusions, descriptor errors and warnings, and expired waivers have fixed ids of their own.
 */
public final class SarifReport {
    /** Rule id of a result that reports an excluded candidate. */
    public static final String EXCLUDED = "backend-advisor/excluded-candidate";
    /** Rule id of a descriptor or pack error. */
    public static final String INVALID = "backend-advisor/invalid-input";
    /** Rule id of a warning about the descriptor or a pack (a waiver that waives nothing, a need listed twice). */
    public static final String INPUT_WARNING = "backend-advisor/input-warning";
    /** Rule id of an expired waiver. */
    public static final String EXPIRED = "backend-advisor/expired-waiver";
    private static final String INFO_URI = "https://github.com/backendadvisor/backend-advisor";
    /** The base of relative paths: the source root, as code scanning tools name it. */
    private static final String SOURCE_ROOT = "%SRCROOT%";

    private SarifReport() {
    }

    /** A reporting descriptor: one per rule id, in order of first use. */
    private record RuleRow(String id, String name, String shortText, String fullText, String level, String helpUri) {
    }

    /** One result; {@code suppression} is the waiver's justification when the finding is waived. */
    private record ResultRow(String ruleId, int ruleIndex, String level, String message, Position at,
            boolean suppressed, String suppression) {
    }

    /** Renders the report. */
    public static String render(ReportContext ctx) {
        return ReportFormat.SARIF.render(ctx);
    }

    /** Appends the report to {@code out}. */
    static void render(ReportContext ctx, StringBuilder out) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<RuleRow> rules = new ArrayList<>();
        List<ResultRow> results = new ArrayList<>();
        for (Diagnostic d : ctx.advice().diagnostics()) {
            if (d.isError()) {
                int i = rule(rules, index, new RuleRow(INVALID, "InvalidInput", "The descriptor or a rule pack is invalid.",
                        "Backend Advisor could not read its input; the message says what to fix.", "error", INFO_URI));
                results.add(new ResultRow(INVALID, i, "error", d.message(), d.position(), false, null));
            } else {
                int i = rule(rules, index, new RuleRow(INPUT_WARNING, "InputWarning",
                        "The descriptor or a rule pack has a problem that does not stop the evaluation.",
                        "Backend Advisor read its input and judged it; the message says what to change.", "warning", INFO_URI));
                results.add(new ResultRow(INPUT_WARNING, i, "warning", d.message(), d.position(), false, null));
            }
        }
        Evaluation e = ctx.advice().evaluation();
        if (e != null) {
            RuleSet set = ctx.advice().ruleSet();
            String chosen = ctx.advice().descriptor().decision().chosen();
            for (var f : e.findings()) {
                Rule def = definition(set, f.rule());
                int i = rule(rules, index, new RuleRow(f.rule(), name(f.rule()), f.title(),
                        def == null ? f.title() : def.because(), level(f.severity()),
                        def == null || def.sources().isEmpty() ? INFO_URI : def.sources().get(0)));
                results.add(new ResultRow(f.rule(), i, level(f.severity()), f.message(), f.location(), f.waived(),
                        f.waived() ? f.waiverReason() + " (waived until " + f.waivedUntil() + ")" : null));
            }
            for (var c : e.ranking()) {
                for (var x : c.exclusions()) {
                    int i = rule(rules, index, new RuleRow(EXCLUDED, "ExcludedCandidate", "A candidate is excluded (vetoed).",
                            "A rule or a must-have capability rules the candidate out.", "note", INFO_URI));
                    String lvl = c.candidate().equals(chosen) ? "error" : "note";
                    results.add(new ResultRow(EXCLUDED, i, lvl, c.title() + " is excluded: " + x.reason(), x.location(),
                            false, null));
                }
            }
            for (var w : e.expiredWaivers()) {
                int i = rule(rules, index, new RuleRow(EXPIRED, "ExpiredWaiver", "A waiver has expired.",
                        "A waiver's 'until' date has passed; renew it with a reason or fix the finding.", "error", INFO_URI));
                results.add(new ResultRow(EXPIRED, i, "error", "the waiver for rule '" + w.rule() + "' expired on "
                        + w.until(), w.location(), false, null));
            }
        }
        write(ctx, rules, results, out);
    }

    private static void write(ReportContext ctx, List<RuleRow> rules, List<ResultRow> results, StringBuilder out) {
        JsonWriter w = new JsonWriter(out).beginObject();
        w.field("$schema", "https://json.schemastore.org/sarif-2.1.0.json").field("version", "2.1.0");
        w.name("runs").beginArray().beginObject();
        w.name("tool").beginObject().name("driver").beginObject();
        w.field("name", "Backend Advisor").field("version", ctx.toolVersion()).field("informationUri", INFO_URI);
        w.name("rules").beginArray();
        for (RuleRow r : rules) {
            w.beginObject().field("id", r.id()).field("name", r.name());
            w.name("shortDescription").beginObject().field("text", r.shortText()).endObject();
            w.name("fullDescription").beginObject().field("text", r.fullText()).endObject();
            w.field("helpUri", r.helpUri());
            w.name("defaultConfiguration").beginObject().field("level", r.level()).endObject();
            w.endObject();
        }
        w.endArray().endObject().endObject();
        w.name("results").beginArray();
        for (ResultRow r : results) {
            w.beginObject().field("ruleId", r.ruleId()).field("ruleIndex", r.ruleIndex()).field("level", r.level());
            w.name("message").beginObject().field("text", r.message()).endObject();
            w.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
            w.name("artifactLocation").beginObject();
            String file = r.at().file().replace('\\', '/');
            w.field("uri", uri(file, ctx.moduleDir()));
            if (!isAbsolute(file)) w.field("uriBaseId", SOURCE_ROOT);
            w.endObject();
            w.name("region").beginObject().field("startLine", Math.max(1, r.at().line()))
                    .field("startColumn", Math.max(1, r.at().column())).endObject();
            w.endObject().endObject().endArray();
            if (r.suppressed()) {
                w.name("suppressions").beginArray().beginObject().field("kind", "external")
                        .field("justification", r.suppression()).endObject().endArray();
            }
            w.endObject();
        }
        w.endArray().endObject().endArray();
        w.endObject().end();
    }

    /**
     * The URI of a file as positions name it ('/'-separated): an absolute path as a {@code file:}
     * URI, which code-scanning uploads relativise against their checkout; a path relative to the
     * module as a path relative to the source root (unchanged when {@code moduleDir} is null).
     */
    static String uri(String file, String moduleDir) {
        if (isAbsolute(file)) return "file://" + (file.startsWith("/") ? "" : "/") + encode(file);
        return encode(moduleDir == null ? file : join(moduleDir, file));
    }

    /** An absolute path: from the root, or from a Windows drive. */
    private static boolean isAbsolute(String file) {
        return file.startsWith("/") || file.length() > 2 && file.charAt(1) == ':' && file.charAt(2) == '/'
                && Character.isLetter(file.charAt(0));
    }

    /** A path relative to the module, made relative to the source root; "." and ".." segments resolved. */
    static String join(String moduleDir, String file) {
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String segment : (moduleDir.isEmpty() ? file : moduleDir + "/" + file).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) continue;
            if (segment.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) parts.removeLast();
            else parts.addLast(segment);
        }
        return String.join("/", parts);
    }

    /**
     * A path as a URI reference (RFC 3986): letters, digits, "-._~" and the separators stay, every
     * other character is percent-encoded as UTF-8, so a space or a non-ASCII name gives a valid URI.
     */
    static String encode(String path) {
        StringBuilder s = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0
                    || c == ':' && s.length() == 1 && Character.isLetter(s.charAt(0))) {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return s.toString();
    }

    private static Rule definition(RuleSet set, String id) {
        RuleSet.CompiledRule r = set == null ? null : set.rule(id);
        return r == null ? null : r.definition();
    }

    private static int rule(List<RuleRow> rules, Map<String, Integer> index, RuleRow row) {
        Integer existing = index.get(row.id());
        if (existing != null) return existing;
        rules.add(row);
        index.put(row.id(), rules.size() - 1);
        return rules.size() - 1;
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
