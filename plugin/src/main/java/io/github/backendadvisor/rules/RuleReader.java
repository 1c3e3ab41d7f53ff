package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.rules.Model.Expect;
import io.github.backendadvisor.rules.Model.Finding;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.yaml.SafeYaml;
import io.github.backendadvisor.yaml.YamlMapping;
import io.github.backendadvisor.yaml.YamlMapping.Entry;
import io.github.backendadvisor.yaml.YamlValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads the {@code rules:} and {@code tests:} lists of a pack. */
final class RuleReader {
    static final List<String> RULE = List.of("id", "title", "when", "effects", "exclude", "finding", "because",
            "sources", "replaces");
    /**
     * Keys people write in a rule for one it has: a finding's keys put on the rule itself, and words
     * for a rule's parts from other tools (the known key is suggested as a close one would be).
     */
    private static final Map<String, String> RULE_ELSEWHERE = Map.of("severity", "it belongs in 'finding'",
            "message", "it belongs in 'finding'", "condition", "when", "if", "when", "reason", "because",
            "rationale", "because", "why", "because", "links", "sources", "references", "sources", "urls", "sources");
    static final List<String> FINDING = List.of("severity", "message");
    /** Severities of other tools (issue trackers, linters, scanners), for the closest of ours. */
    private static final Map<String, String> SEVERITY_WORDS = Map.ofEntries(Map.entry("critical", "error"),
            Map.entry("fatal", "error"), Map.entry("severe", "error"), Map.entry("high", "error"),
            Map.entry("blocker", "error"), Map.entry("major", "warning"), Map.entry("medium", "warning"),
            Map.entry("minor", "info"), Map.entry("low", "info"), Map.entry("note", "info"), Map.entry("notice", "info"));
    static final List<String> TEST = List.of("name", "descriptor", "expect");
    static final List<String> EXPECT = List.of("recommendation", "status", "excluded", "fired", "notFired");

    private final PackLoader p;
    private final String file;
    private final Diagnostics diags;
    private final String pack;

    private final String base;

    RuleReader(PackLoader loader, String pack, String base) {
        this.base = base;
        this.p = loader;
        this.file = loader.file;
        this.diags = loader.diags;
        this.pack = pack;
    }

