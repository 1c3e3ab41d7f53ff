package io.github.backendadvisor.expr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.DescriptorGenerator;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetCache;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A compiled expression runs first by walking its tree, then as a method-handle tree; the two
 * tiers must give the same result for every expression, descriptor and candidate, and the byte
 * form of a tree (for the precompiled default pack) must give the same tree back and refuse
 * anything that is not one.
 */
class CompiledTiersTest {
    private static final List<String> LANGUAGES = List.of("javascript", "typescript", "python", "java", "go");
    private static final List<String> CAPABILITIES = List.of("websockets", "orm", "ml-training", "pdf", "auth");
    private static final List<String> CANDIDATES = List.of("nodejs", "python", "java", "go");
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler(new ExprSchema(
            Set.copyOf(LANGUAGES), Set.copyOf(CANDIDATES), Set.copyOf(CAPABILITIES)));
    private static final PositionMap AT = (l, c) -> new Position("t", l, c);

    /** Every kind of node, every operator, absent optional fields and the corners of arithmetic. */
    private static final List<String> CONDITIONS = List.of(
            "concurrency.longLivedConnections && concurrency.peakConcurrentConnections >= 10000",
            "concurrency.peakRequestsPerSecond == 2000 || concurrency.peakRequestsPerSecond != 300",
            "io.profile == \"io-bound\" && deployment.target != \"edge\"",
            "!io.streaming == deployment.coldStartSensitive",
            "io.streaming != concurrency.longLivedConnections",
            "team.size > 4 && team.size <= 12 || team.size < 2",
            "skill(\"javascript\") == 4 || skill(\"python\") >= 3",
            "skillOf(\"nodejs\") >= 4 && coverage(\"python\") > 0.6",
            "needs(\"websockets\") && !needs(\"orm\")",
            "libraries.needs.contains(\"websockets\") || libraries.mustHave.contains(\"pdf\")",
            "libraries.needs.containsAny(\"orm\", \"websockets\", \"auth\")",
            "libraries.needs.containsAll(\"orm\", \"websockets\")",
            "libraries.needs.size() >= 2 && !libraries.mustHave.isEmpty()",
            "7 / 2 == 3 && 7 / 2.0 == 3.5 && 7 % 4 == 3 && -3 < 0 && +3 > 0",
            "1 / 0 > 0 || 1 / 0 <= 0 || 1.0 / 0 > 1000",
            "concurrency.latencyTargetMs / 0 == 0 || concurrency.peakRequestsPerSecond / 0 != 1",
            "(team.size > 5 ? concurrency.latencyTargetMs : 100) < 150",
            "(io.cpuWorkShare > 0.5 ? io.profile : \"mixed\") == \"mixed\"",
            "(deployment.coldStartSensitive ? io.streaming : !io.streaming)",
            "concurrency.latencyTargetMs <= 50 || concurrency.latencyTargetMs != 100",
            "io.cpuWorkShare * 2 - 0.5 >= 0.3 || io.cpuWorkShare % 0.3 > 0.1",
            "decision.chosen == \"nodejs\" || decision.chosen != \"go\" || service.description == \"x\"",
            "concurrency.peakConcurrentConnections / concurrency.peakRequestsPerSecond > 2",
            "false || (true && !false)",
            "libraries.needs.contains(service.description) || needs(decision.chosen)");
    private static final List<String> VALUES = List.of(
            "skillOf(candidate) / 5.0",
            "candidate == \"nodejs\" ? 0.7 : candidate != \"go\" ? 0.4 : 0.1",
            "coverage(candidate) * (libraries.needs.size() + 1) - team.size / 3",
            "-(concurrency.latencyTargetMs / 1000.0) + io.cpuWorkShare",
            "(needs(\"websockets\") ? skill(\"go\") : skill(\"java\")) % 4");

    private static final List<Descriptor> DESCRIPTORS = new ArrayList<>();

    @BeforeAll
    static void descriptors() {
        DescriptorGenerator generator = new DescriptorGenerator(11, LANGUAGES, CAPABILITIES);
        while (DESCRIPTORS.size() < 300) {
            DescriptorLoader.parse(generator.next(), "d.yaml").value().ifPresent(DESCRIPTORS::add);
        }
    }

    private static EvalContext ctx(Descriptor d, String candidate) {
        return new EvalContext() {
            public Descriptor descriptor() { return d; }
            public int skill(String l) { return d.team().skill(l); }
            public int skillOf(String c) { return c.length() % 6; }
            public double coverage(String c) { return c.length() / 7.0; }
            public String candidate() { return candidate; }
        };
    }

