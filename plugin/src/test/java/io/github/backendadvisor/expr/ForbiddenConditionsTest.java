package io.github.backendadvisor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The allow-list is the only boundary between a rule file and the JVM: every construct outside it
 * is rejected when the pack loads, before anything is evaluated, naming the rule and pointing
 * into the YAML file.
 */
class ForbiddenConditionsTest {

    @Test
    void everyForbiddenConstructIsRejectedAtLoadWithRuleIdAndPosition() {
        Result<RuleSet> r = io.github.backendadvisor.Fixtures.compile(RuleSetBuilder.Options.defaults(),
                "packs/forbidden-conditions.yaml");
        assertFalse(r.ok(), "the pack must not load");
        List<String> lines = r.diagnostics().stream().map(Diagnostic::format).toList();
        List<String> expected = io.github.backendadvisor.Fixtures.text("packs/forbidden-conditions.expected").lines().toList();
        assertEquals(expected, lines);
        // one diagnostic at least for every rule, each naming its rule
        for (String id : List.of("exit", "exec", "file-delete", "assignment", "lambda", "cast", "instanceof",
                "array-access", "class-literal", "this", "string-method", "increment", "unknown-path", "type-mismatch",
                "unknown-enum-value", "big-literal", "unknown-function", "not-boolean", "syntax-error", "block-literal",
                "quoted", "folded", "unknown-capability")) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(": error: rule '" + id + "': ")), id);
        }
        assertFalse(lines.stream().anyMatch(l -> l.contains("Exception")), "no exception text reaches the user");
    }
}
