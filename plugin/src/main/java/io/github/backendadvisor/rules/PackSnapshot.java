package io.github.backendadvisor.rules;

import com.github.javaparser.ast.expr.Expression;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.expr.ExpressionTrees;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.Pack;
import io.github.backendadvisor.rules.Model.Rule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The default pack, read, checked and parsed when the plugin is built, so that a build does not
 * pay for YAML and JavaParser in a cold JVM (most of the first module's time).
 *
 * <p>The snapshot holds the exact text it was made from and is used only when the default pack
 * found on the classpath has that same name and text; otherwise (a different rules jar, say) the
 * pack is read from YAML as usual. It holds the pack's records and the parsed tree of every
 * expression; the trees are still checked and compiled at run time by the same compiler, so the
 * result is the one the YAML gives. Bytes that cannot be read are ignored in favour of the YAML.
 */
public final class PackSnapshot {
    /** Where the snapshot lives on the plugin's classpath. */
    public static final String RESOURCE = "io/github/backendadvisor/rules/default.snapshot";
    private static final int MAGIC = 0x42415053; // "BAPS"
    private static final int FORMAT = 1;

    /** A pack with the parsed tree of each of its expressions, by expression text. */
    public record Loaded(Pack pack, Map<String, Expression> trees) {
    }

    private PackSnapshot() {
    }

    /**
     * Writes the snapshot of the default pack on this class's classpath to the file named by the
     * first argument. Run when the plugin is built; fails if the pack reports any problem.
     */
    public static void main(String[] args) throws IOException {
        PackLocator locator = new PackLocator(Path.of("."), PackSnapshot.class.getClassLoader(), "pom.xml");
        var located = locator.locate(List.of(PackLocator.DEFAULT_PACK));
        if (!located.diagnostics().isEmpty() || located.value().isEmpty()) {
            throw new IllegalStateException("default pack not found: " + located.diagnostics());
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(located.get().get(0)));
    }

    /**
     * The snapshot of a pack.
     *
     * @throws IllegalStateException when the pack has any diagnostic: a snapshot would hide it
     */
    public static byte[] write(PackSource source) throws IOException {
        var read = PackLoader.parse(source);
        if (!read.diagnostics().isEmpty() || read.value().isEmpty()) {
            throw new IllegalStateException("the pack has problems, so no snapshot is made:\n" + read.diagnostics()
                    .stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        Pack pack = read.value().get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        SnapshotWriter writer = new SnapshotWriter(out);
        writer.string(source.name());
        writer.string(source.base());
        writer.string(source.text());
        writer.pack(pack);
        Map<String, byte[]> trees = new LinkedHashMap<>();
        for (Criterion c : pack.criteria()) {
            if (c.value() != null) tree(c.value().text(), trees);
        }
        for (Rule r : pack.rules()) {
            tree(r.when().text(), trees);
        }
        out.writeInt(trees.size());
        for (var e : trees.entrySet()) {
            writer.string(e.getKey());
            out.write(e.getValue());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /** The default pack from the plugin's snapshot, when that snapshot was made from this very source. */
    public static Optional<Loaded> read(PackSource source) {
        if (!PackLocator.DEFAULT_PACK.equals(source.name())) {
            return Optional.empty();
        }
        try (InputStream in = PackSnapshot.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : read(in.readAllBytes(), source);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The pack in {@code bytes}, when they are a snapshot of exactly {@code source}. */
    static Optional<Loaded> read(byte[] bytes, PackSource source) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) return Optional.empty();
            SnapshotReader reader = new SnapshotReader(in);
            if (!source.name().equals(reader.string()) || !source.base().equals(reader.string())
                    || !source.text().equals(reader.string())) {
                return Optional.empty();
            }
            Pack pack = reader.pack();
            int n = reader.count();
            Map<String, Expression> trees = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String text = reader.string();
                trees.put(text, ExpressionTrees.read(in));
            }
            if (in.read() != -1) return Optional.empty();
            return Optional.of(new Loaded(pack, Collections.unmodifiableMap(trees)));
        } catch (IOException | RuntimeException | LinkageError e) {
            // not a snapshot we can use (damaged, or the build overrides SnakeYAML or JavaParser
            // with a version whose constructors differ): the YAML is read instead
            return Optional.empty();
        }
    }

    /** Adds the written tree of an expression, once per text. */
    private static void tree(String text, Map<String, byte[]> trees) throws IOException {
        if (trees.containsKey(text)) return;
        // an expression that does not parse, or uses a construct outside the language, gets no
        // tree: the compiler then parses it and reports the problem as it would from YAML
        Optional<Expression> tree = ExpressionTrees.parse(text);
        if (tree.isEmpty()) return;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ExpressionTrees.write(tree.get(), new DataOutputStream(bytes));
        } catch (IllegalArgumentException e) {
            return; // left to the compiler
        }
        trees.put(text, bytes.toByteArray());
    }
}
