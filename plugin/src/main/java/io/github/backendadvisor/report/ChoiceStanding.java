package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;

/** How the team's recorded choice ({@code decision.chosen}) stands against the evaluation. */
enum ChoiceStanding {
    AGREES("agrees", "agrees with the recommendation"),
    DIFFERS("differs", "differs from the recommendation"),
    EXCLUDED("excluded", "is excluded, as every candidate is"),
    EXCLUDED_AND_DIFFERS("excluded, differs", "is excluded and differs from the recommendation");

    /** The HTML page's note after the choice, in brackets. */
    final String note;
    /** The decision record's clause after "which". */
    final String clause;

    ChoiceStanding(String note, String clause) {
        this.note = note;
        this.clause = clause;
    }

    /** How {@code chosen} stands; null when no choice is recorded. */
    static ChoiceStanding of(Evaluation e, String chosen) {
        if (chosen == null) return null;
        if (chosen.equals(e.recommendation())) return AGREES;
        boolean excluded = false;
        for (var c : e.ranking()) excluded |= c.candidate().equals(chosen) && c.excluded();
        if (!excluded) return DIFFERS;
        return e.recommendation() == null ? EXCLUDED : EXCLUDED_AND_DIFFERS;
    }
}
