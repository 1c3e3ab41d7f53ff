package io.github.backendadvisor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hints added to errors for mistakes brought from other languages; each expression is rejected all the same. */
class ConditionHintsTest {
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler(new ExprSchema(
            Set.of("javascript", "python"), Set.of("nodejs", "python"), Set.of("websockets", "ml-training", "orm")));
    private static final PositionMap AT = (l, c) -> new Position("t", l, c);

    private static String error(String expression) {
        List<Diagnostic> ds = COMPILER.condition(expression, AT, "rule 'r'").diagnostics();
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0).format();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "team.size >= 10 and io.streaming => t:1:17: error: rule 'r': syntax error in expression: unexpected 'and' here (write 'and' as &&)",
        "team.size > 3 or io.streaming => t:1:15: error: rule 'r': syntax error in expression: unexpected 'or' here (write 'or' as ||)",
        "not io.streaming => t:1:5: error: rule 'r': syntax error in expression: unexpected 'io' here (write 'not' as !)",
        "team.size is 3 => t:1:11: error: rule 'r': syntax error in expression: unexpected 'is' here (write 'is' as ==)",
        "io.profile === \"mixed\" => t:1:14: error: rule 'r': syntax error in expression: unexpected '=' here (compare with == and !=)",
        "libraries.needs.contains('orm') => t:1:26: error: rule 'r': syntax error in expression: strings are written in double quotes (\"websockets\"), not single quotes",
        "concurrency.latencyTargetMs < 100ms => t:1:34: error: rule 'r': syntax error in expression: unexpected 'ms' here (numbers take no unit: write 100, not 100ms)",
        "io.cpuWorkShare > 25% => t:1:21: error: rule 'r': syntax error in expression: the expression ends where more was expected (a share is written as a fraction: 0.25, not 25%)",
        "needs(\"orm\") && (team.size > 3 => t:1:30: error: rule 'r': syntax error in expression: the expression ends where more was expected (a '(' is not closed)",
        "needs(\"orm\") && (team.size > 3 || (io.streaming => t:1:47: error: rule 'r': syntax error in expression: the expression ends where more was expected (2 '(' are not closed)",
        "team.size > 3) && io.streaming => t:1:14: error: rule 'r': syntax error in expression: unexpected ')' here (a ')' here has no '(' before it)",
        "(team.size > 3) and io.streaming => t:1:17: error: rule 'r': syntax error in expression: unexpected 'and' here (write 'and' as &&)",
        "io.cpuWorkShare > .25% => t:1:22: error: rule 'r': syntax error in expression: the expression ends where more was expected (a share is written as a fraction: 0.0025, not .25%)",
        "io.profile == IO_BOUND => t:1:15: error: rule 'r': unknown name 'IO_BOUND' (values of io.profile are strings: io.profile == \"io-bound\")",
        "deployment.target == DeploymentTarget.SERVERLESS => t:1:22: error: rule 'r': unknown descriptor path 'DeploymentTarget.SERVERLESS' (values of deployment.target are strings: deployment.target == \"serverless\")",
        "skill(python) > 3 => t:1:7: error: rule 'r': unknown name 'python' (ids are strings: \"python\")",
        "io.streaming == True => t:1:17: error: rule 'r': unknown name 'True' (write it in lower case: true)",
        "io.profile.equals(\"mixed\") => t:1:1: error: rule 'r': calling 'equals' on 'io.profile' is not allowed; values compare with ==: io.profile == \"mixed\"",
        "io.streaming | team.size > 3 => t:1:1: error: rule 'r': the bitwise operator '|' is not allowed (did you mean '||'?)",
        "io.streaming & team.size > 3 => t:1:1: error: rule 'r': the bitwise operator '&' is not allowed (did you mean '&&'?)",
        "team.size ^ 2 > 3 => t:1:1: error: rule 'r': the bitwise operator '^' is not allowed",
        "\"io_bound\" == io.profile => t:1:1: error: rule 'r': 'io_bound' is not a value of 'io.profile'; allowed values are io-bound, cpu-bound, mixed (did you mean 'io-bound'?)",
        "team.size = 3 || io.streaming => t:1:1: error: rule 'r': '=' assigns, and a condition cannot change anything; to compare, write team.size == 3 || io.streaming",
        "team.size > 010 => t:1:13: error: rule 'r': integer literal '010' has a leading zero, which Java reads as octal; write 10",
        "team.size > 0x1F => t:1:13: error: rule 'r': integer literal '0x1F' must be written in decimal digits",
        "team.size > 0b11 => t:1:13: error: rule 'r': integer literal '0b11' must be written in decimal digits",
        "io.cpuWorkShare > 0.5f => t:1:19: error: rule 'r': float literal '0.5f' is not allowed; write it without the 'f'",
        "io.cpuWorkShare > 0x1.8p-1 => t:1:19: error: rule 'r': decimal literal '0x1.8p-1' must be written in decimal digits",
        "team.size > 1e400 => t:1:13: error: rule 'r': decimal literal '1e400' is too large",
        "team.skills.python >= 3 => t:1:1: error: rule 'r': unknown descriptor path 'team.skills.python' (use skill(\"language\") to read a team skill)",
        "team.skill >= 3 => t:1:1: error: rule 'r': unknown descriptor path 'team.skill' (did you mean 'team.size'?)",
        "io && team.size > 3 => t:1:1: error: rule 'r': 'io' is a section of the descriptor; use one of its fields, such as 'io.profile'",
        "libraries.needs.size(1) > 0 => t:1:1: error: rule 'r': 'size()' takes no arguments",
        "libraries.needs.isEmpty(\"orm\") => t:1:1: error: rule 'r': 'isEmpty()' takes no arguments",
        "libraries.needs.contains(\"orm\", \"websockets\") => t:1:1: error: rule 'r': 'contains' takes exactly one capability id; for several, use containsAny or containsAll",
        "libraries.needs.containsAny() => t:1:1: error: rule 'r': 'containsAny' takes at least one capability id",
        "skill(\"python\", \"javascript\") > 3 => t:1:1: error: rule 'r': 'skill' takes exactly one argument",
        "io.profile == io-bound => t:1:15: error: rule 'r': 'io-bound' reads as a subtraction of names (values of io.profile are strings: io.profile == \"io-bound\")",
        "cpu-bound != io.profile => t:1:1: error: rule 'r': 'cpu-bound' reads as a subtraction of names (values of io.profile are strings: io.profile == \"cpu-bound\")",
        "needs(ml-training) => t:1:7: error: rule 'r': 'ml-training' reads as a subtraction of names (ids are strings: \"ml-training\")",
        "team.skills[\"python\"] > 2 => t:1:1: error: rule 'r': indexing is not allowed in conditions; read a team skill with skill(\"python\")",
        "skill(\"python\") >= \"3\" => t:1:20: error: rule 'r': '>=' needs numbers, but '\"3\"' is text (write 3 without quotes)",
        "team.size == \"5\" => t:1:1: error: rule 'r': '==' compares a whole number with text; both sides must have the same type (write 5 without quotes)",
        "\"0.5\" < io.cpuWorkShare => t:1:1: error: rule 'r': '<' needs numbers, but '\"0.5\"' is text (write 0.5 without quotes)",
        "skill(\"python\") >= \"three\" => t:1:20: error: rule 'r': '>=' needs numbers, but '\"three\"' is text",
        "skill(\"python\") =>3 => t:1:17: error: rule 'r': syntax error in expression: unexpected '=' here (write >= and <=)",
        "team.size =< 3 => t:1:11: error: rule 'r': syntax error in expression: unexpected '=' here (write >= and <=)",
        "team.size <> 3 => t:1:12: error: rule 'r': syntax error in expression: unexpected '>' here (write 'not equal' as !=)",
        "team.size between 3 and 5 => t:1:11: error: rule 'r': syntax error in expression: unexpected 'between' here (write a range as two comparisons: team.size >= 3 && team.size <= 5)",
        "libraries.needs.size > 2 => t:1:1: error: rule 'r': unknown descriptor path 'libraries.needs.size' (a list's size is a call: libraries.needs.size())",
        "libraries.mustHave.length > 2 => t:1:1: error: rule 'r': unknown descriptor path 'libraries.mustHave.length' (a list's size is a call: libraries.mustHave.size())",
        "io.streaming == \"true\" => t:1:1: error: rule 'r': '==' compares a boolean with text; both sides must have the same type (write true without quotes)",
        "\"false\" != io.streaming => t:1:1: error: rule 'r': '!=' compares text with a boolean; both sides must have the same type (write false without quotes)",
        "libraries.needs contains \"orm\" => t:1:17: error: rule 'r': syntax error in expression: unexpected 'contains' here (call it on the list with a dot: libraries.needs.contains(\"orm\"))",
        "libraries.needs containsAny(\"orm\") => t:1:17: error: rule 'r': syntax error in expression: unexpected 'containsAny' here (call it on the list with a dot: libraries.needs.containsAny(\"orm\", \"auth\"))",
    })
    void aMistakeFromAnotherLanguageGetsAHint(String expression, String expected) {
        assertEquals(expected, error(expression));
    }

    /** A single quote is found outside strings only, even after an escaped double quote, on any line. */
    @Test
    void aSingleQuoteIsPlacedWhereItStands() {
        String hint = ": error: rule 'r': syntax error in expression: strings are written in double quotes"
                + " (\"websockets\"), not single quotes";
        assertEquals("t:2:9" + hint, error("io.streaming &&\n  needs('orm')"));
        assertEquals("t:1:52" + hint, error("libraries.needs.contains(\"it\\\"s\") && io.profile == 'mixed'"));
    }

    /** A subtraction of names that spells no value or id is checked as any subtraction: each name on its own. */
    @Test
    void aSubtractionThatSpellsNoIdGetsNoHint() {
        List<String> ds = COMPILER.condition("team.size > web-sockets", AT, "rule 'r'").diagnostics().stream()
                .map(Diagnostic::format).toList();
        assertEquals(List.of("t:1:13: error: rule 'r': unknown name 'web'",
                "t:1:17: error: rule 'r': unknown name 'sockets'"), ds);
    }

    /** Words and quotes inside strings, Java's own number suffixes and names that merely contain a word get no hint. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "io.profile == \"it's and or not\" &&",
        "team.size > 10L &&",
        "team.size > 1e3 &&",
        "libraries.needs.contains(\"ml-inference\") ||",
        "team.size > 0x1F &&",
        "team.size > 3 || ordered &&",
        "io.cpuWorkShare > 1.25 &&",
    })
    void noHintWhereNoneApplies(String expression) {
        String e = error(expression);
        assertEquals("t:1:" + (expression.length() + 1) + ": error: rule 'r': syntax error in expression: the expression"
                + " ends where more was expected", e.replaceFirst("t:1:\\d+:", "t:1:" + (expression.length() + 1) + ":"));
    }
}
