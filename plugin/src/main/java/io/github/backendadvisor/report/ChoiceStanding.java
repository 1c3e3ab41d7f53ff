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

    /**
     * The note after the choice, in brackets: for a choice that differs from the recommendation and
     * is ranked, how far behind it scores ("differs, 18.3 points behind").
     */
    static String note(Evaluation e, String chosen) {
        ChoiceStanding s = of(e, chosen);
        return s.note + distance(s, e, chosen);
    }

    /** The decision record's clause after "which", with the same distance as {@link #note}. */
    static String clause(Evaluation e, String chosen) {
        ChoiceStanding s = of(e, chosen);
        return s.clause + distance(s, e, chosen);
    }

    /** ", 18.3 points behind" for a choice that differs and is ranked; else empty. */
    private static String distance(ChoiceStanding s, Evaluation e, String chosen) {
        String behind = s == DIFFERS ? behind(e, chosen) : null;
        return behind == null ? "" : ", " + behind;
    }

    /** "18.3 points behind" or "with the same score"; null when either is not ranked (left out). */
    private static String behind(Evaluation e, String chosen) {
        var c = e.candidate(chosen);
        var best = e.recommendation() == null ? null : e.candidate(e.recommendation());
        if (c == null || best == null) return null;
        String gap = Numbers.one(best.score() - c.score());
        return gap.equals("0.0") ? "with the same score" : gap + " points behind";
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
