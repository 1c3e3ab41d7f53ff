package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each pack's tests run against the packs up to and including it, so a later pack's veto cannot break them. */
class PackTestLayersTest {

    private static final String[] PACKS = {"packs/small.yaml", "packs/layered-first.yaml", "packs/layered-second.yaml"};

    private static List<String> summary(PackTestRunner.Report report) {
        return report.outcomes().stream().map(o -> o.pack() + ": " + o.name() + ": " + o.problems()).toList();
    }

    @Test
    void eachPacksTestsRunOnceAgainstThePacksUpToIt() {
        var request = Fixtures.request("descriptors/valid.yaml", PACKS);
        PackTestRunner.Report report = new Advisor().testPacks(request).orElseThrow();
        assertEquals(List.of("first: nodejs for a JavaScript team: []", "second: nodejs is vetoed here: []"), summary(report));
        assertEquals(0, report.failures());
        // the unfired rules are those of the whole set that no test fired
        assertTrue(report.unfiredRules().contains("cpu-heavy"), report.unfiredRules().toString());
        assertTrue(!report.unfiredRules().contains("first-rule") && !report.unfiredRules().contains("no-nodejs"),
                report.unfiredRules().toString());
    }

    @Test
    void againstTheWholeSetTheEarlierPacksTestWouldFail() {
        var set = Fixtures.compile(RuleSetBuilder.Options.defaults(), PACKS).get();
        PackTestRunner.Report report = PackTestRunner.run(set, EvaluationOptions.defaults(Fixtures.TODAY),
                PackTestLayersTest.class.getClassLoader());
        assertEquals(1, report.failures());
        assertEquals(List.of("recommendation: expected 'nodejs', got 'python' (scores: python 56.7; nodejs 87.5 (excluded))"),
                report.outcomes().get(0).problems());
    }

    @Test
    void configurationAppliesToTheWholeSetOnly() {
        // disabling the veto makes the second pack's test fail; the first pack's test is unaffected
        var r = Fixtures.request("descriptors/valid.yaml", PACKS);
        var request = new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(), false,
                Set.of("no-nodejs"), r.candidates(), r.options(), r.config(), r.classLoader());
        PackTestRunner.Report report = new Advisor().testPacks(request).orElseThrow();
        assertEquals(1, report.failures());
        assertEquals(List.of(), report.outcomes().get(0).problems());
        assertEquals("fired: expected rule 'no-nodejs' to fire, but it is disabled (disabledRules); fired: [first-rule, idle-connections]",
                report.outcomes().get(1).problems().get(report.outcomes().get(1).problems().size() - 1));
    }
}