    List<Rule> rules(Node node) {
        List<Rule> out = new ArrayList<>();
        if (node instanceof MappingNode byId && rulesById(byId)) node = listed(byId);
        YamlValues.list(node, file, "'rules'", diags).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                YamlMapping.of(items.get(i), file, "rules[" + i + "]", diags).ifPresent(m -> {
                    Rule r = rule(m, index);
                    if (r != null) out.add(r);
                });
            }
        });
        return List.copyOf(out);
    }

    /** Whether rules were written as a mapping of ids, each to a mapping without an id of its own. */
    private static boolean rulesById(MappingNode byId) {
        for (NodeTuple t : byId.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !YamlValues.isId(k.getValue())) return false;
            if (!(t.getValueNode() instanceof MappingNode rule)) return false;
            for (NodeTuple r : rule.getValue()) {
                if (r.getKeyNode() instanceof ScalarNode rk && rk.getValue().equals("id")) return false;
            }
        }
        return !byId.getValue().isEmpty();
    }

    /**
     * Rules written as a mapping of ids: one error that shows the list form, and the rules as the
     * list they mean, each with its id, so that their own problems are reported too (the pack still
     * fails).
     */
    private SequenceNode listed(MappingNode byId) {
        List<Node> rules = new ArrayList<>();
        for (NodeTuple t : byId.getValue()) {
            rules.add(YamlValues.withKeyFirst("id", t.getKeyNode(), (MappingNode) t.getValueNode()));
        }
        String first = ((ScalarNode) byId.getValue().get(0).getKeyNode()).getValue();
        diags.error(SafeYaml.at(file, byId), "'rules' is a list of rules, each with its id, not a mapping of ids;"
                + " write each rule as an item that starts with its id: - id: " + first);
        return new SequenceNode(Tag.SEQ, true, rules, byId.getStartMark(), byId.getEndMark(),
                DumperOptions.FlowStyle.BLOCK);
    }

    /**
     * Whether {@code exclude} was written as a list of candidates and one reason ({@code { candidates:
     * [python], reason: ... }}), an error then reported with the form it should have: each candidate
     * mapped to its reason.
     */
    private boolean listedExclusion(YamlMapping exclude, String label) {
        Optional<Entry> listed = exclude.get("candidates").or(() -> exclude.get("candidate"));
        Optional<Entry> reason = exclude.get("reason").or(() -> exclude.get("because"));
        if (listed.isEmpty() || reason.isEmpty() && listed.get().value() instanceof ScalarNode) return false;
        Node names = listed.get().value();
        List<Node> items = names instanceof SequenceNode seq ? seq.getValue() : List.of(names);
        String why = reason.map(e -> YamlValues.flow(e.value())).orElse("\"why\"");
        List<String> pairs = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof ScalarNode c && !c.getValue().isBlank()) pairs.add(c.getValue().strip() + ": " + why);
        }
        if (pairs.isEmpty()) pairs.add("<candidate>: " + why);
        diags.error(listed.get().keyAt(), "exclude of rule '" + label + "' maps each vetoed candidate to the reason"
                + " shown for it: write exclude: { " + String.join(", ", pairs) + " }");
        return true;
    }

    private Rule rule(YamlMapping m, int index) {
        int errorsBefore = diags.errorCount();
        m.rejectUnknownKeys(RULE, RULE_ELSEWHERE, diags);
        String id = m.require("id", diags).flatMap(e -> YamlValues.id(e.value(), file, "rule id", diags)).orElse(null);
        String label = id == null ? "rules[" + index + "]" : id;
        String title = p.text(m, "title", true).orElse(label);
        ExprSource when = m.require("when", diags).map(e -> p.expr(e.value(), "the condition of rule '" + label + "'"))
                .orElse(null);
        Map<String, Map<String, Double>> effects = new LinkedHashMap<>();
        Map<String, Position> refs = new LinkedHashMap<>();
        m.get("effects").flatMap(e -> YamlMapping.of(e.value(), file, "effects of rule '" + label + "'", diags))
                .filter(em -> !flatEffects(em, m.pathOf("effects")))
                .ifPresent(em -> {
                    for (Entry crit : em.entries()) {
                        refs.put("effects." + crit.key(), crit.keyAt());
                        Map<String, Double> perCandidate = new LinkedHashMap<>();
                        String path = m.pathOf("effects") + "." + crit.key();
                        if (crit.value() instanceof ScalarNode delta && !delta.getValue().isBlank()) {
                            diags.error(SafeYaml.at(file, delta), "'" + path + "' must map each candidate to its delta,"
                                    + " not be one number; write " + crit.key() + ": { <candidate>: "
                                    + delta.getValue().strip() + " }");
                            continue;
                        }
                        YamlMapping.of(crit.value(), file, path, diags).ifPresent(cm -> {
                            for (Entry c : cm.entries()) {
                                refs.put("effects." + crit.key() + "." + c.key(), c.keyAt());
                                String what = "rule '" + label + "': delta for '" + c.key() + "' on '" + crit.key() + "'";
                                YamlValues.number(c.value(), file, what, -1, false, 1, diags)
                                        .ifPresent(d -> perCandidate.put(c.key(), d));
                            }
                        });
                        effects.put(crit.key(), Collections.unmodifiableMap(perCandidate));
                    }
                });
        Map<String, String> exclude = new LinkedHashMap<>();
        Node excludeNode = m.get("exclude").map(Entry::value).orElse(null);
        if (excludeNode instanceof ScalarNode one && !one.getValue().isBlank()) {
            diags.error(SafeYaml.at(file, excludeNode), "exclude of rule '" + label + "' maps each vetoed candidate to"
                    + " the reason shown for it: write exclude: { " + one.getValue().strip() + ": \"why\" }");
            excludeNode = null;
        }
        if (excludeNode instanceof SequenceNode) {
            // the natural first try; the reason is what the report shows for the veto
            diags.error(SafeYaml.at(file, excludeNode), "exclude of rule '" + label + "' maps each vetoed candidate to"
                    + " the reason shown for it, such as exclude: { go: \"why\" }; a list gives no reasons");
            excludeNode = null;
        }
        Optional.ofNullable(excludeNode).flatMap(e -> YamlMapping.of(e, file, "exclude of rule '" + label + "'", diags))
                .filter(xm -> !listedExclusion(xm, label))
                .ifPresent(xm -> {
                    for (Entry x : xm.entries()) {
                        refs.put("exclude." + x.key(), x.keyAt());
                        YamlValues.string(x.value(), file, "the reason for excluding '" + x.key() + "'", diags)
                                .ifPresent(reason -> exclude.put(x.key(), reason.strip()));
                    }
                });
        Node findingNode = m.get("finding").map(Entry::value).orElse(null);
        if (findingNode instanceof ScalarNode one && !one.getValue().isBlank()) {
            // the finding's message alone, or its severity alone ('warn' for 'warning')
            String word = one.getValue().strip();
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String severity = PackLoader.severity(lower).map(Model.FindingSeverity::id)
                    .orElse(lower.equals("warn") ? "warning" : SEVERITY_WORDS.get(lower));
            diags.error(SafeYaml.at(file, findingNode), "'" + m.pathOf("finding") + "' must be a mapping with a"
                    + " severity and a message: write finding: { severity: " + (severity == null ? "warning" : severity)
                    + ", message: " + (severity == null ? YamlValues.shorten(word) : "what the report says") + " }");
            findingNode = null;
        }
        Finding finding = Optional.ofNullable(findingNode)
                .flatMap(e -> YamlMapping.of(e, file, m.pathOf("finding"), diags)).map(this::finding).orElse(null);
        // only for an otherwise correct rule: one with an error (effects that could not be read, a key
        // misspelt, no condition) already has it where the fix goes
        if (effects.isEmpty() && exclude.isEmpty() && finding == null && diags.errorCount() == errorsBefore) {
            diags.error(m.position(), "rule '" + label + "' has no effects, no exclusions and no finding; it would"
                    + " do nothing");
        }
        String because = p.text(m, "because", true).orElse("");
        List<String> sources = p.urls(m);
        if (id == null || when == null) {
            return null;
        }
        return new Rule(id, title, when, Collections.unmodifiableMap(effects), Collections.unmodifiableMap(exclude),
                finding, because, sources, p.replaces(m), pack, m.position(),
                new Model.Refs(Collections.unmodifiableMap(refs)));
    }

    /**
     * Effects given a delta per candidate with no criterion above them ({@code effects: { nodejs:
     * +0.2 }}): one error that shows the level they miss, rather than one per entry. False when the
     * effects have another shape, each entry then checked on its own.
     */
    private boolean flatEffects(YamlMapping effects, String path) {
        List<String> deltas = new ArrayList<>();
        for (Entry e : effects.entries()) {
            if (!(e.value() instanceof ScalarNode s) || s.getValue().isBlank()) return false;
            deltas.add(e.key() + ": " + s.getValue().strip());
        }
        if (deltas.size() < 2) return false; // one entry: the message of its own says it
        diags.error(effects.position(), "'" + path + "' maps each criterion to the deltas of its candidates, and these"
                + " deltas have no criterion above them; write effects: { <criterion>: { " + String.join(", ", deltas)
                + " } }");
        return true;
    }

    private Finding finding(YamlMapping m) {
        m.rejectUnknownKeys(FINDING, diags);
        var severity = m.require("severity", diags)
                .flatMap(e -> YamlValues.oneOf(e.value(), file, "finding severity", List.of("info", "warning", "error"),
                        SEVERITY_WORDS, diags))
                .flatMap(PackLoader::severity).orElse(Model.FindingSeverity.WARNING);
        String message = p.text(m, "message", true).orElse("");
        return new Finding(severity, message);
    }

    List<PackTest> tests(Node node) {
        List<PackTest> out = new ArrayList<>();
        YamlValues.list(node, file, "'tests'", diags).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                YamlMapping.of(items.get(i), file, "tests[" + i + "]", diags).ifPresent(m -> {
                    m.rejectUnknownKeys(TEST, diags);
                    String name = p.text(m, "name", true).orElse("?");
                    String descriptorFile = null;
                    Node inline = null;
                    var d = m.require("descriptor", diags);
                    if (d.isPresent() && d.get().value() instanceof ScalarNode path && isFileName(path.getValue())) {
                        diags.error(SafeYaml.at(file, path), "descriptor of test '" + name + "' is the descriptor"
                                + " written inline or a file named by 'file': write descriptor: { file: "
                                + YamlValues.flow(path) + " }");
                    } else if (d.isPresent()) {
                        var dm = YamlMapping.of(d.get().value(), file, "descriptor of test '" + name + "'", diags);
                        if (dm.isPresent() && dm.get().get("file").isPresent() && dm.get().entries().size() == 1) {
                            descriptorFile = YamlValues.string(dm.get().get("file").get().value(), file, "'file'", diags)
                                    .orElse(null);
                        } else {
                            inline = d.get().value();
                        }
                    }
                    Expect expect = m.require("expect", diags)
                            .flatMap(e -> YamlMapping.of(e.value(), file, m.pathOf("expect"), diags)).map(this::expect)
                            .orElse(null);
                    if (expect != null && (descriptorFile != null || inline != null)) {
                        out.add(new PackTest(name, descriptorFile, inline, expect, pack, file, base, m.position()));
                    }
                });
            }
        });
        return List.copyOf(out);
    }

    /** Whether a text has the form of a YAML file's name or path ({@code examples/chat.yaml}). */
    private static boolean isFileName(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        return !t.contains(" ") && (t.endsWith(".yaml") || t.endsWith(".yml"));
    }

    private Expect expect(YamlMapping m) {
        int errorsBefore = diags.errorCount();
        m.rejectUnknownKeys(EXPECT, diags);
        String rec = p.text(m, "recommendation", false).orElse(null);
        String status = m.get("status").flatMap(e -> YamlValues.oneOf(e.value(), file, "expected status",
                List.of("recommended", "too-close", "no-viable-candidate"), diags)).orElse(null);
        Expect x = new Expect(rec, status, optionalIds(m, "excluded"), optionalIds(m, "fired"), optionalIds(m, "notFired"));
        // `excluded: []` says that nothing is excluded; empty `fired` and `notFired` say nothing
        boolean checks = rec != null || status != null || x.excluded() != null || x.fired() != null && !x.fired().isEmpty()
                || x.notFired() != null && !x.notFired().isEmpty();
        // a key of another name, or a value that cannot be read, has its own error, which says what is wrong
        if (!checks && diags.errorCount() == errorsBefore) {
            diags.error(m.position(), "this test expects nothing, so it cannot fail; give 'expect' a recommendation,"
                    + " a status, the excluded candidates, or rules that must fire or must not");
        }
        return x;
    }


    private List<String> optionalIds(YamlMapping m, String key) {
        return m.get(key).isPresent() ? p.idList(m, key) : null;
    }
}
