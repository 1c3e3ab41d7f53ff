package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.DescriptorGenerator;
import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sanity properties of the default pack on 1,500 generated descriptors each. */
class DefaultPackPropertiesTest {
    private static final EvaluationOptions OPTIONS = EvaluationOptions.defaults(Fixtures.TODAY);
    private static final int CASES = 1500;

    private static List<Descriptor> descriptors(long seed) {
        RuleSet set = DefaultPack.get();
        DescriptorGenerator g = new DescriptorGenerator(seed, List.copyOf(set.languages()),
                List.copyOf(set.capabilities().keySet()));
        List<Descriptor> out = new ArrayList<>();
        while (out.size() < CASES) {
            var r = DescriptorLoader.parse(g.next(), "generated.yaml");
            assertTrue(r.ok(), r.diagnostics().toString());
            out.add(r.get());
        }
        return out;
    }

    private static Descriptor withSkill(Descriptor d, String language, int level) {
        Map<String, Integer> skills = new LinkedHashMap<>(d.team().skills());
        skills.put(language, level);
        return new Descriptor(d.file(), d.version(), d.service(), d.concurrency(), d.io(),
                new Descriptor.Team(d.team().size(), skills), d.libraries(), d.deployment(), d.weights(), d.decision(),
                d.locations());
    }

    private static Descriptor withMustHave(Descriptor d, String capability) {
        List<String> needs = new ArrayList<>(d.libraries().needs());
        if (!needs.contains(capability)) needs.add(capability);
        List<String> must = new ArrayList<>(d.libraries().mustHave());
        if (!must.contains(capability)) must.add(capability);
        return new Descriptor(d.file(), d.version(), d.service(), d.concurrency(), d.io(), d.team(),
                new Descriptor.Libraries(needs, must), d.deployment(), d.weights(), d.decision(), d.locations());
    }

    @Test
    void raisingASkillNeverLowersTheCandidatesScore() {
        RuleSet set = DefaultPack.get();
        int checks = 0;
        for (Descriptor d : descriptors(1)) {
            Evaluation before = Evaluator.evaluate(set, d, OPTIONS);
            for (var cand : set.candidates().values()) {
                for (String language : cand.languages()) {
                    int level = d.team().skill(language);
                    if (level == 5) continue;
                    Evaluation after = Evaluator.evaluate(set, withSkill(d, language, level + 1), OPTIONS);
                    assertTrue(after.candidate(cand.id()).score() >= before.candidate(cand.id()).score() - 1e-9,
                            () -> "raising " + language + " from " + level + " lowered " + cand.id() + " for\n" + d);
                    checks++;
                }
            }
        }
        assertTrue(checks > 5000, "checks " + checks);
    }

    @Test
    void addingAMustHaveNeverAddsACandidateBack() {
        RuleSet set = DefaultPack.get();
        List<String> capabilities = List.copyOf(set.capabilities().keySet());
        int i = 0;
        for (Descriptor d : descriptors(2)) {
            Evaluation before = Evaluator.evaluate(set, d, OPTIONS);
            String cap = capabilities.get(i++ % capabilities.size());
            Evaluation after = Evaluator.evaluate(set, withMustHave(d, cap), OPTIONS);
            for (var c : before.ranking()) {
                if (c.excluded()) {
                    assertTrue(after.candidate(c.candidate()).excluded(),
                            () -> "must-have " + cap + " brought back " + c.candidate() + " for\n" + d);
                }
            }
        }
    }

    @Test
    void addingACandidateNeverReordersTheOthers() {
        List<String> all = List.copyOf(DefaultPack.get().candidates().keySet());
        for (String left : all) {
            List<String> others = all.stream().filter(c -> !c.equals(left)).toList();
            RuleSet restricted = DefaultPack.compile(new RuleSetBuilder.Options(Set.of(), others, "pom.xml")).get();
            for (Descriptor d : descriptors(3).subList(0, 300)) {
                List<String> full = Evaluator.evaluate(DefaultPack.get(), d, OPTIONS).ranking().stream()
                        .map(Evaluation.CandidateResult::candidate).filter(c -> !c.equals(left)).toList();
                List<String> without = Evaluator.evaluate(restricted, d, OPTIONS).ranking().stream()
                        .map(Evaluation.CandidateResult::candidate).toList();
                assertEquals(without, full, "adding " + left + " reordered the others");
            }
        }
    }

    @Test
    void generatedDescriptorsUseEveryCapabilityAndReachEveryStatus() {
        Set<String> statuses = new java.util.TreeSet<>();
        for (Descriptor d : descriptors(4)) {
            statuses.add(Evaluator.evaluate(DefaultPack.get(), d, OPTIONS).status().id());
        }
        assertTrue(statuses.containsAll(List.of("recommended", "too-close")), statuses.toString());
        assertFalse(statuses.isEmpty());
    }
}
