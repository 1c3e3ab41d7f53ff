package io.github.backendadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.diag.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An error inside a condition points at its place in the YAML file, however the condition is
 * written: on one line, quoted, as a literal block, or folded from several lines (a plain scalar
 * over several lines, a {@code >} block), where each line's piece keeps its own position.
 */
class ConditionPositionsTest {
    private static final String HEAD = "version: 1\npack: { id: p, title: P, revision: '1' }\nlanguages: [go]\n"
            + "candidates:\n  go: { title: Go, languages: [go] }\ncriteria:\n  team: { title: Team, weight: 1 }\n"
            + "rules:\n  - id: r\n    title: t\n    effects: { team: { go: 0.1 } }\n    because: b\n";

    private static List<String> errors(String when) {
        return errors(when, false);
    }

    private static List<String> errors(String when, boolean crlf) {
        String text = HEAD + when;
        if (crlf) text = text.replace("\n", "\r\n");
        return RuleSetCache.compile(List.of(new PackSource("p.yaml", text, ".")), RuleSetBuilder.Options.defaults())
                .diagnostics().stream().map(Diagnostic::format).toList();
    }

    private static String unknown(String at, String path, String note) {
        return "p.yaml:" + at + ": error: rule 'r': unknown descriptor path '" + path + "'" + note;
    }

    /** The error for {@code team.sise} at {@code at}, the one mistake most cases here make. */
    private static List<String> sise(String at) {
        return List.of(unknown(at, "team.sise", " (did you mean 'team.size'?)"));
    }

    @Test
    void aPlainConditionOverSeveralLinesPointsIntoTheLineThatHoldsTheError() {
        // line 13 is the condition's first line
        assertEquals(sise("14:8"), errors("    when: io.streaming &&\n       team.sise > 3\n"));
        assertEquals(List.of(unknown("15:6", "io.strem", " (did you mean 'io.streaming'?)")),
                errors("    when: team.size > 3\n      && team.size < 9 &&\n     io.strem\n"));
    }

    @Test
    void aFoldedBlockPointsIntoTheLineThatHoldsTheError() {
        assertEquals(sise("15:11"), errors("    when: >-\n      io.streaming &&\n      3 < team.sise\n"));
        assertEquals(sise("15:11"),
                errors("    when: >\n      io.streaming &&\n      3 < team.sise\n    sources: [https://e.org/a]\n"));
        assertEquals(sise("15:11"), errors("    when: >-\n      io.streaming &&\n      3 < team.sise\n", true));
    }

    @Test
    void aLiteralBlockAndAQuotedConditionPointWhereTheyDid() {
        assertEquals(sise("15:13"), errors("    when: |-\n      io.streaming &&\n        3 < team.sise\n"));
        assertEquals(sise("13:28"), errors("    when: \"io.streaming && team.sise > 3\"\n"));
    }

    @Test
    void foldingThatCannotBeRetracedKeepsTheStartAndSaysWhereInTheExpression() {
        // a more indented line keeps its line break, and so does a blank line: the text is not the
        // lines joined by spaces, so only the condition's start is known
        String sise = " (did you mean 'team.size'?) (at line 2, column ";
        assertEquals(List.of(unknown("14:7", "team.sise", sise + "7 of the expression)")),
                errors("    when: >-\n      io.streaming &&\n        3 < team.sise\n"));
        assertEquals(List.of(unknown("13:11", "team.sise", sise + "5 of the expression)")),
                errors("    when: io.streaming &&\n\n      3 < team.sise\n"));
    }
}
