package io.github.backendadvisor.descriptor;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids that the rule packs in use define, against which a descriptor's ids are checked.
 *
 * @param languages language ids usable in team.skills
 * @param capabilities capability ids usable in libraries
 * @param candidates candidate ids in use (after any restriction)
 * @param allCandidates every candidate id the packs define
 * @param criteria criterion ids
 * @param rules rule ids
 * @param capabilityWords each capability's title and flagship packages, in pack order, so that a
 *     need named after a product ("kafka") can be matched to the capability that lists it
 * @param candidateWords each candidate's title and languages, in pack order, so that a choice
 *     named after a title or a language ("JVM", "kotlin") can be matched to its candidate
 * @param rulesWithFindings the rules in use that report a finding, which a waiver can silence, in
 *     id order
 */
public record Vocabulary(Set<String> languages, Set<String> capabilities, Set<String> candidates,
        Set<String> allCandidates, Set<String> criteria, Set<String> rules, Map<String, List<String>> capabilityWords,
        Map<String, List<String>> candidateWords, Set<String> rulesWithFindings) {

    /** A vocabulary without titles, packages or languages to match names against. */
    public Vocabulary(Set<String> languages, Set<String> capabilities, Set<String> candidates,
            Set<String> allCandidates, Set<String> criteria, Set<String> rules) {
        this(languages, capabilities, candidates, allCandidates, criteria, rules, Map.of(), Map.of(), Set.of());
    }
}
