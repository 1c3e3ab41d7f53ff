package io.github.backendadvisor.rules;

import io.github.backendadvisor.descriptor.Vocabulary;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.PackInfo;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.Model.Rule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Packs merged in order, checked and compiled: immutable and safe to share between threads and
 * modules. Built by {@link RuleSetBuilder}.
 *
 * @param packs the packs, in the order they were merged
 * @param languages every language id
 * @param candidates the candidates in use (after any restriction), in definition order
 * @param allCandidates every candidate the packs define, restricted or not
 * @param criteria the criteria with their compiled values, in definition order
 * @param capabilities the capability catalogue, in definition order
 * @param rules the enabled rules with compiled conditions, in definition order
 * @param disabledRules rule ids switched off by configuration
 * @param otherCandidatesRules rule ids left out because every candidate their effects and exclusions
 *     name is outside the restricted candidate set: they could change nothing this build shows
 * @param tests every pack test
 * @param vocabulary the ids a descriptor may use with these packs, derived from the others once
 *     (a descriptor is checked against them in every module)
 */
public record RuleSet(List<PackInfo> packs, List<String> languages, Map<String, Candidate> candidates,
        Map<String, Candidate> allCandidates, Map<String, CompiledCriterion> criteria, Map<String, Capability> capabilities,
        List<CompiledRule> rules, Set<String> disabledRules, Set<String> otherCandidatesRules, List<PackTest> tests,
        Vocabulary vocabulary) {

    /** A rule set whose vocabulary is derived from its other parts. */
    public RuleSet(List<PackInfo> packs, List<String> languages, Map<String, Candidate> candidates,
            Map<String, Candidate> allCandidates, Map<String, CompiledCriterion> criteria,
            Map<String, Capability> capabilities, List<CompiledRule> rules, Set<String> disabledRules,
            Set<String> otherCandidatesRules, List<PackTest> tests) {
        this(packs, languages, candidates, allCandidates, criteria, capabilities, rules, disabledRules,
                otherCandidatesRules, tests, vocabularyOf(languages, candidates, allCandidates, criteria, capabilities,
                        rules, disabledRules, otherCandidatesRules));
    }

    /** The enabled rule with this id, or null (an unknown, disabled or left-out id). */
    public CompiledRule rule(String id) {
        if (id == null) return null;
        for (CompiledRule r : rules) {
            if (r.id().equals(id)) return r;
        }
        return null;
    }

    /** A criterion with its compiled {@code value:} (null when it starts at 0.5). */
    public record CompiledCriterion(Criterion definition, CompiledExpression value) {
    }

    /** A rule with its compiled {@code when:}. */
    public record CompiledRule(Rule definition, CompiledExpression when) {

        /** The rule's id. */
        public String id() {
            return definition.id();
        }
    }

    private static Vocabulary vocabularyOf(List<String> languages, Map<String, Candidate> candidates,
            Map<String, Candidate> allCandidates, Map<String, CompiledCriterion> criteria,
            Map<String, Capability> capabilities, List<CompiledRule> rules, Set<String> disabledRules,
            Set<String> otherCandidatesRules) {
        Set<String> ruleIds = new java.util.LinkedHashSet<>();
        Set<String> withFindings = new java.util.TreeSet<>();
        for (CompiledRule r : rules) {
            ruleIds.add(r.id());
            if (r.definition().finding() != null) withFindings.add(r.id());
        }
        ruleIds.addAll(disabledRules);
        ruleIds.addAll(otherCandidatesRules);
        Map<String, List<String>> words = new java.util.LinkedHashMap<>();
        for (Capability c : capabilities.values()) {
            List<String> phrases = new java.util.ArrayList<>();
            phrases.add(c.title() == null ? c.id() : c.title());
            for (var s : c.support().values()) {
                for (String p : s.packages()) {
                    if (p != null) phrases.add(p); // a pack with errors is read as far as it goes
                }
            }
            words.put(c.id(), List.copyOf(phrases));
        }
        return new Vocabulary(Set.copyOf(languages), capabilities.keySet(), candidates.keySet(), allCandidates.keySet(),
                criteria.keySet(), java.util.Collections.unmodifiableSet(ruleIds), java.util.Collections.unmodifiableMap(words),
                candidateWords(candidates), java.util.Collections.unmodifiableSet(withFindings));
    }

    /** Each candidate's title, then its languages, in definition order ({@link Vocabulary#candidateWords}). */
    static Map<String, List<String>> candidateWords(Map<String, Candidate> candidates) {
        Map<String, List<String>> words = new java.util.LinkedHashMap<>();
        for (Candidate c : candidates.values()) {
            List<String> names = new java.util.ArrayList<>();
            names.add(c.title() == null ? c.id() : c.title()); // a pack with errors is read as far as it goes
            for (String l : c.languages()) {
                if (l != null) names.add(l);
            }
            words.put(c.id(), List.copyOf(names));
        }
        return java.util.Collections.unmodifiableMap(words);
    }
}
