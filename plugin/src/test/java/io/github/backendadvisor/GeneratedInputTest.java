package io.github.backendadvisor;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.Evaluation;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.expr.EvalContext;
import io.github.backendadvisor.expr.ExprSchema;
import io.github.backendadvisor.expr.ExpressionCompiler;
import io.github.backendadvisor.report.ReportContext;
import io.github.backendadvisor.report.ReportFormat;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seeded generated and mutated inputs through loading, checking, evaluation and rendering: every
 * input must end in a result or in diagnostics, never in an uncaught exception.
 */
class GeneratedInputTest {
    private static final long SEED = 0x5EED_2026L;
    private static final String[] YAML_NOISE = {"&a ", "*a", "!!str ", "!!java.io.File ", "{", "}", "[", "]", ": ", "- ",
        "'", "\"", "# ", "? ", "|", ">", "\t", "~", "null", "yes", "NO", "010", "0x1F", "1e400", "-5", "3000000000",
        ".inf", ".nan", "2027-13-45", "é", "\u0000", "\uFEFF", "\n", "\n  ", "    ", "<<: *a\n", "%YAML 1.1\n", "---\n", "...\n"};
    private static final String[] EXPR_ATOMS = {"concurrency.peakConcurrentConnections", "concurrency.peakRequestsPerSecond",
        "concurrency.longLivedConnections", "concurrency.latencyTargetMs", "io.profile", "io.cpuWorkShare", "io.streaming",
        "team.size", "libraries.needs", "libraries.mustHave", "deployment.target", "deployment.coldStartSensitive",
        "decision.chosen", "service.name", "skill(\"python\")", "skillOf(\"go\")", "coverage(\"java\")", "needs(\"orm\")",
        "libraries.needs.size()", "libraries.needs.isEmpty()", "libraries.needs.containsAny(\"orm\", \"pdf\")",
        "\"io-bound\"", "\"serverless\"", "\"x\"", "0", "1", "2.5", "-3", "1000000", "0.0", "true", "false",
        "System.exit(0)", "new Object()", "this", "null", "x -> x", "a = 1", "(int) 1", "'c'", "String.class", "arr[0]",
        "team.skills.python", "Runtime.getRuntime()", "3000000000", "010", "1e999", "\"\\u0041\""};
    private static final String[] EXPR_OPS = {" && ", " || ", " + ", " - ", " * ", " / ", " % ", " < ", " <= ", " > ",
        " >= ", " == ", " != ", " & ", " | ", " ^ ", " << ", " instanceof ", " ? ", " : ", "."};

    private static RuleSet pack;
    private static List<String> seeds;
    private static List<Descriptor> valid;

    @BeforeAll
    static void load() {
        Result<RuleSet> r = RuleSetCache().get();
        pack = r.get();
        seeds = new ArrayList<>();
        for (String name : List.of("descriptors/valid.yaml", "descriptors/scoring-close.yaml",
                "descriptors/scoring-veto.yaml", "descriptors/invalid/unknown-ids.yaml",
                "descriptors/invalid/out-of-range.yaml", "descriptors/invalid/expired-waiver.yaml")) {
            seeds.add(Fixtures.text(name));
        }
        valid = new ArrayList<>();
        for (String s : seeds) {
            DescriptorLoader.parse(s, "seed.yaml").value().ifPresent(valid::add);
        }
    }

    private static java.util.function.Supplier<Result<RuleSet>> RuleSetCache() {
        return () -> Fixtures.compile(RuleSetBuilder.Options.defaults(), "packs/small.yaml");
    }

    @Test
    void tenThousandMutatedDescriptorsEndInAResultOrDiagnostics() {
        Random random = new Random(SEED);
        DescriptorGenerator generator = new DescriptorGenerator(SEED, List.copyOf(pack.languages()),
                List.copyOf(pack.capabilities().keySet()));
        int evaluated = 0;
        int rejected = 0;
        for (int i = 0; i < 10_000; i++) {
            String text = i % 2 == 0
                    ? mutate(generator.next(), random, random.nextInt(2))
                    : mutate(seeds.get(random.nextInt(seeds.size())), random, 1 + random.nextInt(4));
            try {
                Result<Descriptor> d = DescriptorLoader.parse(text, "fuzz.yaml");
                if (!d.ok()) {
                    rejected++;
                    assertTrue(Diagnostics.anyError(d.diagnostics()), "a failed load carries an error");
                    continue;
                }
                var checks = DescriptorChecker.check(d.get(), pack.vocabulary());
                if (Diagnostics.anyError(checks)) {
                    rejected++;
                    continue;
                }
                Evaluation e = Evaluator.evaluate(pack, d.get(), EvaluationOptions.defaults(Fixtures.TODAY));
                ReportContext ctx = new ReportContext(new Advice(d.get(), null, pack, null, e, d.diagnostics(), null), "fuzz.yaml",
                        null, "test", EvaluationOptions.defaults(Fixtures.TODAY));
                for (ReportFormat f : ReportFormat.values()) {
                    f.render(ctx);
                }
                evaluated++;
            } catch (Throwable t) {
                fail("input #" + i + " threw " + t + ":\n" + text, t);
            }
        }
        assertTrue(evaluated > 2000, "evaluated " + evaluated);
        assertTrue(rejected > 500, "rejected " + rejected);
    }

