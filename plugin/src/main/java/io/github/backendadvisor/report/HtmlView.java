package io.github.backendadvisor.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The view model of {@code report.html}: every value already formatted as text, every geometry
 * already computed, so the template only places it. Rendered by the precompiled jte template
 * {@code report.jte}, which escapes every value for its HTML context.
 */
public record HtmlView(String service, String description, String headline, String statusId, String statusClass,
        String margin, String robustness, String recommendation, String timestamp, String toolVersion,
        String descriptorPath, String chosen, String chosenNote, List<Rank> ranking, ValueChart valueChart,
        List<String> valueHeaders, List<ValueRow> valueRows, List<Contrast> contrasts, String critical,
        String criticalCriterion, String fragileThreshold, List<FlipRow> flips, boolean noFlips,
        List<ExclusionRow> exclusions, List<FindingRow> findings, List<FiredRule> firedRules, List<String> missingData,
        List<Field> descriptorRows, List<Pack> packs, List<Warning> warnings) {

    /** A row of the ranking; {@code rank} is null for an excluded candidate (the page shows a dash). */
    public record Rank(String rank, String title, String id, String score, String barWidth, String color, boolean excluded,
            boolean recommended) {
    }

    /** The grouped bar chart of values by criterion. */
    public record ValueChart(int width, int height, int axisX, int axisEndX, List<Group> groups) {
    }

    /** One criterion's group of bars. */
    public record Group(String label, int labelY, List<Bar> bars) {
    }

    /** One candidate's bar. */
    public record Bar(int x, int y, String w, int h, String color, String valueX, int textY, String value, String candidate) {
    }

    /** A row of the values table. */
    public record ValueRow(String criterion, String weight, List<Cell> cells) {
    }

    /** A cell of the values table. */
    public record Cell(String value, boolean clamped) {
    }

    /** "Why A rather than B". */
    public record Contrast(String winner, String against, String gap, ContrastChart chart, List<Term> terms) {
    }

    /** The diverging bar chart of one contrast. */
    public record ContrastChart(int width, int height, int mid, int axisBottom, int legendY, int leftLegendX,
            int rightLegendX, List<ContrastBar> bars) {
    }

    /** One criterion's bar in a contrast. */
    public record ContrastBar(String label, int labelY, String x, int y, String w, boolean forWinner, String points,
            String textX, String anchor) {
    }

    /** A term of a contrast, for the table. */
    public record Term(String criterion, String points) {
    }

    /**
     * A row of the sensitivity table; {@code flipWeight}, {@code relative} and {@code valueRise}
     * are null where there is none (the page shows a dash, as a character reference: text the page
     * itself writes stays in Latin-1, which keeps rendering on the JDK's compact strings).
     */
    public record FlipRow(String criterion, String against, String weight, String flipWeight, String relative,
            String valueRise) {
    }

    /** An excluded candidate and why. */
    public record ExclusionRow(String candidate, String reason, String by) {
    }

    /** A finding or an expired waiver. */
    public record FindingRow(String severity, String rule, String message, String location, boolean waived,
            String waiverReason, String waivedUntil) {

        /**
         * The location's file, before its ":line:column": the page offers a line break between the
         * two, so that a narrow column breaks there rather than inside the file name.
         */
        public String locationFile() {
            int cut = placeStart();
            return cut < 0 ? location : location.substring(0, cut);
        }

        /** The location's ":line:column", or nothing when it has none. */
        public String locationPlace() {
            int cut = placeStart();
            return cut < 0 ? "" : location.substring(cut);
        }

        private int placeStart() {
            int column = location.lastIndexOf(':');
            return column <= 0 ? -1 : location.lastIndexOf(':', column - 1);
        }
    }

    /**
     * A warning about the input: its file and ":line:column" apart, so that the page can break
     * between them, and its message as text.
     */
    public record Warning(String file, String place, String message) {
    }

    /** A fired rule with its reason and sources. */
    public record FiredRule(String id, String title, String because, String pack, List<String> sources) {
    }

    /** A field of the descriptor as read. */
    public record Field(String path, String value) {

        /**
         * The path in pieces that each end with their dot ("concurrency.", "peakRequestsPerSecond"):
         * the page offers a line break after each dot, so that a narrow column breaks between the
         * names rather than inside one.
         */
        public List<String> pathParts() {
            return pieces(path, ".");
        }
    }

    /**
     * {@code text} in pieces that each end with one of {@code separators} (the last piece may
     * not), for a page that offers a line break after each.
     */
    static List<String> pieces(String text, String separators) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (separators.indexOf(text.charAt(i)) >= 0) {
                parts.add(text.substring(from, i + 1));
                from = i + 1;
            }
        }
        if (from < text.length() || parts.isEmpty()) parts.add(text.substring(from));
        return parts;
    }

    /** A rule pack in use. */
    public record Pack(String id, String title, String revision, String source) {

        /** The source in pieces that end with a '/' or ':', after which the page offers a line break. */
        public List<String> sourceParts() {
            return pieces(source, "/:");
        }
    }
}
