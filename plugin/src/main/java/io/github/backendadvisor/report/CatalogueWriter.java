package io.github.backendadvisor.report;

import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.RuleSet;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue a person reads: every criterion, capability and rule of a rule set, rendered as
 * Markdown. The default pack's {@code rules/README.md} is generated with it and kept in sync by a test.
 */
public final class CatalogueWriter {
    private CatalogueWriter() {
    }

    /** Renders the catalogue. */
    public static String render(RuleSet set) {
        StringBuilder md = new StringBuilder();
        var info = set.packs().get(0);
        md.append("# ").append(MarkdownReport.esc(info.title())).append("\n\n");
        md.append("<!-- Generated from ").append(info.source()).append(" by CatalogueWriter; do not edit by hand.")
                .append(" Regenerate with: ./mvnw -pl rules,plugin test -Dtest=CatalogueTest -Dcatalogue.update=true")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -->\n\n");
        md.append("Pack `").append(info.id()).append("`, revision ").append(info.revision()).append(": ")
                .append(set.candidates().size()).append(" candidates, ").append(set.criteria().size()).append(" criteria, ")
                .append(set.capabilities().size()).append(" capabilities, ").append(set.rules().size()).append(" rules, ")
                .append(set.tests().size()).append(" pack tests.\n\n");
        md.append("Languages: ").append(String.join(", ", set.languages())).append(".\n\n");

        md.append("## Candidates\n\n| Id | Title | Languages |\n| --- | --- | --- |\n");
        set.candidates().values().forEach(c -> md.append("| `").append(c.id()).append("` | ")
                .append(MarkdownReport.esc(c.title())).append(" | ").append(String.join(", ", c.languages())).append(" |\n"));

        md.append("\n## Criteria\n\n| Id | Title | Weight | Starting value | Why this weight |\n| --- | --- | ---: | --- | --- |\n");
        set.criteria().values().forEach(c -> {
            var d = c.definition();
            md.append("| `").append(d.id()).append("` | ").append(MarkdownReport.esc(d.title())).append(" | ")
                    .append(fmt(d.weight())).append(" | ")
                    .append(d.value() == null ? "0.5" : "`" + d.value().text().replace("|", "\\|") + "`").append(" | ")
                    .append(d.because() == null ? "" : MarkdownReport.esc(d.because())).append(" |\n");
        });

        md.append("\n## Capabilities\n\nSupport levels: strong (1), adequate (2/3), weak (1/3), none (0); a `mustHave`"
                + " with weak or no support excludes the candidate.\n\n");
        md.append("| Capability | ");
        set.candidates().values().forEach(c -> md.append(MarkdownReport.esc(c.title())).append(" | "));
        md.append("\n| --- |");
        set.candidates().values().forEach(c -> md.append(" --- |"));
        md.append('\n');
        for (Capability cap : set.capabilities().values()) {
            md.append("| `").append(cap.id()).append("` ").append(MarkdownReport.esc(cap.title())).append(" | ");
            for (var cand : set.candidates().keySet()) {
                var s = cap.support().get(cand);
                md.append(s == null ? "none" : "**" + s.level().id() + "**"
                        + (s.packages().isEmpty() ? "" : ": " + MarkdownReport.esc(String.join(", ", s.packages()))));
                md.append(" | ");
            }
            md.append('\n');
        }
        md.append('\n');
        for (Capability cap : set.capabilities().values()) {
            if (cap.because() == null && cap.sources().isEmpty()) continue;
            md.append("- `").append(cap.id()).append("`: ");
            if (cap.because() != null) md.append(MarkdownReport.esc(cap.because())).append(' ');
            cap.sources().forEach(s -> md.append("<").append(s).append("> "));
            md.setLength(md.length() - 1);
            md.append('\n');
        }

        md.append("\n## Rules\n");
        for (var cr : set.rules()) {
            Rule r = cr.definition();
            md.append("\n### `").append(r.id()).append("`: ").append(MarkdownReport.esc(r.title())).append("\n\n");
            md.append("- When: `").append(r.when().text().replace('\n', ' ').replaceAll(" +", " ")).append("`\n");
            if (!r.effects().isEmpty()) {
                md.append("- Effects: ");
                StringBuilder e = new StringBuilder();
                for (Map.Entry<String, Map<String, Double>> crit : r.effects().entrySet()) {
                    crit.getValue().forEach((cand, delta) -> e.append(e.length() == 0 ? "" : ", ").append(crit.getKey())
                            .append(' ').append(cand).append(' ').append(String.format(Locale.ROOT, "%+.2f", delta)));
                }
                md.append(e).append('\n');
            }
            r.exclude().forEach((cand, reason) -> md.append("- Excludes `").append(cand).append("`: ")
                    .append(MarkdownReport.esc(reason)).append('\n'));
            if (r.finding() != null) {
                md.append("- Finding (").append(r.finding().severity().id()).append("): ")
                        .append(MarkdownReport.esc(r.finding().message())).append('\n');
            }
            md.append("- Why: ").append(MarkdownReport.esc(r.because())).append('\n');
            md.append("- Sources: ");
            r.sources().forEach(s -> md.append("<").append(s).append("> "));
            md.setLength(md.length() - 1);
            md.append('\n');
        }
        md.append("\n## Pack tests\n\n");
        set.tests().forEach(t -> md.append("- ").append(MarkdownReport.esc(t.name())).append('\n'));
        return md.toString();
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
