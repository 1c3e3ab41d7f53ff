package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.expr.CodeFormat;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.rules.Model.Pack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * The default pack, read, checked and compiled when the plugin is built, so that a build does not
 * pay for YAML, JavaParser and the checker in a cold JVM (most of the first module's time).
 *
 * <p>The snapshot holds the exact text it was made from and is used only when the default pack
 * found on the classpath has that same name and text; otherwise (a different rules jar, say) the
 * pack is read from YAML as usual. It holds the pack's records and every expression as the
 * compiler left it (see {@link CodeFormat}): made only from a pack without a single diagnostic,
 * so the compiler would give the same trees again, against any set of packs that includes this
 * one. A checksum covers every byte; bytes that cannot be read are ignored in favour of the YAML.
 */
public final class PackSnapshot {
    /** Where the snapshot lives on the plugin's classpath. */
    public static final String RESOURCE = "io/github/backendadvisor/rules/default.snapshot";
    private static final int MAGIC = 0x42415053; // "BAPS"
    private static final int FORMAT = 3;

    /** A pack with each of its expressions compiled, by expression text. */
    public record Loaded(Pack pack, Map<String, CompiledExpression> compiled) {
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
        var set = RuleSetBuilder.build(List.of(pack), RuleSetBuilder.Options.defaults());
        if (!set.diagnostics().isEmpty() || set.value().isEmpty()) {
            throw new IllegalStateException("the pack has problems, so no snapshot is made:\n" + set.diagnostics()
                    .stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
        }
        Map<String, CompiledExpression> compiled = new LinkedHashMap<>();
        for (var c : set.get().criteria().values()) {
            if (c.value() != null) compiled.putIfAbsent(c.value().source(), c.value());
        }
        for (var r : set.get().rules()) {
            compiled.putIfAbsent(r.when().source(), r.when());
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        SnapshotWriter writer = new SnapshotWriter(out);
        writer.string(source.name());
        writer.string(source.base());
        writer.string(source.text());
        writer.pack(pack);
        out.writeInt(compiled.size());
        for (CompiledExpression e : compiled.values()) {
            CodeFormat.write(e, out);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
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
            if (bytes.length < Long.BYTES) return Optional.empty();
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, bytes.length - Long.BYTES);
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, bytes.length - Long.BYTES));
            if (crc.getValue() != ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).getLong()) {
                return Optional.empty();
            }
            if (in.readInt() != MAGIC || in.readInt() != FORMAT) return Optional.empty();
            SnapshotReader reader = new SnapshotReader(in);
            if (!source.name().equals(reader.string()) || !source.base().equals(reader.string())
                    || !source.text().equals(reader.string())) {
                return Optional.empty();
            }
            Pack pack = reader.pack();
            int n = reader.count();
            Map<String, CompiledExpression> compiled = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                CompiledExpression e = CodeFormat.read(in);
                compiled.put(e.source(), e);
            }
            if (in.read() != -1) return Optional.empty();
            return Optional.of(new Loaded(pack, Collections.unmodifiableMap(compiled)));
        } catch (IOException | RuntimeException | LinkageError e) {
            // not a snapshot we can use (damaged, or the build overrides SnakeYAML with a version
            // whose constructors differ): the YAML is read instead
            return Optional.empty();
        }
    }
}
