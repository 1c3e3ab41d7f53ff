package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.engine.PackTestRunner;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The default pack: loads cleanly, meets the counts of the issue, and passes its own tests. */
class DefaultPackTest {

    @Test
    void loadsWithoutDiagnostics() {
        RuleSet set = DefaultPack.get();
        assertEquals(List.of("default"), set.packs().stream().map(p -> p.id()).toList());
    }

    @Test
    void hasTheLanguagesCandidatesAndCriteriaItPromises() {
        RuleSet set = DefaultPack.get();
        assertTrue(set.languages().containsAll(List.of("javascript", "typescript", "python", "java", "kotlin", "go")));
        assertEquals(List.of("nodejs", "python", "java", "go"), List.copyOf(set.candidates().keySet()));
        assertEquals(List.of("architecture", "libraries", "performance", "scalability", "team", "operations"),
                List.copyOf(set.criteria().keySet()));
        set.criteria().values().forEach(c -> assertFalse(c.definition().because() == null
                || c.definition().because().isBlank(), "criterion " + c.definition().id() + " has no reason"));
    }

    @Test
    void hasAtLeast25CapabilitiesWithEveryCandidateRatedAndPackagesNamed() {
        RuleSet set = DefaultPack.get();
        assertTrue(set.capabilities().size() >= 25, "capabilities: " + set.capabilities().size());
        assertTrue(set.capabilities().keySet().containsAll(List.of("ml-training", "ml-inference", "data-analysis",
                "scientific", "websockets", "graphql", "grpc", "rest-api", "orm", "pdf", "office-docs",
                "image-processing", "ssr", "scraping", "messaging", "payments", "auth")));
        set.capabilities().values().forEach(cap -> {
            assertEquals(set.candidates().keySet(), cap.support().keySet(), cap.id());
            cap.support().forEach((cand, s) -> assertTrue(s.level() == io.github.backendadvisor.rules.Level.NONE
                    || s.level() == io.github.backendadvisor.rules.Level.WEAK || !s.packages().isEmpty(),
                    cap.id() + "/" + cand + " has no flagship package"));
        });
    }

    @Test
    void aRestrictedCandidateSetLeavesOutTheRulesThatSpeakOnlyOfTheOthers() {
        var r = DefaultPack.compile(new RuleSetBuilder.Options(Set.of(), List.of("nodejs", "go"), "pom.xml"));
        assertTrue(r.ok(), r.diagnostics().toString());
        RuleSet set = r.get();
        // effects on Python alone: nothing to say about Node.js or Go
        assertTrue(set.otherCandidatesRules().containsAll(List.of("python-async-stack-required",
                "ml-training-is-python-first")), set.otherCandidatesRules().toString());
        assertEquals(null, set.rule("python-async-stack-required"));
        assertTrue(set.vocabulary().rules().contains("python-async-stack-required"), "a waiver may still name it");
        // effects on Node.js among others, and a finding alone, stay
        assertFalse(set.rule("cpu-bound-interpreted-compute") == null);
        assertFalse(set.rule("ml-without-python-skills") == null);
        assertEquals(DefaultPack.get().rules().size(), set.rules().size() + set.otherCandidatesRules().size());
        assertTrue(DefaultPack.get().otherCandidatesRules().isEmpty());

        Descriptor chat = DescriptorLoader.load(Fixtures.path("descriptors/valid.yaml"), "valid.yaml").get();
        var all = Evaluator.evaluate(DefaultPack.get(), chat, EvaluationOptions.defaults(Fixtures.TODAY));
        var some = Evaluator.evaluate(set, chat, EvaluationOptions.defaults(Fixtures.TODAY));
        assertTrue(all.findings().stream().anyMatch(f -> f.rule().equals("python-async-stack-required")));
        assertFalse(some.findings().stream().anyMatch(f -> f.rule().equals("python-async-stack-required")));
        for (String c : List.of("nodejs", "go")) {
            assertEquals(score(all, c), score(some, c), 1e-9, c + " scores as before");
        }
    }

    private static double score(Evaluation e, String candidate) {
        return e.ranking().stream().filter(c -> c.candidate().equals(candidate)).findFirst().orElseThrow().score();
    }

    @Test
    void hasAtLeast40RulesEachWithReasonAndHttpsSource() {
        RuleSet set = DefaultPack.get();
        assertTrue(set.rules().size() >= 40, "rules: " + set.rules().size());
        for (var r : set.rules()) {
            Rule d = r.definition();
            assertFalse(d.because().isBlank(), d.id());
            assertFalse(d.title().isBlank(), d.id());
            assertFalse(d.sources().isEmpty(), d.id() + " has no source");
            d.sources().forEach(s -> assertTrue(s.startsWith("https://"), d.id() + ": " + s));
        }
    }

    @Test
    void rulesCoverEveryCriterionAndEveryDescriptorSection() {
        RuleSet set = DefaultPack.get();
        Set<String> criteria = new java.util.TreeSet<>();
        Set<String> sections = new java.util.TreeSet<>();
        for (var r : set.rules()) {
            criteria.addAll(r.definition().effects().keySet());
            r.when().paths().forEach(p -> sections.add(p.substring(0, p.indexOf('.'))));
            String src = r.when().source();
            if (src.contains("skill")) sections.add("team");
            if (src.contains("needs(")) sections.add("libraries");
        }
        assertTrue(criteria.containsAll(set.criteria().keySet()), "criteria touched by rules: " + criteria);
        assertTrue(sections.containsAll(List.of("concurrency", "io", "team", "libraries", "deployment")),
                "sections read by rules: " + sections);
    }

    @Test
    void avoidsTheMythsOfTheOriginalBlog() {
        RuleSet set = DefaultPack.get();
        for (var r : set.rules()) {
            String text = (r.definition().title() + " " + r.definition().because()).toLowerCase(java.util.Locale.ROOT);
            assertFalse(text.contains("cannot do multithreading") || text.contains("no multithreading")
                    || text.contains("single-threaded language"), r.id());
            assertFalse(text.matches(".*\\b\\d[\\d,.]* ?(m|k|million|thousand)? packages.*"), r.id() + " counts packages");
        }
    }

    @Test
    void packTestsPassAndFireEveryRule() {
        RuleSet set = DefaultPack.get();
        PackTestRunner.Report report = PackTestRunner.run(set, EvaluationOptions.defaults(Fixtures.TODAY),
                getClass().getClassLoader());
        List<String> failures = new ArrayList<>();
        report.outcomes().stream().filter(o -> !o.passed())
                .forEach(o -> failures.add(o.name() + ": " + String.join("; ", o.problems())));
        assertTrue(report.outcomes().size() >= 30, "pack tests: " + report.outcomes().size());
        assertEquals(List.of(), failures);
        assertEquals(List.of(), report.unfiredRules(), "rules no pack test fires");
    }
}
