package io.github.backendadvisor.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.DescriptorGenerator;
import io.github.backendadvisor.Fixtures;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.engine.Advice;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.engine.Evaluator;
import io.github.backendadvisor.engine.PackTestRunner;
import io.github.backendadvisor.expr.CodeFormat;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.report.ReportContext;
import io.github.backendadvisor.report.ReportFormat;
import io.github.backendadvisor.rules.Model.Pack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The precompiled default pack must be the YAML pack in every respect: same records in the same
 * order, the same compiled expressions, node for node, and so the same advice and the same
 * reports, byte for byte. And it must step aside whenever it was not made from the text in use.
 */
class PackSnapshotTest {
    private static PackSource source;
    private static Pack fromYaml;
    private static PackSnapshot.Loaded fromSnapshot;

    @BeforeAll
    static void load() {
        var located = new PackLocator(Path.of("."), PackSnapshotTest.class.getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK));
        source = located.get().get(0);
        var read = PackLoader.parse(source);
        assertTrue(read.diagnostics().isEmpty(), read.diagnostics().toString());
        fromYaml = read.get();
        fromSnapshot = PackSnapshot.read(source).orElseThrow(
                () -> new AssertionError("the plugin's classpath has no usable snapshot of the default pack"));
    }

    @Test
    void snapshotHoldsTheRecordsTheYamlGivesInTheSameOrder() {
        Pack snap = fromSnapshot.pack();
        // records compare by value; toString also fixes the iteration order of every map (YAML
        // nodes compare by identity, so the tests' inline descriptors are compared below)
        assertEquals(withoutTests(fromYaml), withoutTests(snap));
        assertEquals(withoutTests(fromYaml).toString(), withoutTests(snap).toString());
        assertEquals(fromYaml.tests().size(), snap.tests().size());
        assertTrue(snap.tests().stream().anyMatch(t -> t.inline() != null), "the default pack has inline test descriptors");
        for (int i = 0; i < snap.tests().size(); i++) {
            var a = fromYaml.tests().get(i);
            var b = snap.tests().get(i);
            assertEquals(new Model.PackTest(a.name(), a.descriptorFile(), null, a.expect(), a.pack(), a.packFile(), a.base(), a.at()),
                    new Model.PackTest(b.name(), b.descriptorFile(), null, b.expect(), b.pack(), b.packFile(), b.base(), b.at()));
            assertSameYaml(a.inline(), b.inline(), a.name());
        }
    }

    @Test
    void everyExpressionIsCompiledAsTheYamlCompilesIt() throws IOException {
        RuleSet yamlSet = RuleSetBuilder.build(List.of(fromYaml), RuleSetBuilder.Options.defaults()).get();
        Map<String, CompiledExpression> fromYamlSet = new LinkedHashMap<>();
        yamlSet.criteria().values().stream().filter(c -> c.value() != null)
                .forEach(c -> fromYamlSet.put(c.value().source(), c.value()));
        yamlSet.rules().forEach(r -> fromYamlSet.put(r.when().source(), r.when()));
        assertEquals(fromYamlSet.keySet(), fromSnapshot.compiled().keySet());
        for (CompiledExpression expected : fromYamlSet.values()) {
            CompiledExpression got = fromSnapshot.compiled().get(expected.source());
            assertEquals(expected.type(), got.type(), expected.source());
            assertEquals(expected.paths(), got.paths(), expected.source());
            assertEquals(expected.optionalPaths(), got.optionalPaths(), expected.source());
            // the same tree, node for node: both write the same bytes
            assertArrayEquals(bytes(expected), bytes(got), expected.source());
        }
    }

    private static byte[] bytes(CompiledExpression e) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CodeFormat.write(e, new java.io.DataOutputStream(out));
        return out.toByteArray();
    }

    @Test
    void bothWaysGiveTheSameReportsForExamplesAndGeneratedDescriptors() throws IOException {
        RuleSet yamlSet = RuleSetBuilder.build(List.of(fromYaml), RuleSetBuilder.Options.defaults()).get();
        var snapResult = RuleSetBuilder.build(List.of(fromSnapshot.pack()), RuleSetBuilder.Options.defaults(),
                fromSnapshot.compiled());
        assertTrue(snapResult.diagnostics().isEmpty(), snapResult.diagnostics().toString());
        RuleSet snapSet = snapResult.get();
        List<String> descriptors = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("examples.dir")))) {
            for (Path p : s.sorted().toList()) {
                Path d = p.resolve("backend-requirements.yaml");
                if (Files.isRegularFile(d)) descriptors.add(Files.readString(d));
            }
        }
        assertTrue(descriptors.size() >= 5, "examples found: " + descriptors.size());
        DescriptorGenerator generator = new DescriptorGenerator(2026, List.copyOf(yamlSet.languages()),
                List.copyOf(yamlSet.capabilities().keySet()));
        for (int i = 0; i < 300; i++) descriptors.add(generator.next());
        int compared = 0;
        for (String text : descriptors) {
            Optional<Descriptor> d = DescriptorLoader.parse(text, "backend-requirements.yaml").value();
            if (d.isEmpty()) continue;
            assertEquals(render(yamlSet, d.get()), render(snapSet, d.get()), text);
            compared++;
        }
        assertTrue(compared > 200, "compared " + compared);
        EvaluationOptions options = EvaluationOptions.defaults(Fixtures.TODAY);
        ClassLoader loader = getClass().getClassLoader();
        assertEquals(PackTestRunner.runLayered(List.of(yamlSet), options, loader).toString(),
                PackTestRunner.runLayered(List.of(snapSet), options, loader).toString());
    }

    @Test
    void snapshotIsIgnoredWhenTheDefaultPackTextOrNameDiffers() throws IOException {
        assertFalse(PackSnapshot.read(new PackSource(source.name(), source.text() + "\n# changed\n", source.base())).isPresent());
        assertFalse(PackSnapshot.read(new PackSource("classpath:/" + source.name().substring(10), source.text(),
                source.base())).isPresent());
        assertFalse(PackSnapshot.read(new PackSource("rules/default.yaml", source.text(), source.base())).isPresent());
        // and the compile then reads the YAML and gives the same rule set
        var changed = RuleSetCache.compile(List.of(new PackSource(source.name(), source.text() + "\n# changed\n",
                source.base())), RuleSetBuilder.Options.defaults());
        assertTrue(changed.ok() && changed.diagnostics().isEmpty(), changed.diagnostics().toString());
        assertEquals(fromYaml.rules().size(), changed.get().rules().size());
    }

    @Test
    void damagedSnapshotBytesAreIgnored() throws IOException {
        byte[] good = PackSnapshot.write(source);
        assertTrue(PackSnapshot.read(good, source).isPresent());
        for (int cut : new int[] {0, 3, 8, good.length / 3, good.length / 2, good.length - 1}) {
            assertFalse(PackSnapshot.read(java.util.Arrays.copyOf(good, cut), source).isPresent(), "cut at " + cut);
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bad = good.clone();
            int at = random.nextInt(good.length);
            bad[at] ^= (byte) (1 + random.nextInt(255));
            // the checksum notices any changed byte, in the header, the records or the trees
            assertFalse(PackSnapshot.read(bad, source).isPresent(), "byte " + at + " changed");
        }
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        assertFalse(PackSnapshot.read(longer, source).isPresent(), "trailing bytes");
    }

    @Test
    void snapshotOfAPackWithProblemsIsRefused() {
        PackSource broken = new PackSource("classpath:x.yaml", "version: 1\npack: {id: x}\n", "classpath:");
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> PackSnapshot.write(broken));
        assertTrue(e.getMessage().contains("x.yaml:2:"), e.getMessage());
    }

    private static String render(RuleSet set, Descriptor d) {
        EvaluationOptions options = EvaluationOptions.defaults(Fixtures.TODAY);
        Diagnostics checked = new Diagnostics();
        checked.addAll(io.github.backendadvisor.descriptor.DescriptorChecker.check(d, set.vocabulary()));
        var diags = checked.sorted();
        var evaluation = Diagnostics.anyError(diags) ? null : Evaluator.evaluate(set, d, options);
        ReportContext ctx = new ReportContext(new Advice(d, null, set, null, evaluation, diags, null), "backend-requirements.yaml",
                "2026-11-26T00:00:00Z", "test", options);
        StringBuilder all = new StringBuilder();
        for (ReportFormat f : ReportFormat.values()) {
            if (evaluation != null || f.rendersInvalidInput()) all.append(f.render(ctx)).append("\n----\n");
        }
        return all.toString();
    }

    private static Pack withoutTests(Pack p) {
        return new Pack(p.info(), p.languages(), p.candidates(), p.criteria(), p.capabilities(), p.rules(), List.of());
    }

    private static void assertSameYaml(org.yaml.snakeyaml.nodes.Node a, org.yaml.snakeyaml.nodes.Node b, String where) {
        if (a == null || b == null) {
            assertEquals(a, b, where);
            return;
        }
        assertEquals(a.getClass(), b.getClass(), where);
        assertEquals(a.getTag(), b.getTag(), where);
        assertEquals(a.getStartMark().getLine(), b.getStartMark().getLine(), where);
        assertEquals(a.getStartMark().getColumn(), b.getStartMark().getColumn(), where);
        assertEquals(a.getStartMark().getIndex(), b.getStartMark().getIndex(), where);
        assertEquals(a.getEndMark().getLine(), b.getEndMark().getLine(), where);
        assertEquals(a.getEndMark().getColumn(), b.getEndMark().getColumn(), where);
        if (a instanceof ScalarNode sa) {
            ScalarNode sb = (ScalarNode) b;
            assertEquals(sa.getValue(), sb.getValue(), where);
            assertEquals(sa.getScalarStyle(), sb.getScalarStyle(), where);
        } else if (a instanceof SequenceNode qa) {
            SequenceNode qb = (SequenceNode) b;
            assertEquals(qa.getFlowStyle(), qb.getFlowStyle(), where);
            assertEquals(qa.getValue().size(), qb.getValue().size(), where);
            for (int i = 0; i < qa.getValue().size(); i++) assertSameYaml(qa.getValue().get(i), qb.getValue().get(i), where);
        } else {
            MappingNode ma = (MappingNode) a;
            MappingNode mb = (MappingNode) b;
            assertEquals(ma.getFlowStyle(), mb.getFlowStyle(), where);
            assertEquals(ma.getValue().size(), mb.getValue().size(), where);
            for (int i = 0; i < ma.getValue().size(); i++) {
                NodeTuple ta = ma.getValue().get(i);
                NodeTuple tb = mb.getValue().get(i);
                assertSameYaml(ta.getKeyNode(), tb.getKeyNode(), where);
                assertSameYaml(ta.getValueNode(), tb.getValueNode(), where);
            }
        }
    }
}
