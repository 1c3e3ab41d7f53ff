package io.github.backendadvisor.report;

import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.Evaluation.Flip;
import io.github.backendadvisor.engine.Evaluation.NotApplied;
import io.github.backendadvisor.engine.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The sentences every format shares, so that HTML, Markdown and the console say the same thing. */
public final class Sentences {
    private Sentences() {
    }

    /** The one-sentence answer at the top of every report. */
    public static String headline(ReportContext ctx) {
        Evaluation e = ctx.advice().evaluation();
        String service = ctx.advice().descriptor().service().name();
        if (e.status() == Status.NO_VIABLE_CANDIDATE) {
            return "No candidate is viable for " + service + ": every candidate is excluded.";
        }
        String rec = ctx.title(e.recommendation());
        boolean tooClose = e.status() == Status.TOO_CLOSE;
        if (e.margin() != null && e.margin() == 0) {
            return (tooClose ? "Too close to call for " + service + ": " : "Use " + rec + " for " + service + ": ")
                    + rec + " and " + runnerUp(ctx) + " tie at " + tiedScore(ctx) + (tooClose ? threshold(ctx) : "")
                    + "; " + rec + " is first only in the rule packs' order of candidates.";
        }
        if (tooClose) {
            return "Too close to call for " + service + ": " + rec + " leads by " + lead(e.margin(), true)
                    + threshold(ctx) + ", and " + robustness(e) + ".";
        }
        String margin = e.margin() == null ? "it is the only viable candidate"
                : "it leads by " + lead(e.margin(), false);
        return "Use " + rec + " for " + service + ": " + margin + " and " + robustness(e) + ".";
    }

    /**
     * Why the recommendation was chosen, to follow "because" in the decision record: "it leads by
     * 12.0 points and the decision is robust."
     */
    public static String because(ReportContext ctx) {
        Evaluation e = ctx.advice().evaluation();
        if (e.margin() == null) {
            return "it is the only viable candidate and " + robustness(e) + ".";
        }
        boolean tooClose = e.status() == Status.TOO_CLOSE;
        if (e.margin() == 0) {
            return "it comes first only in the rule packs' order of candidates: it ties with " + runnerUp(ctx)
                    + " at " + tiedScore(ctx) + (tooClose ? threshold(ctx) + ", which is too close to call." : ".");
        }
        if (tooClose) {
            return "it leads, though by " + lead(e.margin(), true) + threshold(ctx) + ", which is too close to call; "
                    + robustness(e) + ".";
        }
        return "it leads by " + lead(e.margin(), false) + " and " + robustness(e) + ".";
    }

    private static String robustness(Evaluation e) {
        return e.fragile() ? "the decision is fragile" : "the decision is robust";
    }

    private static String threshold(ReportContext ctx) {
        return " (threshold " + Numbers.one(ctx.options().tooCloseMargin()) + ")";
    }

    /** The first viable candidate after the recommendation. */
    private static String runnerUp(ReportContext ctx) {
        return ctx.title(ctx.advice().evaluation().contrasts().get(0).against());
    }

    /** The score the recommendation shares with the runner-up. */
    private static String tiedScore(ReportContext ctx) {
        Evaluation e = ctx.advice().evaluation();
        return Numbers.one(e.candidate(e.recommendation()).score()) + " points";
    }

    /**
     * A margin in points ("12.0 points", or "only 1.2 points" under the threshold); one that prints as
     * 0.0 without being a tie is "less than 0.1 points".
     */
    private static String lead(double margin, boolean only) {
        String points = Numbers.one(margin);
        if (points.equals("0.0")) return "less than 0.1 points";
        return (only ? "only " : "") + points + " points";
    }

    /** "stays first unless the weight of team rises from 0.22 to 0.31 (go would lead)". */
    public static String flip(ReportContext ctx, Flip f) {
        double to = f.weight() + f.weightChange();
        String direction = f.weightChange() >= 0 ? "rises" : "falls";
        String change = Numbers.percent(f.relativeChange());
        return "stays first unless the weight of " + ctx.criterionTitle(f.criterion()) + " " + direction + " from "
                + Numbers.two(f.weight()) + " to " + Numbers.two(to) + " (" + article(change) + " " + change
                + " change; " + ctx.title(f.against()) + " would lead)";
    }

    /**
     * "a" or "an" before a number as it is read aloud: an 8%, an 11%, an 18%, an 80%, a 1% or a 110%.
     * Numbers read as "eleven" or "eighteen" (thousand) start with a vowel, like every 8.
     */
    static String article(String number) {
        String digits = number.startsWith("-") ? number.substring(1) : number;
        int whole = 0;
        while (whole < digits.length() && Character.isDigit(digits.charAt(whole))) whole++;
        if (whole == 0) return "a";
        if (digits.charAt(0) == '8') return "an";
        boolean elevenOrEighteen = digits.startsWith("11") || digits.startsWith("18");
        return elevenOrEighteen && whole % 3 == 2 ? "an" : "a";
    }

    /** "the value of Go on team would have to rise by 0.25 to tie". */
    public static String valueRise(ReportContext ctx, Flip f) {
        return ctx.title(f.against()) + " would tie if its " + ctx.criterionTitle(f.criterion())
                + " value rose by " + Numbers.two(f.valueRise());
    }

    /**
     * Rules that could not judge, grouped by the missing field:
     * "add concurrency.latencyTargetMs to your descriptor to let 3 more rules judge".
     */
    public static List<String> missingData(List<NotApplied> notApplied) {
        Map<String, List<String>> byField = new TreeMap<>();
        for (NotApplied n : notApplied) {
            for (String field : n.missing()) {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(n.rule());
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byField.entrySet()) {
            List<String> rules = e.getValue();
            out.add("add " + e.getKey() + " to your descriptor to let " + rules.size()
                    + (rules.size() == 1 ? " more rule judge (" : " more rules judge (") + String.join(", ", rules) + ")");
        }
        return out;
    }
}
