package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.yaml.YamlMapping;
import io.github.backendadvisor.yaml.YamlMapping.Entry;
import io.github.backendadvisor.yaml.YamlValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What the author of a descriptor most likely meant, for values of the right meaning in the wrong
 * shape: a section given its main field alone or indented under another, a waiver given as a rule
 * id, skills given as a list, a skill given as the word of its level. Only ever added to an error
 * that is reported anyway, or used to leave out one that would only repeat it.
 */
final class DescriptorHints {
    /** The field a section is mostly about, which a hand-written section tends to be given alone. */
    private static final Map<String, String> MAIN_FIELDS = Map.of("service", "name", "io", "profile", "libraries",
            "needs", "deployment", "target");
    /** The words of descriptor.md's skill scale, by level. */
    private static final List<String> SKILL_LEVELS = List.of("none", "aware", "beginner", "competent", "proficient",
            "expert");

    private DescriptorHints() {
    }

    /**
     * The section written out, when it was given the value of its main field alone ({@code io:
     * io-bound}, {@code libraries: [orm]}): {@code io: { profile: io-bound }}; else null.
     */
    static String shorthand(String section, Node value) {
        String key = MAIN_FIELDS.get(section);
        if (key == null) return null;
        if (value instanceof ScalarNode s && !s.getValue().isBlank() && s.getValue().length() <= 60
                && !key.equals("needs")) {
            return section + ": { " + key + ": " + s.getValue().strip() + " }";
        }
        if (value instanceof SequenceNode list && key.equals("needs") && !list.getValue().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) return null;
                items.add(s.getValue().strip());
            }
            String joined = String.join(", ", items);
            return joined.length() > 60 ? null : section + ": { " + key + ": [" + joined + "] }";
        }
        return null;
    }

    /** Whether a value has the form of a rule id ({@code python-async-stack-required}), not of prose. */
    static boolean ruleId(ScalarNode value) {
        return YamlValues.isId(value.getValue().strip());
    }

    /** "; write {python: <level>, go: <level>} ..." for skills written as a list of languages, or "". */
    static String skillsAsMapping(SequenceNode list) {
        List<String> names = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof ScalarNode s && !s.getValue().isBlank()) names.add(s.getValue().strip() + ": <level>");
        }
        return names.isEmpty() || names.size() > 8 ? ""
                : "; write {" + String.join(", ", names) + "} with the team's levels";
    }

    /** The keys the top of a descriptor must have, asked for with {@code require} in {@link DescriptorLoader}. */
    private static final List<String> REQUIRED_AT_TOP = List.of("version", "service", "concurrency", "io", "team");

    /**
     * A section indented under another one ("team" under "io") is an unknown key there, whose error
     * says to start it at the beginning of its line; that error is the one the user needs, so the
     * top adds no "missing required key" for it. Only sections whose keys are checked count:
     * {@code weights} is keyed by criteria, one of which may be called "team". Only a required key
     * is ever asked for, so a descriptor that has them all (the common case) is not searched.
     */
    static void explainNestedSections(YamlMapping top) {
        boolean complete = true;
        for (String key : REQUIRED_AT_TOP) complete &= top.get(key).isPresent();
        if (complete) return;
        for (Entry e : top.entries()) {
            if (!DescriptorFormat.SECTIONS.containsKey(e.key()) || !(e.value() instanceof MappingNode m)) continue;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && DescriptorFormat.TOP.contains(k.getValue())
                        && top.get(k.getValue()).isEmpty()) {
                    top.explainedElsewhere(k.getValue());
                }
            }
        }
    }

    /** How a waiver is written, for a waiver given as the id of its rule alone. */
    static String waiverForm(String rule) {
        return "each waiver names its rule, why and until when: waivers: [{ rule: " + rule + ", reason: why it is"
                + " accepted, until: 2027-06-30 }]";
    }

    /** " (did you mean 5? the levels are ...)" for a skill written as the word of its level ('expert'), or null. */
    static String skillLevelWord(Node value) {
        // every module reads its skills: a level written as a number is let through without a copy
        if (!(value instanceof ScalarNode s) || s.getValue().isEmpty() || !Character.isLetter(s.getValue().charAt(0))) {
            return null;
        }
        int level = SKILL_LEVELS.indexOf(s.getValue().strip().toLowerCase(Locale.ROOT));
        return level < 0 ? null : " (did you mean " + level + "? the levels are 0 none, 1 aware, 2 beginner,"
                + " 3 competent, 4 proficient, 5 expert)";
    }

    /**
     * A value written in the form of another part of the descriptor: the error that shows the form
     * it should have, and the value rebuilt in that form, so that what it holds is still checked
     * (its ids against the packs). The descriptor stays in error.
     */
    record Reshaped(String message, Node value) {
    }

    /**
     * For {@code libraries.needs} or {@code mustHave} written as a mapping of capability ids ({@code
     * { websockets: true }}), {@code weights} as a list of one-key mappings ({@code [team: 3]}), and
     * {@code decision.waivers} as a mapping of rule ids to waivers: the reshaped value; else null.
     */
    static Reshaped reshape(String path, Node value) {
        if ((path.equals("libraries.needs") || path.equals("libraries.mustHave")) && value instanceof MappingNode m
                && !m.getValue().isEmpty() && scalarKeys(m)) {
            List<Node> ids = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                boolean no = t.getValueNode() instanceof ScalarNode v && v.getValue().equals("false");
                if (!no) ids.add(t.getKeyNode());
            }
            SequenceNode list = new SequenceNode(Tag.SEQ, true, ids, m.getStartMark(), m.getEndMark(),
                    DumperOptions.FlowStyle.FLOW);
            return new Reshaped("'" + path + "' must be a list such as [a, b], not a mapping; write "
                    + path.substring("libraries.".length()) + ": " + YamlValues.flow(list), list);
        }
        if (path.equals("weights") && value instanceof SequenceNode list && !list.getValue().isEmpty()) {
            List<NodeTuple> pairs = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (!(item instanceof MappingNode m) || m.getValue().size() != 1 || !scalarKeys(m)) return null;
                pairs.add(m.getValue().get(0));
            }
            MappingNode weights = new MappingNode(Tag.MAP, true, pairs, list.getStartMark(), list.getEndMark(),
                    DumperOptions.FlowStyle.FLOW);
            return new Reshaped("'weights' must be a mapping of keys to values, not a list; write weights: "
                    + YamlValues.flow(weights), weights);
        }
        if (path.equals("decision.waivers") && value instanceof MappingNode m && !m.getValue().isEmpty()) {
            List<Node> waivers = new ArrayList<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode rule) || !ruleId(rule)
                        || !(t.getValueNode() instanceof MappingNode w) || !scalarKeys(w)) {
                    return null;
                }
                for (NodeTuple f : w.getValue()) {
                    if (((ScalarNode) f.getKeyNode()).getValue().equals("rule")) return null;
                }
                waivers.add(YamlValues.withKeyFirst("rule", rule, w));
            }
            SequenceNode list = new SequenceNode(Tag.SEQ, true, waivers, m.getStartMark(), m.getEndMark(),
                    DumperOptions.FlowStyle.BLOCK);
            return new Reshaped("'decision.waivers' must be a list of waivers, not a mapping; write each waiver as an"
                    + " item that names its rule: waivers: [" + YamlValues.flow(waivers.get(0))
                    + (waivers.size() > 1 ? ", ..." : "") + "]", list);
        }
        return null;
    }

    private static boolean scalarKeys(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || k.getValue().isBlank()) return false;
        }
        return true;
    }
}
