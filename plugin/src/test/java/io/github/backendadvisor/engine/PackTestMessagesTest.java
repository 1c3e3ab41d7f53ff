package io.github.backendadvisor.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A failed pack test says why a rule did or did not fire: its condition, the data it lacked, or the configuration. */
class PackTestMessagesTest {

    private static List<List<String>> problems(Set<String> disabled) {
        return problems(disabled, List.of());
    }

    private static List<List<String>> problems(Set<String> disabled, List<String> candidates) {
        RuleSet set = Fixtures.compile(new RuleSetBuilder.Options(disabled, candidates, "pom.xml"), "packs/small.yaml",
                "packs/pack-test-messages.yaml").get();
        var report = PackTestRunner.run(set, EvaluationOptions.defaults(Fixtures.TODAY), PackTestMessagesTest.class.getClassLoader());
        return report.outcomes().stream().filter(o -> o.pack().equals("messages")).map(PackTestRunner.Outcome::problems).toList();
    }

    @Test
    void aRuleThatDidNotFireSaysWhyAndOneThatFiredSaysItsCondition() {
        assertEquals(List.of(
                List.of("fired: expected rule 'big-team' to fire, but its condition team.size >= 12 is false for this"
                                + " descriptor; fired: []",
                        "fired: expected rule 'tight-budget' to fire, but it could not judge: the descriptor has no"
                                + " concurrency.latencyTargetMs; fired: []",
                        "fired: expected rule 'cpu-heavy' to fire, but its condition io.profile == \"cpu-bound\" is false"
                                + " for this descriptor; fired: []"),
                List.of("notFired: rule 'big-team' fired but should not: its condition team.size >= 12 is true for this"
                        + " descriptor"),
                // at the test that names it, with the file beside the pack whose name is closest
                List.of("descriptor: packs/pack-test-messages.yaml:34:5: error: test descriptor 'smal.yaml' does not"
                        + " exist: there is no packs/smal.yaml (did you mean 'small.yaml'?)"),
                // a typo in an expectation is said as such, and not also as an outcome that differs
                List.of("recommendation: unknown candidate 'nodjs'; no rule pack in use defines it (did you mean 'nodejs'?)",
                        "excluded: unknown candidate 'pyton'; no rule pack in use defines it (did you mean 'python'?)",
                        // named by its language
                        "excluded: unknown candidate 'javascript'; no rule pack in use defines it (did you mean"
                                + " 'nodejs': Node.js?)",
                        "fired: unknown rule 'big-tem'; no rule pack in use defines it (did you mean 'big-team'?)",
                        "notFired: unknown rule 'tight-budgt'; no rule pack in use defines it (did you mean"
                                + " 'tight-budget'?)")), problems(Set.of()));
    }

    @Test
    void aDisabledRuleSaysSo() {
        assertEquals("fired: expected rule 'cpu-heavy' to fire, but it is disabled (disabledRules); fired: []",
                problems(Set.of("cpu-heavy")).get(0).get(2));
    }

    @Test
    void aRuleLeftOutWithItsCandidatesSaysSo() {
        assertEquals("fired: expected rule 'big-team' to fire, but it concerns only candidates that the candidates"
                + " parameter leaves out; fired: []", problems(Set.of(), List.of("python")).get(0).get(0));
    }
}
