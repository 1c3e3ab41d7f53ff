package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.diag.Diagnostic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Waivers that silence nothing are told as warnings, each for its own reason. */
class WaiversTest {
    private static final String FILE = "descriptors/waivers-that-waive-nothing.yaml";

    private static Advice advise(Set<String> disabled) {
        var r = Fixtures.request(FILE, "packs/small.yaml", "packs/waivers.yaml");
        return new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(), false,
                disabled, r.candidates(), r.options(), "pom.xml", r.classLoader()));
    }

    private static List<String> lines(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    @Test
    void aWaiverOfARuleWithoutAFindingOrOfARuleThatDidNotFireIsAWarning() {
        Advice a = advise(Set.of());
        assertEquals(List.of(
                FILE + ":17:13: warning: rule 'idle-connections' has no finding, so this waiver waives nothing: a waiver"
                        + " silences a finding, it does not change the rule's effect on the scores; to judge without the"
                        + " rule, add it to disabledRules",
                FILE + ":20:13: warning: rule 'no-python-here' has no finding, so this waiver waives nothing: a waiver"
                        + " silences a finding, it does not lift the rule's exclusion of python; to judge without the"
                        + " rule, add it to disabledRules",
                FILE + ":23:13: warning: the waiver for rule 'never-fires' waives nothing: the rule does not fire for"
                        + " this descriptor, so the waiver can go"), lines(a.diagnostics()));
        // warnings only: the descriptor is judged, the waiver that does waive a finding still does
        assertEquals(true, a.evaluation().findings().get(0).waived());
        assertEquals(1, a.evaluation().expiredWaivers().size(), "the expired waiver is reported as expired, not as unused");
    }

    @Test
    void theCheckThatNeedsNoEvaluationAlsoRunsWithoutOne() {
        var r = Fixtures.request(FILE, "packs/small.yaml", "packs/waivers.yaml");
        Advice a = new Advisor().check(r);
        assertEquals(2, a.diagnostics().size(), "the validate goal sees the waivers of rules without a finding");
    }

    @Test
    void aDisabledRuleIsLeftToTheConfiguration() {
        Advice a = advise(Set.of("never-fires", "idle-connections"));
        assertEquals(List.of(FILE + ":20:13: warning: rule 'no-python-here' has no finding, so this waiver waives nothing:"
                + " a waiver silences a finding, it does not lift the rule's exclusion of python; to judge without the rule,"
                + " add it to disabledRules"), lines(a.diagnostics()));
    }
}
