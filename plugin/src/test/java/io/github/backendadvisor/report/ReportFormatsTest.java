package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The four formats: structure, escaping, SARIF schema validity, self-containment. */
class ReportFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ReportContext context(String descriptor) {
        Advice a = new Advisor().advise(Fixtures.request("descriptors/" + descriptor, "packs/small.yaml"));
        return new ReportContext(a, "descriptors/" + descriptor, null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY));
    }

    @Test
    void jsonHasTheDocumentedTopLevel() throws Exception {
        JsonNode j = JSON.readTree(JsonReport.render(context("scoring-close.yaml")));
        for (String key : new String[] {"formatVersion", "service", "status", "recommendation", "margin", "fragile",
            "ranking", "sensitivity", "findings", "rulePacks"}) {
            assertTrue(j.has(key), key);
        }
        assertEquals(1, j.get("formatVersion").asInt());
        assertEquals("nodejs", j.get("recommendation").asText());
        assertEquals(5.8333, j.get("margin").asDouble(), 1e-9);
        JsonNode first = j.get("ranking").get(0);
        assertEquals("nodejs", first.get("candidate").asText());
        assertEquals(0.25, first.get("criteria").get("team").get("weight").asDouble(), 1e-9);
        assertEquals(20.0, first.get("criteria").get("team").get("contribution").asDouble(), 1e-9);
        assertEquals("descriptors/scoring-close.yaml", j.get("findings").get(0).get("location").get("file").asText());
        assertEquals(8, j.get("findings").get(0).get("location").get("line").asInt());
        assertEquals("small", j.get("rulePacks").get(0).get("id").asText());
        assertEquals("1.0.0", j.get("rulePacks").get(0).get("revision").asText());
        assertFalse(j.has("generatedAt"), "no timestamp unless outputTimestamp is set");
    }

    @Test
    void sarifNamesFilesFromTheSourceRootAsUris() throws Exception {
        Advice a = new Advisor().advise(Fixtures.request("descriptors/scoring-veto.yaml", "packs/small.yaml"));
        JsonNode sarif = JSON.readTree(SarifReport.render(new ReportContext(a, "descriptors/scoring-veto.yaml", null,
                "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY), "services/chat api")));
        JsonNode results = sarif.at("/runs/0/results");
        assertTrue(results.size() >= 2);
        for (JsonNode r : results) {
            JsonNode at = r.at("/locations/0/physicalLocation/artifactLocation");
            assertEquals("services/chat%20api/descriptors/scoring-veto.yaml", at.get("uri").asText());
            assertEquals("%SRCROOT%", at.get("uriBaseId").asText());
        }
        assertEquals("a/c.yaml", SarifReport.uri("./b/../../c.yaml", "a/x"));
        assertEquals("x.yaml", SarifReport.uri("x.yaml", ""));
        assertEquals("x.yaml", SarifReport.uri("x.yaml", null));
        assertEquals("%C3%BCn%C3%AF/a%20b%23%3F%25.yaml", SarifReport.uri("a b#?%.yaml", "ünï"));
        assertEquals("file:///tmp/a%20b/d.yaml", SarifReport.uri("/tmp/a b/d.yaml", "m"));
        assertEquals("file:///C:/work/d.yaml", SarifReport.uri("C:/work/d.yaml", "m"));
        assertEquals("classpath%3Acom/acme/p.yaml", SarifReport.uri("classpath:com/acme/p.yaml", ""));
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/sarif-2.1.0-rtm.5.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        for (String d : new String[] {"scoring-close.yaml", "scoring-veto.yaml", "hostile.yaml", "invalid/unknown-ids.yaml"}) {
            JsonNode sarif = JSON.readTree(SarifReport.render(context(d)));
            Set<ValidationMessage> errors = schema.validate(sarif);
            assertEquals(Set.of(), errors, d);
            assertEquals("2.1.0", sarif.get("version").asText());
            ReportContext fromRoot = context(d);
            fromRoot = new ReportContext(fromRoot.advice(), fromRoot.descriptorPath(), null, "1.2.3", fromRoot.options(),
                    "services/chat api");
            assertEquals(Set.of(), schema.validate(JSON.readTree(SarifReport.render(fromRoot))), d + " from the root");
        }
        // negative control: the validator does reject a document that breaks the schema
        var broken = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(SarifReport.render(context("scoring-veto.yaml")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(schema.validate(broken).isEmpty(), "an invalid level must fail validation");
        JsonNode veto = JSON.readTree(SarifReport.render(context("scoring-veto.yaml")));
        JsonNode results = veto.get("runs").get(0).get("results");
        assertTrue(results.findValuesAsText("ruleId").contains(SarifReport.EXCLUDED));
        assertTrue(results.findValuesAsText("ruleId").contains("cpu-heavy"));
        JsonNode invalid = JSON.readTree(SarifReport.render(context("invalid/unknown-ids.yaml")));
        JsonNode r0 = invalid.get("runs").get(0).get("results").get(0);
        assertEquals(SarifReport.INVALID, r0.get("ruleId").asText());
        assertEquals(11, r0.at("/locations/0/physicalLocation/region/startLine").asInt());
        // warnings about the input have a rule of their own: the input was judged, not refused
        Advice warned = new Advisor().advise(Fixtures.request("descriptors/waivers-that-waive-nothing.yaml", "packs/small.yaml",
                "packs/waivers.yaml"));
        JsonNode w = JSON.readTree(SarifReport.render(new ReportContext(warned, "d.yaml", null, "1.2.3",
                EvaluationOptions.defaults(Fixtures.TODAY))));
        assertEquals(Set.of(), schema.validate(w));
        List<String> inputRules = new java.util.ArrayList<>();
        for (JsonNode r : w.at("/runs/0/results")) {
            if (r.get("ruleId").asText().startsWith("backend-advisor/input") || r.get("ruleId").asText().equals(SarifReport.INVALID)) {
                inputRules.add(r.get("ruleId").asText() + " " + r.get("level").asText());
            }
        }
        assertEquals(List.of(SarifReport.INPUT_WARNING + " warning", SarifReport.INPUT_WARNING + " warning",
                SarifReport.INPUT_WARNING + " warning"), inputRules);
    }

    @Test
    void waivedFindingsAreSuppressedInSarif() throws Exception {
        JsonNode sarif = JSON.readTree(SarifReport.render(context("hostile.yaml")));
        JsonNode finding = sarif.get("runs").get(0).get("results").get(0);
        assertEquals("cpu-heavy", finding.get("ruleId").asText());
        assertEquals("<b>trusted</b> & waived (waived until 2027-01-01)", finding.at("/suppressions/0/justification").asText());
        // the other formats give the waiver's last day too
        JsonNode json = JSON.readTree(JsonReport.render(context("hostile.yaml")));
        assertEquals("2027-01-01", json.at("/findings/0/waivedUntil").asText());
        assertTrue(MarkdownReport.render(context("hostile.yaml")).contains(", waived until 2027-01-01: "));
        assertTrue(HtmlReport.render(context("hostile.yaml")).contains("Waived until 2027-01-01: "));
    }

    @Test
    void htmlEscapesEveryStringFromTheDescriptor() {
        String html = HtmlReport.render(context("hostile.yaml"));
        assertFalse(html.contains("<script>"), "no script element from a descriptor");
        assertFalse(html.contains("<img src=x"), "no img element from a descriptor");
        assertFalse(html.contains("<b>trusted</b>"), "waiver reason escaped");
        assertTrue(html.contains("&lt;script&gt;alert("), "shown as text");
        // inside attributes (aria-label of the score bars) quotes are escaped too, so nothing breaks out
        assertFalse(html.contains("aria-label=\"<"), "no raw markup in an attribute");
        assertFalse(html.matches("(?s).*aria-label=\"[^\"]*'x'[^\"]*\"\s*on.*"), "no attribute injection");
        assertTrue(html.contains("{{mustache}}"), "template syntax in data is not interpreted");
    }

    @Test
    void htmlIsSelfContained() {
        String html = HtmlReport.render(context("scoring-close.yaml"));
        assertFalse(html.contains("<script"), "no JavaScript");
        assertFalse(html.contains("<link"), "no stylesheet link");
        assertFalse(html.contains("<img"), "no images");
        assertFalse(html.contains("@import"), "no CSS import");
        assertFalse(html.contains("url("), "no CSS url()");
        Matcher src = Pattern.compile("\\ssrc\\s*=").matcher(html);
        assertFalse(src.find(), "no src attributes");
        // the only http(s) URLs are source links the reader may follow
        Matcher urls = Pattern.compile("https?://[^\"<\\s]+").matcher(html);
        while (urls.find()) {
            String before = html.substring(Math.max(0, urls.start() - 6), urls.start());
            assertTrue(before.endsWith("href=\"") || before.endsWith("\">") || html.charAt(urls.start() - 1) == '>',
                    "URL outside a link: " + urls.group());
        }
        for (String section : new String[] {"Ranking", "Values by criterion", "Why Node.js rather than the others",
            "Sensitivity", "Exclusions and findings", "Rules that fired", "did not apply for lack of data",
            "The descriptor as read", "Rule packs"}) {
            assertTrue(html.contains(section), section);
        }
        assertTrue(html.contains("add concurrency.latencyTargetMs to your descriptor to let 1 more rule judge"));
    }

    @Test
    void htmlListsEveryExclusionWithItsReasonAndCauseUnderAStatusOfItsColour() {
        Advice veto = new Advisor().advise(Fixtures.request("descriptors/scoring-veto.yaml", "packs/small.yaml",
                "packs/waivers.yaml"));
        String html = HtmlReport.render(new ReportContext(veto, "descriptors/scoring-veto.yaml", null, "1.2.3",
                EvaluationOptions.defaults(Fixtures.TODAY)));
        assertTrue(html.contains("<section class=\"answer bad\""), "no viable candidate");
        assertTrue(html.contains("<p>Every candidate is excluded, so there is no winner"));
        assertTrue(html.contains("<tr><th scope=\"row\">Node.js</th><td class=\"prose\">'ml-training' (Model"
                + " training) is a must-have, and Node.js's support for it is weak (tfjs-node)</td><td><code"
                + " class=\"id\">must-have ml-training</code></td></tr>"), "Node.js's exclusion");
        assertTrue(html.contains("<tr><th scope=\"row\">Python</th><td class=\"prose\">Python is not run in this"
                + " test</td><td><code class=\"id\">rule no-python-here</code></td></tr>"), "Python's exclusion");
        assertFalse(html.contains("No candidate is excluded"));
        assertTrue(HtmlReport.render(context("tie.yaml")).contains("<section class=\"answer warn\""), "too close");
        assertTrue(HtmlReport.render(context("scoring-close.yaml")).contains("<section class=\"answer ok\""),
                "recommended, robust");
        // the same lead of 5.8 points, fragile when a relative change of 0.78 is under the threshold
        var r = Fixtures.request("descriptors/scoring-close.yaml", "packs/small.yaml");
        var fragileAt = new EvaluationOptions(3.0, 0.8, Fixtures.TODAY);
        Advice fragile = new Advisor().advise(new AdviceRequest(r.descriptor(),
                r.descriptorName(), r.baseDir(), r.rulePacks(), false, Set.of(), List.of(), fragileAt, r.config(),
                r.classLoader()));
        assertTrue(HtmlReport.render(new ReportContext(fragile, "descriptors/scoring-close.yaml", null, "1.2.3",
                fragileAt)).contains("<section class=\"answer warn\""), "recommended, fragile");
    }

    @Test
    void htmlEchoesTheDescriptorsWaiversWithTheirRuleDateAndReason() {
        Advice a = new Advisor().advise(Fixtures.request("descriptors/error-findings-one-waived.yaml",
                "packs/small.yaml", "packs/findings.yaml"));
        String html = HtmlReport.render(new ReportContext(a, "d.yaml", null, "1.2.3",
                EvaluationOptions.defaults(Fixtures.TODAY)));
        assertTrue(html.contains("decision.<wbr>waivers[0]<wbr></code></th><td>note-3 until 2027-01-31: the error is"
                + " accepted for now</td></tr>"), "the waiver's row in the descriptor's table");
    }

    @Test
    void aFindingsLocationMayBreakBeforeItsLineButNotInsideTheFileName() {
        String html = HtmlReport.render(context("hostile.yaml"));
        assertTrue(html.matches("(?s).*<td><code class=\"at\"><span>[^<]*hostile\\.yaml</span><wbr><span>:\\d+:\\d+</span></code></td>.*"), "a finding's location");
        var row = new HtmlView.FindingRow("info", "r", "m", "C:/w/backend-requirements.yaml:23:11", false, null, null);
        assertEquals("C:/w/backend-requirements.yaml", row.locationFile());
        assertEquals(":23:11", row.locationPlace());
        // a warning about the input too: its place apart from its message, which is text
        Advice warned = new Advisor().advise(Fixtures.request("descriptors/waivers-that-waive-nothing.yaml", "packs/small.yaml",
                "packs/waivers.yaml"));
        String page = HtmlReport.render(new ReportContext(warned, "d.yaml", null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY)));
        assertTrue(page.contains("<li><code class=\"at\"><span>descriptors/waivers-that-waive-nothing.yaml</span><wbr>"
                + "<span>:23:13</span></code> the waiver for rule 'never-fires' waives nothing"), page);
        var bare = new HtmlView.FindingRow("info", "r", "m", "pom.xml", false, null, null);
        assertEquals("pom.xml", bare.locationFile());
        assertEquals("", bare.locationPlace());
    }

    @Test
    void htmlAndJsonOfAsciiInputAreAscii() {
        // the template's own text is ASCII (entities for anything else), so a page whose input is
        // ASCII encodes to UTF-8 as a plain copy; a non-ASCII character in the template would make
        // every module's page take the per-character path
        ReportContext ctx = context("scoring-close.yaml");
        for (String out : new String[] {HtmlReport.render(ctx), JsonReport.render(ctx)}) {
            for (int i = 0; i < out.length(); i++) {
                assertTrue(out.charAt(i) < 0x80, "non-ASCII character at " + i + ": "
                        + out.substring(Math.max(0, i - 40), Math.min(out.length(), i + 10)));
            }
        }
    }

    @Test
    void markdownIsAMadrRecordWithEscapedText() {
        String md = MarkdownReport.render(context("hostile.yaml"));
        assertTrue(md.contains("## Considered Options"));
        assertTrue(md.contains("## Decision Outcome"));
        assertTrue(md.contains("## Pros and Cons of the Options"));
        assertTrue(md.contains("## Decision Drivers"));
        assertFalse(md.contains("<script>"));
        assertFalse(md.contains("[link](http"), "links from data are not live");
        assertTrue(md.contains("&lt;script&gt;"));
        assertTrue(md.contains("\\*bold\\*"));
    }

    @Test
    void theDecisionOutcomeGivesItsReasonAsASentence() {
        // MADR's "Chosen option: X, because ..." continues with a reason, not with the headline's imperative
        String md = MarkdownReport.render(context("valid.yaml"));
        Matcher because = Pattern.compile("Chosen option: \"Node\\.js\", because it leads by \\d+\\.\\d points and the"
                + " decision is (robust|fragile)\\.\n").matcher(md);
        assertTrue(because.find(), md);
        var r = Fixtures.request("descriptors/scoring-close.yaml", "packs/small.yaml");
        var tooClose = new EvaluationOptions(10, 0.2, Fixtures.TODAY);
        Advice a = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(),
                r.useDefaultRules(), r.disabledRules(), r.candidates(), tooClose, r.config(), r.classLoader()));
        String close = MarkdownReport.render(new ReportContext(a, "d.yaml", null, "1.2.3", tooClose));
        assertTrue(close.contains("Chosen option: \"Node.js\", because it leads, though by only 5.8 points (threshold 10.0),"
                + " which is too close to call; the decision is robust.\n"), close);
    }

    @Test
    void theRecordedChoiceIsComparedWithTheRecommendation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // valid.yaml's Node.js leads; websockets as a must-have excludes neither, ml-training excludes Node.js,
        // which leaves no candidate when the build restricts the candidates to it
        String base = Fixtures.text("descriptors/valid.yaml");
        // must-have, chosen, candidates of the build, the decision record's sentence, the HTML page's fact, the winner
        String[][] cases = {
            {"[websockets]", "nodejs", "", "Node.js, which agrees with the recommendation.", "Node.js (agrees)", "Node.js"},
            {"[websockets]", "python", "", "Python, which differs from the recommendation, 15.8 points behind.",
                "Python (differs, 15.8 points behind)", "Node.js"},
            {"[ml-training]", "nodejs", "", "Node.js, which is excluded and differs from the recommendation.",
                "Node.js (excluded, differs)", "Python"},
            {"[ml-training]", "nodejs", "nodejs", "Node.js, which is excluded, as every candidate is.",
                "Node.js (excluded)", ""}};
        for (String[] c : cases) {
            java.nio.file.Path f = dir.resolve("d.yaml");
            java.nio.file.Files.writeString(f, base.replace("needs: [websockets]", "needs: [websockets, ml-training]\n"
                    + "  mustHave: " + c[0]) + "decision:\n  chosen: " + c[1] + "\n");
            Advice a = new Advisor().advise(new AdviceRequest(f, "d.yaml", Fixtures.root(), List.of("packs/small.yaml"),
                    false, java.util.Set.of(), c[2].isEmpty() ? List.of() : List.of(c[2]),
                    EvaluationOptions.defaults(Fixtures.TODAY), "pom.xml", getClass().getClassLoader()));
            assertEquals(List.of(), a.diagnostics(), String.join(" ", c));
            var ctx = new ReportContext(a, "d.yaml", null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY));
            String md = MarkdownReport.render(ctx);
            assertTrue(md.contains("The team's recorded choice is " + c[3] + "\n"), md);
            String html = HtmlReport.render(ctx);
            assertTrue(html.contains("<b>Team's choice:</b> " + c[4] + "</li>"), html);
            // the build log says it with the ids it prints the scores with
            String note = c[4].substring(c[4].indexOf('('));
            assertTrue(ConsoleSummary.lines(ctx, null).contains("  Team's choice: " + c[1] + " " + note), note);
            // with no viable candidate, the comparison and the sensitivity say why they are empty
            boolean none = c[5].isEmpty();
            assertEquals(none, html.contains("<h2 id=\"why-heading\">Why no candidate is recommended</h2>"), html);
            assertEquals(none, html.contains("<p>With no viable candidate there is no decision for a weight to flip;"), html);
            assertEquals(!none, html.contains("<h2 id=\"why-heading\">Why " + c[5] + " rather than the others</h2>"), html);
        }
    }

    @Test
    void aChoiceLevelWithTheRecommendationSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        // tie.yaml: Node.js and Python score the same, and Node.js is first by the packs' order
        java.nio.file.Path f = dir.resolve("d.yaml");
        java.nio.file.Files.writeString(f, Fixtures.text("descriptors/tie.yaml") + "decision:\n  chosen: python\n");
        Advice a = new Advisor().advise(new AdviceRequest(f, "d.yaml", Fixtures.root(), List.of("packs/small.yaml"),
                false, java.util.Set.of(), List.of(), EvaluationOptions.defaults(Fixtures.TODAY), "pom.xml",
                getClass().getClassLoader()));
        var ctx = new ReportContext(a, "d.yaml", null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY));
        assertTrue(ConsoleSummary.lines(ctx, null).contains("  Team's choice: python (differs, with the same score)"));
        assertTrue(MarkdownReport.render(ctx).contains("The team's recorded choice is Python, which differs from the"
                + " recommendation, with the same score.\n"));
    }

    @Test
    void consoleSummaryNamesTheRulesOfOpenFindingsBySeverity() {
        // hostile.yaml waives its one finding (cpu-heavy, a warning) until 2027-01-01
        assertTrue(ConsoleSummary.lines(context("hostile.yaml"), null).contains("  Findings: none open, 1 waived"),
                "a waived finding is not open, and is counted");
        var r = Fixtures.request("descriptors/hostile.yaml", "packs/small.yaml");
        var later = EvaluationOptions.defaults(LocalDate.of(2027, 1, 2));
        Advice a = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(),
                r.useDefaultRules(), r.disabledRules(), r.candidates(), later, r.config(), r.classLoader()));
        assertTrue(ConsoleSummary.lines(new ReportContext(a, "d.yaml", null, "1.2.3", later), null)
                .contains("  Findings: 1 open: 1 warning (cpu-heavy); 1 expired waiver"));
        Advice both = new Advisor().advise(Fixtures.request("descriptors/waivers-that-waive-nothing.yaml", "packs/small.yaml",
                "packs/waivers.yaml"));
        assertTrue(ConsoleSummary.lines(new ReportContext(both, "d.yaml", null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY)),
                null).contains("  Findings: none open, 1 waived; 1 expired waiver"));
        // the most severe first; beyond three rules of one severity, the rest are counted
        Advice many = new Advisor().advise(Fixtures.request("descriptors/valid.yaml", "packs/small.yaml", "packs/findings.yaml"));
        assertTrue(ConsoleSummary.lines(new ReportContext(many, "d.yaml", null, "1.2.3", EvaluationOptions.defaults(Fixtures.TODAY)),
                null).contains("  Findings: 6 open: 1 error (note-3), 5 info (note-1, note-2, note-4, and 2 more)"));
    }

    @Test
    void consoleSummaryNamesTheReport() {
        var lines = ConsoleSummary.lines(context("scoring-close.yaml"), "/tmp/report.html");
        assertEquals("Backend Advisor: scoring-close", lines.get(0));
        assertEquals("  Use Node.js for scoring-close: it leads by 5.8 points and the decision is robust.", lines.get(1));
        assertEquals("  Report: /tmp/report.html", lines.get(lines.size() - 1));
    }
}
