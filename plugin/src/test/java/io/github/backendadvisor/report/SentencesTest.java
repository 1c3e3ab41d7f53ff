package io.github.backendadvisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.Advisor;
import io.github.backendadvisor.engine.EvaluationOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "a, 1%", "a, 7%", "an, 8%", "an, 11%", "a, 12%", "an, 18%", "a, 42%", "an, 80%", "an, 88%",
        "a, 100%", "a, 110%", "a, 180%", "an, 800%", "a, 1100%", "an, 11000%", "an, 18500%", "a, 0%", "an, -8%",
    })
    void theArticleFollowsHowTheNumberIsRead(String article, String number) {
        assertEquals(article, Sentences.article(number));
    }

    private static ReportContext context(String descriptor, double tooCloseMargin) {
        var r = Fixtures.request("descriptors/" + descriptor, "packs/small.yaml");
        var options = new EvaluationOptions(tooCloseMargin, 0.2, Fixtures.TODAY);
        var advice = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(),
                r.rulePacks(), false, r.disabledRules(), r.candidates(), options, r.config(), r.classLoader()));
        return new ReportContext(advice, r.descriptorName(), null, "1.2.3", options);
    }

    @Test
    void anExactTieIsSaidAsOneAlsoWhenNoMarginIsTooClose() {
        ReportContext ctx = context("tie.yaml", 0);
        assertEquals("Use Node.js for tie: Node.js and Python tie at 65.0 points; Node.js is first only in the rule"
                + " packs' order of candidates.", Sentences.headline(ctx));
        assertEquals("it comes first only in the rule packs' order of candidates: it ties with Python at 65.0 points.",
                Sentences.because(ctx));
    }

    @Test
    void aLeadThatPrintsAsZeroIsLessThanATenth() {
        ReportContext ctx = context("tiny-lead.yaml", 3);
        assertEquals(0.01, ctx.advice().evaluation().margin(), 0.001);
        // robust: only Team fit sets them apart, and no weight of it short of 0 brings Python level
        assertEquals("Too close to call for tiny-lead: Node.js leads by less than 0.1 points (threshold 3.0), and"
                + " the decision is robust.", Sentences.headline(ctx));
        assertEquals("it leads, though by less than 0.1 points (threshold 3.0), which is too close to call; the"
                + " decision is robust.", Sentences.because(ctx));
        // with no threshold it is recommended, and the lead is still not printed as 0.0
        ReportContext recommended = context("tiny-lead.yaml", 0);
        assertEquals("Use Node.js for tiny-lead: it leads by less than 0.1 points and the decision is robust.",
                Sentences.headline(recommended));
        assertEquals("it leads by less than 0.1 points and the decision is robust.", Sentences.because(recommended));
    }
}