    @Test
    void tenThousandGeneratedExpressionsCompileOrFailCleanly() {
        Random random = new Random(SEED + 1);
        ExpressionCompiler compiler = new ExpressionCompiler(new ExprSchema(Set.copyOf(pack.languages()),
                pack.allCandidates().keySet(), pack.capabilities().keySet()));
        List<String> corpus = new ArrayList<>();
        pack.rules().forEach(r -> corpus.add(r.when().source()));
        corpus.add("skillOf(candidate) / 5.0");
        int compiled = 0;
        for (int i = 0; i < 10_000; i++) {
            String expr = random.nextInt(3) == 0
                    ? mutateExpression(corpus.get(random.nextInt(corpus.size())), random)
                    : generate(random, 0);
            boolean valueMode = random.nextInt(4) == 0;
            try {
                var r = valueMode ? compiler.value(expr, (l, c) -> new io.github.backendadvisor.diag.Position("x", l, c), "fuzz")
                        : compiler.condition(expr, (l, c) -> new io.github.backendadvisor.diag.Position("x", l, c), "fuzz");
                if (r.ok()) {
                    compiled++;
                    CompiledExpression ce = r.get();
                    for (Descriptor d : valid) {
                        EvalContext ctx = context(d, "nodejs");
                        if (valueMode) ce.value(ctx); else ce.test(ctx);
                        ce.missing(ctx);
                    }
                } else {
                    assertTrue(Diagnostics.anyError(r.diagnostics()), "a failed compile carries an error: " + expr);
                }
            } catch (Throwable t) {
                fail("expression #" + i + " threw " + t + ": " + expr, t);
            }
        }
        assertTrue(compiled > 200, "compiled " + compiled);
    }

    private static EvalContext context(Descriptor d, String candidate) {
        return new EvalContext() {
            public Descriptor descriptor() { return d; }
            public int skill(String l) { return d.team().skill(l); }
            public int skillOf(String c) { return 3; }
            public double coverage(String c) { return 0.5; }
            public String candidate() { return candidate; }
        };
    }

    static String mutate(String text, Random random, int times) {
        StringBuilder sb = new StringBuilder(text);
        for (int t = 0; t < times; t++) {
            int pos = sb.length() == 0 ? 0 : random.nextInt(sb.length());
            switch (random.nextInt(6)) {
                case 0 -> { if (sb.length() > 0) sb.deleteCharAt(pos); }
                case 1 -> sb.insert(pos, YAML_NOISE[random.nextInt(YAML_NOISE.length)]);
                case 2 -> { if (sb.length() > 0) sb.setCharAt(pos, (char) (32 + random.nextInt(95))); }
                case 3 -> { // duplicate a line
                    String[] lines = sb.toString().split("\n", -1);
                    int l = random.nextInt(lines.length);
                    sb.insert(Math.min(pos, sb.length()), lines[l] + "\n");
                }
                case 4 -> { // swap a number for another
                    String s = sb.toString().replaceFirst("\\b\\d+\\b", Integer.toString(random.nextInt(100_000) - 50));
                    sb.setLength(0);
                    sb.append(s);
                }
                default -> { // change indentation of a line
                    int nl = sb.indexOf("\n", pos);
                    if (nl >= 0) sb.insert(nl + 1, random.nextBoolean() ? " " : "   ");
                }
            }
        }
        return sb.toString();
    }

    private static String mutateExpression(String expr, Random random) {
        StringBuilder sb = new StringBuilder(expr);
        int pos = sb.length() == 0 ? 0 : random.nextInt(sb.length());
        switch (random.nextInt(4)) {
            case 0 -> { if (sb.length() > 0) sb.deleteCharAt(pos); }
            case 1 -> sb.insert(pos, EXPR_OPS[random.nextInt(EXPR_OPS.length)]);
            case 2 -> sb.insert(pos, EXPR_ATOMS[random.nextInt(EXPR_ATOMS.length)]);
            default -> sb.insert(pos, "(").append(')');
        }
        return sb.toString();
    }

    private static String generate(Random random, int depth) {
        int choice = depth > 4 ? 0 : random.nextInt(6);
        return switch (choice) {
            case 0, 1 -> EXPR_ATOMS[random.nextInt(EXPR_ATOMS.length)];
            case 2 -> "!" + generate(random, depth + 1);
            case 3 -> "(" + generate(random, depth + 1) + ")";
            case 4 -> generate(random, depth + 1) + " ? " + generate(random, depth + 1) + " : " + generate(random, depth + 1);
            default -> generate(random, depth + 1) + EXPR_OPS[random.nextInt(EXPR_OPS.length)] + generate(random, depth + 1);
        };
    }
}
