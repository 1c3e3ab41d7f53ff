package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.Expect;
import io.github.backendadvisor.rules.Model.Pack;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.Model.Support;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Writes a pack's records for {@link PackSnapshot}; {@link SnapshotReader} reads them in the same order. */
final class SnapshotWriter {
    static final int SCALAR = 1;
    static final int SEQUENCE = 2;
    static final int MAPPING = 3;

    private final DataOutputStream out;
    private final Map<String, Integer> seen = new HashMap<>();

    SnapshotWriter(DataOutputStream out) {
        this.out = out;
    }

    void pack(Pack p) throws IOException {
        string(p.info().id());
        string(p.info().title());
        string(p.info().revision());
        string(p.info().source());
        position(p.info().at());
        strings(p.languages());
        out.writeInt(p.candidates().size());
        for (Candidate c : p.candidates()) {
            string(c.id());
            string(c.title());
            strings(c.languages());
            out.writeBoolean(c.replaces());
            position(c.at());
            positions(c.refs().at());
        }
        out.writeInt(p.criteria().size());
        for (Criterion c : p.criteria()) {
            string(c.id());
            string(c.title());
            out.writeDouble(c.weight());
            expr(c.value());
            string(c.because());
            strings(c.sources());
            out.writeBoolean(c.replaces());
            position(c.at());
        }
        out.writeInt(p.capabilities().size());
        for (Capability c : p.capabilities()) {
            string(c.id());
            string(c.title());
            out.writeInt(c.support().size());
            for (Map.Entry<String, Support> s : c.support().entrySet()) {
                string(s.getKey());
                string(s.getValue().level().name());
                strings(s.getValue().packages());
            }
            string(c.because());
            strings(c.sources());
            out.writeBoolean(c.replaces());
            position(c.at());
            positions(c.refs().at());
        }
        out.writeInt(p.rules().size());
        for (Rule r : p.rules()) {
            rule(r);
        }
        out.writeInt(p.tests().size());
        for (PackTest t : p.tests()) {
            test(t);
        }
    }

    private void rule(Rule r) throws IOException {
        string(r.id());
        string(r.title());
        expr(r.when());
        out.writeInt(r.effects().size());
        for (Map.Entry<String, Map<String, Double>> e : r.effects().entrySet()) {
            string(e.getKey());
            out.writeInt(e.getValue().size());
            for (Map.Entry<String, Double> d : e.getValue().entrySet()) {
                string(d.getKey());
                out.writeDouble(d.getValue());
            }
        }
        out.writeInt(r.exclude().size());
        for (Map.Entry<String, String> e : r.exclude().entrySet()) {
            string(e.getKey());
            string(e.getValue());
        }
        out.writeBoolean(r.finding() != null);
        if (r.finding() != null) {
            string(r.finding().severity().name());
            string(r.finding().message());
        }
        string(r.because());
        strings(r.sources());
        out.writeBoolean(r.replaces());
        string(r.pack());
        position(r.at());
        positions(r.refs().at());
    }

    private void test(PackTest t) throws IOException {
        string(t.name());
        string(t.descriptorFile());
        out.writeBoolean(t.inline() != null);
        if (t.inline() != null) node(t.inline());
        Expect x = t.expect();
        string(x.recommendation());
        string(x.status());
        strings(x.excluded());
        strings(x.fired());
        strings(x.notFired());
        string(t.pack());
        string(t.packFile());
        string(t.base());
        position(t.at());
    }

    /** A YAML node as the composer built it: kind, tag, marks, style and content. */
    private void node(Node n) throws IOException {
        if (n instanceof ScalarNode s) {
            out.writeByte(SCALAR);
            nodeHead(n);
            string(s.getScalarStyle().name());
            string(s.getValue());
        } else if (n instanceof SequenceNode s) {
            out.writeByte(SEQUENCE);
            nodeHead(n);
            string(s.getFlowStyle().name());
            out.writeInt(s.getValue().size());
            for (Node item : s.getValue()) node(item);
        } else if (n instanceof MappingNode m) {
            out.writeByte(MAPPING);
            nodeHead(n);
            string(m.getFlowStyle().name());
            out.writeInt(m.getValue().size());
            for (NodeTuple t : m.getValue()) {
                node(t.getKeyNode());
                node(t.getValueNode());
            }
        } else {
            throw new IllegalArgumentException("unexpected YAML node " + n);
        }
    }

    private void nodeHead(Node n) throws IOException {
        string(n.getTag().getValue());
        mark(n.getStartMark());
        mark(n.getEndMark());
    }

    private void mark(Mark m) throws IOException {
        out.writeInt(m.getIndex());
        out.writeInt(m.getLine());
        out.writeInt(m.getColumn());
    }

    private void expr(ExprSource e) throws IOException {
        out.writeBoolean(e != null);
        if (e == null) return;
        string(e.text());
        string(e.file());
        out.writeInt(e.line());
        out.writeInt(e.column());
        out.writeBoolean(e.exact());
        out.writeBoolean(e.block());
        out.writeInt(e.segments().size());
        for (ExprSource.Segment g : e.segments()) {
            out.writeInt(g.offset());
            out.writeInt(g.line());
            out.writeInt(g.column());
        }
    }

    private void positions(Map<String, Position> at) throws IOException {
        out.writeInt(at.size());
        for (Map.Entry<String, Position> e : at.entrySet()) {
            string(e.getKey());
            position(e.getValue());
        }
    }

    private void position(Position p) throws IOException {
        string(p.file());
        out.writeInt(p.line());
        out.writeInt(p.column());
    }

    private void strings(List<String> list) throws IOException {
        if (list == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(list.size());
        for (String s : list) string(s);
    }

    /**
     * A string, or null: -1 for null, the UTF-8 length and bytes the first time, and after that
     * -2 - its index among the strings written, since file names and ids repeat many times.
     */
    void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        Integer index = seen.get(s);
        if (index != null) {
            out.writeInt(-2 - index);
            return;
        }
        seen.put(s, seen.size());
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