    private static List<CompiledExpression> handWritten() {
        List<CompiledExpression> out = new ArrayList<>();
        for (String c : CONDITIONS) out.add(COMPILER.condition(c, AT, "test").get());
        for (String v : VALUES) out.add(COMPILER.value(v, AT, "test").get());
        return out;
    }

    private static List<CompiledExpression> defaultPack() {
        var sources = new PackLocator(Path.of("."), CompiledTiersTest.class.getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK)).get();
        RuleSet set = RuleSetCache.compile(sources, RuleSetBuilder.Options.defaults()).get();
        List<CompiledExpression> out = new ArrayList<>();
        set.criteria().values().stream().filter(c -> c.value() != null).forEach(c -> out.add(c.value()));
        set.rules().forEach(r -> out.add(r.when()));
        return out;
    }

    @Test
    void bothTiersGiveTheSameResultForEveryExpressionDescriptorAndCandidate() {
        List<CompiledExpression> all = new ArrayList<>(handWritten());
        all.addAll(defaultPack());
        assertTrue(all.size() > 80, "expressions: " + all.size());
        int compared = 0;
        for (CompiledExpression e : all) {
            var handle = e.buildHandle();
            for (Descriptor d : DESCRIPTORS) {
                for (String candidate : CANDIDATES) {
                    EvalContext c = ctx(d, candidate);
                    if (e.type() == ValueType.BOOLEAN) {
                        assertEquals(e.testByWalking(c), Handles.test(handle, c), e.source());
                    } else {
                        // bit for bit, signed zeros included; any NaN is NaN (the sign of a NaN is
                        // not observable and depends on whether the JIT compiled the arithmetic)
                        assertEquals(Double.doubleToLongBits(e.valueByWalking(c)),
                                Double.doubleToLongBits(Handles.value(handle, c)), e.source());
                    }
                    compared++;
                }
            }
        }
        assertTrue(compared > 90_000, "compared " + compared);
    }

    @Test
    void anExpressionTiersUpAfterManyEvaluationsAndKeepsItsResults() throws Exception {
        CompiledExpression e = COMPILER.condition("concurrency.peakConcurrentConnections >= 5000 && !io.streaming", AT, "t").get();
        List<Boolean> before = new ArrayList<>();
        for (Descriptor d : DESCRIPTORS) before.add(e.test(ctx(d, null)));
        assertFalse(e.tieredUp());
        // four threads race through the tier-up; every one must keep seeing the same answers
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < CompiledExpression.TIER_UP / DESCRIPTORS.size() / 2 + 2; round++) {
                        for (int i = 0; i < DESCRIPTORS.size(); i++) {
                            if (e.test(ctx(DESCRIPTORS.get(i), null)) != before.get(i)) return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) assertTrue(run.get(), "a result changed during the tier-up");
        } finally {
            pool.shutdownNow();
        }
        assertTrue(e.tieredUp());
        for (int i = 0; i < DESCRIPTORS.size(); i++) assertEquals(before.get(i), e.test(ctx(DESCRIPTORS.get(i), null)));
    }

    @Test
    void theByteFormGivesTheSameTreeBack() throws IOException {
        List<CompiledExpression> all = new ArrayList<>(handWritten());
        all.addAll(defaultPack());
        for (CompiledExpression e : all) {
            byte[] bytes = bytes(e);
            CompiledExpression back = CodeFormat.read(new DataInputStream(new ByteArrayInputStream(bytes)));
            assertEquals(e, back);
            assertEquals(e.optionalPaths(), back.optionalPaths(), e.source());
            assertArrayEquals(bytes, bytes(back), e.source());
            for (Descriptor d : DESCRIPTORS.subList(0, 50)) {
                EvalContext c = ctx(d, "python");
                if (e.type() == ValueType.BOOLEAN) assertEquals(e.testByWalking(c), back.testByWalking(c), e.source());
                else assertEquals(e.valueByWalking(c), back.valueByWalking(c), 0.0, e.source());
            }
        }
    }

    @Test
    void theByteFormRefusesWhatIsNotAWellTypedTree() throws IOException {
        byte[] good = bytes(COMPILER.condition("io.streaming && team.size > 3", AT, "t").get());
        // the same bytes with the header and paths of a condition, then hand-made trees
        int header = good.length - treeBytes(good);
        assertRefused(good, header, new byte[] {12, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}, "AND over a number");
        assertRefused(good, header, new byte[] {2, 0, 0, 0, 0, 0, 0, 0, 0}, "a number as a condition");
        assertRefused(good, header, new byte[] {99}, "an unknown node");
        assertRefused(good, header, new byte[] {9, 42, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0}, "an unknown operator");
        assertRefused(good, header, new byte[] {15, 3, 0, 1, 'x', 3, 0, 1, 'y'}, "contains on text");
        byte[] deep = new byte[400];
        java.util.Arrays.fill(deep, (byte) 6); // NOT, NOT, ... deeper than any checked tree
        assertRefused(good, header, deep, "too deep");
        byte[] field = new byte[] {4, 0, 9, 'n', 'o', '.', 's', 'u', 'c', 'h', '.', 'x'};
        assertRefused(good, header, field, "an unknown field");
    }

    /**
     * Every node that holds others counts a level, so a tree nested through any of them, deeper than
     * the reader allows, is refused before it could exhaust the stack; as deep as allowed, it reads.
     */
    @Test
    void theByteFormRefusesATreeTooDeepThroughEveryKindOfNode() throws IOException {
        byte[] good = bytes(COMPILER.condition("io.streaming && team.size > 3", AT, "t").get());
        int header = good.length - treeBytes(good);
        byte[] yes = {1, 1};
        byte[] two = {2, 64, 0, 0, 0, 0, 0, 0, 0};
        byte[] gt = {9, (byte) Code.Cmp.GT.ordinal()};
        for (int levels : List.of(250, 260)) {
            var trees = java.util.Map.of(
                    "not", cat(repeat(new byte[] {6}, levels), yes),
                    "and", cat(repeat(new byte[] {12}, levels), repeat(yes, levels + 1)),
                    "or", cat(repeat(new byte[] {13}, levels), repeat(yes, levels + 1)),
                    "==", cat(repeat(new byte[] {10, 1}, levels), repeat(yes, levels + 1)),
                    "?:", cat(repeat(new byte[] {14, 1, 1}, levels), yes, repeat(yes, levels)),
                    "negate", cat(gt, repeat(new byte[] {7}, levels), two, two),
                    "arithmetic", cat(gt, repeat(new byte[] {8, (byte) Code.Arith.ADD.ordinal()}, levels),
                            repeat(two, levels + 1), two),
                    // (... ? 2 : 2) > 2, nested in the test of the choice: two levels at a time
                    "comparison", cat(repeat(cat(gt, new byte[] {14}), levels / 2), yes,
                            repeat(cat(two, two, two), levels / 2)));
            for (var t : trees.entrySet()) {
                if (levels > 256) {
                    assertRefused(good, header, t.getValue(), "tree too deep", t.getKey());
                } else {
                    byte[] ok = java.util.Arrays.copyOf(good, header + t.getValue().length);
                    System.arraycopy(t.getValue(), 0, ok, header, t.getValue().length);
                    CodeFormat.read(new DataInputStream(new ByteArrayInputStream(ok)));
                }
            }
        }
    }

    private static byte[] repeat(byte[] part, int times) {
        byte[] out = new byte[part.length * times];
        for (int i = 0; i < times; i++) System.arraycopy(part, 0, out, i * part.length, part.length);
        return out;
    }

    private static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    /** The length of the tree at the end of a written condition (io.streaming && team.size > 3). */
    private static int treeBytes(byte[] written) throws IOException {
        ByteArrayOutputStream tree = new ByteArrayOutputStream();
        CompiledExpression e = CodeFormat.read(new DataInputStream(new ByteArrayInputStream(written)));
        DataOutputStream out = new DataOutputStream(tree);
        // AND(FIELD io.streaming, COMPARISON GT (FIELD team.size, NUM 3))
        out.writeByte(12);
        out.writeByte(4);
        out.writeUTF("io.streaming");
        out.writeByte(9);
        out.writeByte(Code.Cmp.GT.ordinal());
        out.writeByte(4);
        out.writeUTF("team.size");
        out.writeByte(2);
        out.writeDouble(3);
        assertEquals("io.streaming && team.size > 3", e.source());
        assertArrayEquals(tree.toByteArray(), java.util.Arrays.copyOfRange(written, written.length - tree.size(), written.length));
        return tree.size();
    }

    private static void assertRefused(byte[] good, int header, byte[] tree, String what) {
        byte[] bad = java.util.Arrays.copyOf(good, header + tree.length);
        System.arraycopy(tree, 0, bad, header, tree.length);
        assertThrows(IOException.class, () -> CodeFormat.read(new DataInputStream(new ByteArrayInputStream(bad))), what);
    }

    private static void assertRefused(byte[] good, int header, byte[] tree, String message, String what) {
        byte[] bad = java.util.Arrays.copyOf(good, header + tree.length);
        System.arraycopy(tree, 0, bad, header, tree.length);
        IOException e = assertThrows(IOException.class,
                () -> CodeFormat.read(new DataInputStream(new ByteArrayInputStream(bad))), what);
        assertEquals(message, e.getMessage(), what);
    }

    private static byte[] bytes(CompiledExpression e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CodeFormat.write(e, new DataOutputStream(out));
        return out.toByteArray();
    }
}
