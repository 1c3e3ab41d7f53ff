package io.github.backendadvisor.descriptor;

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
 */
public record Vocabulary(Set<String> languages, Set<String> capabilities, Set<String> candidates,
        Set<String> allCandidates, Set<String> criteria, Set<String> rules) {
}
