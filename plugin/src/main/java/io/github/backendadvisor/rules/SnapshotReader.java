package io.github.backendadvisor.rules;

import static io.github.backendadvisor.rules.SnapshotWriter.MAPPING;
import static io.github.backendadvisor.rules.SnapshotWriter.SCALAR;
import static io.github.backendadvisor.rules.SnapshotWriter.SEQUENCE;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.Expect;
import io.github.backendadvisor.rules.Model.Finding;
import io.github.backendadvisor.rules.Model.FindingSeverity;
import io.github.backendadvisor.rules.Model.Pack;
import io.github.backendadvisor.rules.Model.PackInfo;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.Model.Refs;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.Model.Support;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads what {@link SnapshotWriter} wrote into the same records, with the same kinds of
 * collection {@link PackLoader} builds (so that iteration order, and with it every report, is the
 * same). Only records, strings, numbers and YAML nodes are made; nothing is looked up by name.
 */
final class SnapshotReader {
    /** Deepest YAML node tree read back (the loader allows 20 levels). */
    private static final int MAX_NESTING = 100;

    private final DataInputStream in;
    private final List<String> strings = new ArrayList<>();

    SnapshotReader(DataInputStream in) {
        this.in = in;
    }

    Pack pack() throws IOException {
        PackInfo info = new PackInfo(string(), string(), string(), string(), position());
        List<String> languages = strings();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            candidates.add(new Candidate(string(), string(), strings(), in.readBoolean(), position(), refs()));
        }
        List<Criterion> criteria = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            criteria.add(new Criterion(string(), string(), in.readDouble(), expr(), string(), strings(),
                    in.readBoolean(), position()));
        }
        List<Capability> capabilities = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            String id = string();
            String title = string();
            Map<String, Support> support = new LinkedHashMap<>();
            for (int j = count(); j > 0; j--) {
                support.put(string(), new Support(Level.valueOf(string()), strings()));
            }
            capabilities.add(new Capability(id, title, Collections.unmodifiableMap(support), string(), strings(),
                    in.readBoolean(), position(), refs()));
        }
        List<Rule> rules = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            rules.add(rule());
        }
        List<PackTest> tests = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            tests.add(test());
        }
        return new Pack(info, languages, List.copyOf(candidates), List.copyOf(criteria), List.copyOf(capabilities),
                List.copyOf(rules), List.copyOf(tests));
    }

    private Rule rule() throws IOException {
        String id = string();
        String title = string();
        ExprSource when = expr();
        Map<String, Map<String, Double>> effects = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            String criterion = string();
            Map<String, Double> perCandidate = new LinkedHashMap<>();
            for (int j = count(); j > 0; j--) {
                perCandidate.put(string(), in.readDouble());
            }
            effects.put(criterion, Collections.unmodifiableMap(perCandidate));
        }
        Map<String, String> exclude = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            exclude.put(string(), string());
        }
        Finding finding = in.readBoolean() ? new Finding(FindingSeverity.valueOf(string()), string()) : null;
        return new Rule(id, title, when, Collections.unmodifiableMap(effects), Collections.unmodifiableMap(exclude),
                finding, string(), strings(), in.readBoolean(), string(), position(), refs());
    }

    private PackTest test() throws IOException {
        String name = string();
        String descriptorFile = string();
        Node inline = in.readBoolean() ? node(0) : null;
        Expect expect = new Expect(string(), string(), strings(), strings(), strings());
        return new PackTest(name, descriptorFile, inline, expect, string(), string(), string(), position());
    }

    private Node node(int depth) throws IOException {
        if (depth > MAX_NESTING) throw new IOException("YAML nodes nested too deep");
        int kind = in.readUnsignedByte();
        Tag tag = new Tag(string());
        Mark start = mark();
        Mark end = mark();
        switch (kind) {
            case SCALAR -> {
                DumperOptions.ScalarStyle style = DumperOptions.ScalarStyle.valueOf(string());
                return new ScalarNode(tag, string(), start, end, style);
            }
            case SEQUENCE -> {
                DumperOptions.FlowStyle style = DumperOptions.FlowStyle.valueOf(string());
                List<Node> items = new ArrayList<>();
                for (int i = count(); i > 0; i--) items.add(node(depth + 1));
                return new SequenceNode(tag, true, items, start, end, style);
            }
            case MAPPING -> {
                DumperOptions.FlowStyle style = DumperOptions.FlowStyle.valueOf(string());
                List<NodeTuple> tuples = new ArrayList<>();
                for (int i = count(); i > 0; i--) {
                    Node key = node(depth + 1);
                    tuples.add(new NodeTuple(key, node(depth + 1)));
                }
                return new MappingNode(tag, true, tuples, start, end, style);
            }
            default -> throw new IOException("unknown YAML node kind " + kind);
        }
    }

    private Mark mark() throws IOException {
        int index = in.readInt();
        int line = in.readInt();
        int column = in.readInt();
        // the name SnakeYAML gives text read from a Reader; positions use only line and column
        return new Mark("'reader'", index, line, column, new int[0], 0);
    }

    private ExprSource expr() throws IOException {
        if (!in.readBoolean()) return null;
        String text = string();
        String file = string();
        int line = in.readInt();
        int column = in.readInt();
        boolean exact = in.readBoolean();
        boolean block = in.readBoolean();
        List<ExprSource.Segment> segments = new ArrayList<>();
        for (int i = count(); i > 0; i--) {
            segments.add(new ExprSource.Segment(in.readInt(), in.readInt(), in.readInt()));
        }
        return new ExprSource(text, file, line, column, exact, block, segments);
    }

    private Refs refs() throws IOException {
        Map<String, Position> at = new LinkedHashMap<>();
        for (int i = count(); i > 0; i--) {
            at.put(string(), position());
        }
        return new Refs(Collections.unmodifiableMap(at));
    }

    private Position position() throws IOException {
        return new Position(string(), in.readInt(), in.readInt());
    }

    private List<String> strings() throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > in.available()) throw new IOException("bad list length " + n);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(string());
        return List.copyOf(out);
    }

    int count() throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
        return n;
    }

    /** A string as {@link SnapshotWriter#string} wrote it. */
    String string() throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < -1) {
            int index = -2 - n;
            if (index >= strings.size()) throw new IOException("bad string reference " + n);
            return strings.get(index);
        }
        if (n > in.available()) throw new IOException("bad string length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        String s = new String(b, StandardCharsets.UTF_8);
        strings.add(s);
        return s;
    }
}
