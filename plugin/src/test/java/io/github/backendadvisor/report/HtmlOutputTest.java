package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.report.jte.JtereportGenerated;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** HtmlOutput writes exactly what jte's OWASP output writes, in every context, for every value. */
class HtmlOutputTest {
    /** Tags and attributes: those the template uses, and those with rules of their own. */
    private static final String[][] CONTEXTS = {
        {null, null}, {"td", null}, {"p", null}, {"code", null}, {"title", null}, {"script", null},
        {"SCRIPT", null}, {"style", null}, {"td", "class"}, {"rect", "fill"}, {"svg", "viewBox"},
        {"svg", "viewbox"}, {"svg", "aria-label"}, {"text", "x"}, {"text", "text-anchor"}, {"a", "href"},
        {"A", "HREF"}, {"img", "src"}, {"iframe", "srcdoc"}, {"button", "formaction"}, {"div", "onclick"},
        {"div", "ONCLICK"}, {"div", "data-x"}, {"div", "style"}, {null, "class"}};

    private static String write(Function<StringOutput, HtmlTemplateOutput> output, String tag, String attribute,
            String value) {
        StringOutput out = new StringOutput();
        HtmlTemplateOutput html = output.apply(out);
        html.setContext(tag, attribute);
        html.writeUserContent(value);
        return out.toString();
    }

    @Test
    void randomValuesInEveryContextComeOutAsJteWritesThem() {
        char[] alphabet = {'a', 'Z', '0', ' ', '&', '<', '>', '"', '\'', '/', ':', '=', '`', '\n', '\t', '\u0000',
            '\u00e9', '\u2014', '\u2028', 'j', 's'};
        String[] fixed = {"", "plain text", "javascript:alert(1)", " JavaScript:x", "data:text/html,x",
            "a & b", "<b>", "x\" onmouseover=\"y", "it's", "p99 < 50 ms", "https://nodejs.org/en/about"};
        Random random = new Random(42);
        int compared = 0;
        for (String[] c : CONTEXTS) {
            for (String v : fixed) {
                assertSame(c, v);
                compared++;
            }
            for (int i = 0; i < 2_000; i++) {
                StringBuilder sb = new StringBuilder();
                int length = random.nextInt(12);
                for (int k = 0; k < length; k++) sb.append(alphabet[random.nextInt(alphabet.length)]);
                assertSame(c, sb.toString());
                compared++;
            }
        }
        assertTrue(compared > 50_000);
    }

    private static void assertSame(String[] context, String value) {
        assertEquals(write(OwaspHtmlTemplateOutput::new, context[0], context[1], value),
                write(HtmlOutput::new, context[0], context[1], value),
                () -> "context " + context[0] + " " + context[1] + ", value '" + value + "'");
    }

    @Test
    void aNullValueWritesNothing() {
        assertEquals("", write(HtmlOutput::new, "td", null, null));
        assertEquals("", write(HtmlOutput::new, "td", "class", null));
    }

    @Test
    void wholePagesAreTheSameAsThroughJteAlone() throws IOException {
        List<AdviceRequest> requests = new ArrayList<>();
        for (String d : List.of("hostile.yaml", "scoring-close.yaml", "scoring-veto.yaml", "valid.yaml")) {
            requests.add(Fixtures.request("descriptors/" + d, "packs/small.yaml"));
        }
        try (var examples = Files.list(Path.of("../examples"))) { // the default pack, on the examples
            for (Path dir : examples.sorted().toList()) {
                Path d = dir.resolve("backend-requirements.yaml");
                if (!Files.isRegularFile(d)) continue;
                requests.add(new AdviceRequest(d, "backend-requirements.yaml", dir, List.of(), true, Set.of(), List.of(),
                        EvaluationOptions.defaults(Fixtures.TODAY), "pom.xml", HtmlOutputTest.class.getClassLoader()));
            }
        }
        int pages = 0;
        for (AdviceRequest request : requests) {
            ReportContext ctx = new ReportContext(new Advisor().advise(request), request.descriptorName(), null, "1.0",
                    EvaluationOptions.defaults(Fixtures.TODAY));
            if (ctx.advice().evaluation() == null) continue;
            StringOutput jte = new StringOutput();
            JtereportGenerated.render(new OwaspHtmlTemplateOutput(jte), null, HtmlReport.view(ctx));
            assertEquals(jte.toString(), HtmlReport.render(ctx), request.descriptor().toString());
            pages++;
        }
        assertTrue(pages >= 9, "pages compared: " + pages);
    }
}
