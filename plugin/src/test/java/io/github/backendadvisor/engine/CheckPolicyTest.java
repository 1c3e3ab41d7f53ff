package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.engine.CheckPolicy.Condition;
import io.github.backendadvisor.engine.CheckPolicy.Violation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What check judges, on the small pack. */
class CheckPolicyTest {

    private static Advice advise(String descriptor, LocalDate today) {
        var r = Fixtures.request("descriptors/" + descriptor, "packs/small.yaml");
        return new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(), false,
                r.disabledRules(), r.candidates(), EvaluationOptions.defaults(today), "pom.xml", r.classLoader()));
    }

    private static final EvaluationOptions DEFAULTS = EvaluationOptions.defaults(Fixtures.TODAY);

    /** The same descriptor with another decision.chosen and no waivers. */
    private static Descriptor choosing(Descriptor d, String chosen) {
        return new Descriptor(d.file(), d.version(), d.service(), d.concurrency(), d.io(), d.team(), d.libraries(),
                d.deployment(), d.weights(), new Descriptor.Decision(chosen, List.of()), d.locations());
    }

    private static List<String> violations(Advice a, EnumSet<Condition> conditions, String baseline) {
        return violations(a, conditions, baseline, DEFAULTS);
    }

    private static List<String> violations(Advice a, EnumSet<Condition> conditions, String baseline, EvaluationOptions o) {
        return CheckPolicy.violations(a.descriptor(), a.evaluation(), conditions, baseline, o).stream()
                .map(v -> v.at() + ": " + v.condition().id() + ": " + v.message()).toList();
    }

    @Test
    void anExpiredWaiverIsAnErrorInCheckWhateverFailOnSays() {
        Advice a = advise("invalid/expired-waiver.yaml", Fixtures.TODAY);
        assertEquals(List.of("descriptors/invalid/expired-waiver.yaml:14:7: error: the waiver for rule 'cpu-heavy' expired"
                + " on 2026-01-31; renew it with a reason or resolve the finding"), violations(a, EnumSet.noneOf(Condition.class), null));
        assertEquals(1, a.evaluation().expiredWaivers().size());
        assertEquals(false, a.evaluation().findings().get(0).waived(), "an expired waiver waives nothing");
    }

    @Test
    void theSameWaiverHoldsBeforeItsDate() {
        Advice a = advise("invalid/expired-waiver.yaml", LocalDate.of(2026, 1, 31));
        assertEquals(List.of(), violations(a, EnumSet.of(Condition.VETO, Condition.MISMATCH, Condition.ERROR), null));
        assertEquals(true, a.evaluation().findings().get(0).waived());
    }

    @Test
    void anUnwaivedErrorFindingFailsOnErrorAndNoOtherSeverityDoes() {
        // findings.yaml raises one error (note-3) and five infos; the descriptor waives note-3 until 2027-01-31
        Advice before = new Advisor().advise(Fixtures.request("descriptors/error-findings-one-waived.yaml",
                "packs/small.yaml", "packs/findings.yaml"));
        assertEquals(List.of(), violations(before, EnumSet.allOf(Condition.class), null), "the waived error fails nothing");

        var r = Fixtures.request("descriptors/error-findings-one-waived.yaml", "packs/small.yaml", "packs/findings.yaml");
        var later = new EvaluationOptions(3, 0.2, LocalDate.of(2027, 2, 1));
        Advice after = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(),
                false, r.disabledRules(), r.candidates(), later, "pom.xml", r.classLoader()));
        List<Violation> all = CheckPolicy.violations(after.descriptor(), after.evaluation(),
                EnumSet.of(Condition.ERROR), null, later);
        assertEquals(List.of(Condition.ERROR, Condition.ERROR), all.stream().map(Violation::condition).toList());
        assertEquals("rule 'note-3' reports an error: Note 3.", all.get(0).message(), "the finding, not one of the five infos");
        assertEquals("descriptors/error-findings-one-waived.yaml:1:1", String.valueOf(all.get(0).at()),
                "a finding of a rule that reads no field is placed at the file");
        assertEquals("the waiver for rule 'note-3' expired on 2027-01-31; renew it with a reason or resolve the finding",
                all.get(1).message());
        // without 'error' in failOn the finding fails nothing, but the expired waiver still does
        assertEquals(List.of(Condition.ERROR), CheckPolicy.violations(after.descriptor(), after.evaluation(),
                EnumSet.of(Condition.VETO, Condition.MISMATCH), null, later).stream().map(Violation::condition).toList());
    }

    @Test
    void aVetoByARuleNamesTheRuleToDisableIfItDoesNotApply() {
        var r = Fixtures.request("descriptors/waivers-that-waive-nothing.yaml", "packs/small.yaml", "packs/waivers.yaml");
        Advice a = new Advisor().advise(r);
        var d = a.descriptor();
        var chosenPython = choosing(d, "python");
        assertEquals(List.of("the chosen candidate 'python' is excluded: Python is not run in this test; record the"
                + " recommendation 'nodejs' as decision.chosen, or, if rule 'no-python-here' does not apply to this service,"
                + " list it in disabledRules"), CheckPolicy.violations(chosenPython, a.evaluation(), EnumSet.of(Condition.VETO),
                null, DEFAULTS).stream().filter(v -> v.condition() == Condition.VETO).map(Violation::message).toList());
    }

    @Test
    void noViableCandidateSaysWhereTheReasonsAreAndWhatLiftsThem() {
        // ml-training is a must-have, weak on Node.js; the waivers pack's rule excludes Python
        Advice a = new Advisor().advise(Fixtures.request("descriptors/scoring-veto.yaml", "packs/small.yaml", "packs/waivers.yaml"));
        assertEquals(Status.NO_VIABLE_CANDIDATE, a.evaluation().status());
        assertEquals(List.of("descriptors/scoring-veto.yaml:1:1: veto: no candidate is viable: every candidate is excluded;"
                + " the report gives each exclusion's reason: a must-have in libraries.mustHave that no candidate supports"
                + " well can move to needs, and a rule that does not apply to this service can go in disabledRules"),
                violations(a, EnumSet.of(Condition.VETO), null));
        // with a choice recorded, its own exclusion is named first
        var d = a.descriptor();
        var chosenPython = choosing(d, "python");
        assertEquals(List.of("no candidate is viable: every candidate is excluded, the chosen 'python' because Python is not"
                + " run in this test; the report gives each exclusion's reason: a must-have in libraries.mustHave that no"
                + " candidate supports well can move to needs, and a rule that does not apply to this service can go in"
                + " disabledRules"), CheckPolicy.violations(chosenPython, a.evaluation(), EnumSet.of(Condition.VETO), null,
                DEFAULTS).stream().map(Violation::message).toList());
    }

    @Test
    void vetoMismatchTooCloseAndDrift() {
        Advice veto = advise("scoring-veto.yaml", Fixtures.TODAY);
        var d = veto.descriptor();
        var chosenNode = choosing(d, "nodejs");
        List<Violation> v = CheckPolicy.violations(chosenNode, veto.evaluation(), EnumSet.of(Condition.VETO, Condition.MISMATCH), null, DEFAULTS);
        assertEquals(List.of(Condition.VETO), v.stream().map(Violation::condition).toList(),
                "a vetoed choice is reported once, as a veto");
        // the veto says the way out: the recommendation, or the must-have if it is not one
        assertEquals("the chosen candidate 'nodejs' is excluded: 'ml-training' (Model training) is a must-have, and"
                + " Node.js's support for it is weak (tfjs-node); record the recommendation 'python' as decision.chosen,"
                + " or, if 'ml-training' is not a must, move it from libraries.mustHave to libraries.needs",
                v.get(0).message());
        List<Violation> mismatch = CheckPolicy.violations(chosenNode, veto.evaluation(), EnumSet.of(Condition.MISMATCH), null, DEFAULTS);
        assertEquals(List.of(Condition.MISMATCH), mismatch.stream().map(Violation::condition).toList());
        // the message says how far behind the choice is, and what to do
        // the message says why the choice is not the recommendation, and what to do
        assertEquals("the chosen candidate 'nodejs' is not the recommendation 'python' (it is excluded: 'ml-training'"
                + " (Model training) is a must-have, and Node.js's support for it is weak (tfjs-node)); record the"
                + " recommendation as decision.chosen, or take 'mismatch' out of failOn to keep a choice that departs"
                + " from it", mismatch.get(0).message());

        Advice close = advise("scoring-close.yaml", Fixtures.TODAY);
        var c = close.descriptor();
        var chosenPython = new Descriptor(c.file(), c.version(), c.service(),
                c.concurrency(), c.io(), c.team(), c.libraries(), c.deployment(), c.weights(),
                new Descriptor.Decision("python", List.of()), c.locations());
        assertEquals("the chosen candidate 'python' is not the recommendation 'nodejs' (it scores 45.8, 5.8 points"
                + " behind); record the recommendation as decision.chosen, or take 'mismatch' out of failOn to keep a"
                + " choice that departs from it", CheckPolicy.violations(chosenPython, close.evaluation(), EnumSet.of(Condition.MISMATCH), null, DEFAULTS)
                .get(0).message());
        assertEquals(List.of(), violations(close, EnumSet.of(Condition.TOO_CLOSE, Condition.FRAGILE), "nodejs"));
        // with a threshold of 1000%, any flip makes the decision fragile; the message names the criterion and the candidate
        var r = Fixtures.request("descriptors/scoring-close.yaml", "packs/small.yaml");
        var strictOptions = new EvaluationOptions(3, 10, Fixtures.TODAY);
        Advice strict = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(),
                false, r.disabledRules(), r.candidates(), strictOptions, "pom.xml", r.classLoader()));
        assertEquals(List.of("descriptors/scoring-close.yaml:1:1: fragile: the decision is fragile: changing the weight"
                + " of 'libraries' by 78% flips it in favour of 'python', under the fragileThreshold of 1000%"),
                violations(strict, EnumSet.of(Condition.FRAGILE), null, strictOptions));
        // with a margin of 10 points, the 5.8 points of scoring-close are too close to call
        var wide = new EvaluationOptions(10, 0.2, Fixtures.TODAY);
        Advice tooClose = new Advisor().advise(new AdviceRequest(r.descriptor(), r.descriptorName(), r.baseDir(), r.rulePacks(),
                false, r.disabledRules(), r.candidates(), wide, "pom.xml", r.classLoader()));
        assertEquals(List.of("descriptors/scoring-close.yaml:1:1: too-close: the decision is too close to call: a margin of"
                + " 5.8 points, under the tooCloseMargin of 10.0"), violations(tooClose, EnumSet.of(Condition.TOO_CLOSE), null, wide));
        assertEquals(List.of("descriptors/scoring-close.yaml:1:1: drift: the recommendation drifted from the baseline"
                + " 'python' to 'nodejs'; to accept the new one, commit this build's report.json as the baseline"),
                violations(close, EnumSet.of(Condition.DRIFT), "python"));
    }
}
