package io.github.backendadvisor.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Position;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What allowed expressions evaluate to, against descriptors/valid.yaml (latencyTargetMs and cpuWorkShare absent). */
class ConditionSemanticsTest {
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler(new ExprSchema(
            Set.of("javascript", "python"), Set.of("nodejs", "python"), Set.of("websockets", "ml-training", "orm")));
    private static final Descriptor D = DescriptorLoader.load(Fixtures.path("descriptors/valid.yaml"), "valid.yaml").get();
    private static final PositionMap AT = (l, c) -> new Position("t", l, c);

    private static EvalContext ctx(String candidate) {
        return new EvalContext() {
            public Descriptor descriptor() { return D; }
            public int skill(String l) { return D.team().skill(l); }
            public int skillOf(String c) { return c.equals("nodejs") ? 4 : 2; }
            public double coverage(String c) { return c.equals("nodejs") ? 1.0 : 2.0 / 3; }
            public String candidate() { return candidate; }
        };
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiterString = " => ", value = {
        "concurrency.longLivedConnections && concurrency.peakConcurrentConnections >= 10000 => true",
        "concurrency.peakRequestsPerSecond == 8000 => true",
        "io.profile == \"io-bound\" => true",
        "io.profile != \"cpu-bound\" => true",
        "deployment.target == \"containers\" => true",
        "!io.streaming => true",
        "team.size > 4 && team.size < 6 => true",
        "skill(\"javascript\") == 4 && skill(\"python\") == 2 => true",
        "skillOf(\"nodejs\") >= 4 => true",
        "coverage(\"python\") > 0.6 => true",
        "needs(\"websockets\") && !needs(\"orm\") => true",
        "libraries.needs.contains(\"websockets\") => true",
        "libraries.needs.containsAny(\"orm\", \"websockets\") => true",
        "libraries.needs.containsAll(\"orm\", \"websockets\") => false",
        "libraries.needs.size() == 1 && libraries.mustHave.isEmpty() => true",
        "7 / 2 == 3 => true",
        "7 / 2.0 == 3.5 => true",
        "7 % 4 == 3 && -3 < 0 => true",
        "-2147483648 < -2147483647 && - 2147483648 == -2147483647 - 1 => true",
        "1 / 0 > 0 || 1 / 0 <= 0 || 1 / 0 != 1 || 1 % 0 != 1 => false",
        "(true ? 1 : 2) == 1 => true",
        "(!io.streaming ? 3 : 0.5) / 2 == 1.5 => true",
        "(!io.streaming ? 3 : 2) / 2 == 1 => true",
        "\"io-bound\" == io.profile && +team.size == 5 => true",
        "concurrency.latencyTargetMs <= 50 => false",
        "concurrency.latencyTargetMs > 50 => false",
        "concurrency.latencyTargetMs != 50 => false",
        "!(concurrency.latencyTargetMs <= 50) => true",
        "io.cpuWorkShare * 2 >= 0 => false",
        "decision.chosen == \"nodejs\" => false",
        "decision.chosen != \"nodejs\" => false",
        "libraries.needs.contains(decision.chosen) || needs(decision.chosen) => false",
        "!libraries.needs.containsAny(decision.chosen) => true",
        "service.name == \"live-scores\" => true",
        "false || (true && !false) => true",
        // each operator on values where it decides the result, both ways, and at the boundaries
        "!(team.size == 5) => false",
        "!true || !needs(\"websockets\") => false",
        "io.streaming == false && (team.size == 5) == true => true",
        "io.streaming == true || (team.size == 5) == false => false",
        "io.streaming != true && (team.size == 5) != false => true",
        "io.streaming != false || (team.size == 5) != true => false",
        "team.size == 4 || team.size != 5 => false",
        "team.size != 4 && 4 != team.size => true",
        "50 != concurrency.latencyTargetMs => false",
        "team.size > 5 || team.size < 5 => false",
        "team.size >= 5 && team.size <= 5 => true",
        "team.size > 4.5d && team.size == 5e0 && team.size < 5_000.0 => true",
        "team.size * 2 == 10 && team.size - 7 == -2 && team.size + 0.5 == 5.5 => true",
        "team.size / 2 == 2 && team.size / 2.0 == 2.5 && team.size % 3 == 2 && -team.size == 0 - 5 => true"
    })
    void conditionsEvaluateAsDocumented(String expression, boolean expected) {
        var r = COMPILER.condition(expression, AT, "test");
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(expected, r.get().test(ctx(null)));
    }

    @Test
    void valuesMayUseTheCandidate() {
        var r = COMPILER.value("skillOf(candidate) / 5.0", AT, "criterion 'team'");
        assertEquals(0.8, r.get().value(ctx("nodejs")), 1e-12);
        assertEquals(0.4, r.get().value(ctx("python")), 1e-12);
        var c = COMPILER.value("candidate == \"nodejs\" ? 0.7 : 0.3", AT, "criterion 'x'");
        assertEquals(0.3, c.get().value(ctx("python")), 1e-12);
        var typo = COMPILER.value("candidate == \"nodjs\" ? 1 : 0", AT, "criterion 'x'");
        assertEquals("t:1:14: error: criterion 'x': 'nodjs' is not a value of 'candidate'; allowed values are nodejs,"
                + " python (did you mean 'nodejs'?)", typo.diagnostics().get(0).format());
    }

    @Test
    void candidateIsOnlyKnownInsideValues() {
        var r = COMPILER.condition("candidate == \"nodejs\"", AT, "rule 'x'");
        assertEquals(List.of("t:1:1: error: rule 'x': 'candidate' exists only inside a criterion's value: expression"),
                r.diagnostics().stream().map(d -> d.format()).toList());
    }

    @Test
    void missingOptionalFieldsAreReported() {
        var r = COMPILER.condition("concurrency.latencyTargetMs < 50 || io.cpuWorkShare > 0.5 || team.size > 3", AT, "x");
        assertEquals(List.of("concurrency.latencyTargetMs", "io.cpuWorkShare", "team.size"), r.get().optionalPaths());
        assertEquals(List.of("concurrency.latencyTargetMs", "io.cpuWorkShare"), r.get().missing(ctx(null)));
    }

    @Test
    void deeplyNestedExpressionsFailCleanly() {
        String deep = "(".repeat(3000) + "true" + ")".repeat(3000);
        var r = COMPILER.condition(deep, AT, "rule 'deep'");
        assertTrue(!r.ok() && r.diagnostics().get(0).message().startsWith("rule 'deep': "), r.diagnostics().toString());
    }

    @Test
    void theWarmUpExpressionsCompileWithoutAnyPackVocabulary() {
        ExpressionCompiler empty = new ExpressionCompiler(new ExprSchema(Set.of(), Set.of(), Set.of()));
        for (String source : ExpressionCompiler.WARM_UP) {
            var r = empty.condition(source, AT, "warm-up");
            assertTrue(r.ok() && r.diagnostics().isEmpty(), source + ": " + r.diagnostics());
        }
    }
}
