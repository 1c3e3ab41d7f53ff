package io.github.backendadvisor.rules;

import io.github.backendadvisor.descriptor.DescriptorFormat;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.Pack;
import io.github.backendadvisor.rules.Model.PackInfo;
import io.github.backendadvisor.rules.Model.Support;
import io.github.backendadvisor.yaml.SafeYaml;
import io.github.backendadvisor.yaml.YamlMapping;
import io.github.backendadvisor.yaml.YamlMapping.Entry;
import io.github.backendadvisor.yaml.YamlValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one rule pack file into a {@link Pack}, reporting every problem of its form at once.
 * Cross-references between packs are checked when packs are merged ({@link RuleSetBuilder}).
 */
public final class PackLoader {
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

    /** The rule pack format version this plugin reads. */
    static final int VERSION = 1;

    static final List<String> TOP = List.of("version", "pack", "languages", "candidates", "criteria", "capabilities",
            "rules", "tests");
    static final List<String> PACK = List.of("id", "title", "revision");
    /** Where keys of the pack's header and of a rule belong when they are written at the top. */
    private static final Map<String, String> TOP_ELSEWHERE = topElsewhere();
    static final List<String> CANDIDATE = List.of("title", "languages", "replaces");
    static final List<String> CRITERION = List.of("title", "weight", "value", "because", "sources", "replaces");
    static final List<String> CAPABILITY = List.of("title", "support", "because", "sources", "replaces");
    static final List<String> SUPPORT = List.of("level", "packages");
    /** Words people rate support with, for the closest level. */
    private static final Map<String, String> LEVEL_WORDS = Map.ofEntries(Map.entry("excellent", "strong"),
            Map.entry("great", "strong"), Map.entry("best", "strong"), Map.entry("good", "adequate"),
            Map.entry("ok", "adequate"), Map.entry("fine", "adequate"), Map.entry("partial", "adequate"),
            Map.entry("medium", "adequate"), Map.entry("poor", "weak"), Map.entry("limited", "weak"),
            Map.entry("bad", "weak"), Map.entry("missing", "none"), Map.entry("no", "none"));

    final String file;
    final Diagnostics diags = new Diagnostics();
    private final ExprLocator located;

    private final String base;

    private PackLoader(String file, String text, String base) {
        this.file = file;
        this.base = base;
        this.located = new ExprLocator(file, text);
    }

    /** Reads a pack from its text; {@code file} is how positions name it. */
    public static Result<Pack> parse(PackSource source) {
        PackLoader loader = new PackLoader(source.name(), source.text(), source.base());
        Pack pack = null;
        try {
            Optional<Node> root = SafeYaml.compose(source.text(), source.name(), loader.diags);
            pack = root.flatMap(r -> YamlMapping.of(r, source.name(), "the rule pack", loader.diags))
                    .map(loader::pack).orElse(null);
        } catch (RuntimeException e) {
            loader.diags.error(Position.start(source.name()), "internal error while reading the rule pack: " + e);
        }
        // the pack is returned even with errors, so that merging can report every other problem too
        return new Result<>(Optional.ofNullable(pack), loader.diags.sorted());
    }

    private Pack pack(YamlMapping top) {
        Optional<Integer> version = top.require("version", diags)
                .flatMap(e -> YamlValues.formatVersion(e.value(), file, "rule pack", VERSION, diags));
        // another version's keys and values are not this format's to judge: that one error says it all
        if (version.isPresent() && version.get() != VERSION) return null;
        top.rejectUnknownKeys(TOP, TOP_ELSEWHERE, diags);
        PackInfo info = top.require("pack", diags).flatMap(e -> YamlMapping.of(e.value(), file, "pack", diags))
                .map(this::info).orElse(new PackInfo("?", "?", "?", file, Position.start(file)));
        List<String> languages = new ArrayList<>();
        top.get("languages").flatMap(e -> YamlValues.list(e.value(), file, "'languages'", diags)).ifPresent(items -> {
            for (Node n : items) {
                YamlValues.id(n, file, "language id", diags).ifPresent(id -> {
                    if (languages.contains(id)) diags.error(SafeYaml.at(file, n), "language '" + id + "' is listed twice");
                    else languages.add(id);
                });
            }
        });
        List<Candidate> candidates = new ArrayList<>();
        eachEntry(top, "candidates", (id, at, m) -> candidates.add(candidate(id, at, m)));
        List<Criterion> criteria = new ArrayList<>();
        eachEntry(top, "criteria", (id, at, m) -> criteria.add(criterion(id, at, m)));
        List<Capability> capabilities = new ArrayList<>();
        eachEntry(top, "capabilities", (id, at, m) -> capabilities.add(capability(id, at, m)));
        RuleReader rules = new RuleReader(this, info.id(), base);
        List<Model.Rule> ruleList = top.get("rules").map(e -> rules.rules(e.value())).orElse(List.of());
        List<Model.PackTest> tests = top.get("tests").map(e -> rules.tests(e.value())).orElse(List.of());
        return new Pack(info, List.copyOf(languages), List.copyOf(candidates), List.copyOf(criteria),
                List.copyOf(capabilities), ruleList, tests);
    }

    private PackInfo info(YamlMapping m) {
        m.rejectUnknownKeys(PACK, diags);
        Optional<Entry> idEntry = m.require("id", diags);
        String id = idEntry.flatMap(e -> YamlValues.id(e.value(), file, "'pack.id'", diags)).orElse("?");
        String title = m.get("title").flatMap(e -> YamlValues.string(e.value(), file, "'pack.title'", diags)).orElse(id);
        String revision = m.require("revision", diags)
                .flatMap(e -> YamlValues.string(e.value(), file, "'pack.revision'", diags)).orElse("?");
        return new PackInfo(id, title, revision, file,
                idEntry.map(e -> SafeYaml.at(file, e.value())).orElse(m.position()));
    }

    private static Map<String, String> topElsewhere() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : PACK) out.put(key, "it belongs in 'pack'");
        for (String key : RuleReader.RULE) {
            out.putIfAbsent(key, "it belongs in a rule, an item of 'rules' (- id: ...)");
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    interface EntryReader {
        void read(String id, Position keyAt, YamlMapping value);
    }

    private void eachEntry(YamlMapping top, String section, EntryReader reader) {
        Optional<Entry> given = top.get(section);
        if (given.isPresent() && given.get().value() instanceof SequenceNode list && entriesWithIds(list)) {
            readListed(section, list, reader);
            return;
        }
        given.flatMap(e -> YamlMapping.of(e.value(), file, section, diags)).ifPresent(m -> {
            for (Entry e : m.entries()) {
                if (!YamlValues.isId(e.key())) {
                    diags.error(e.keyAt(), "id '" + e.key() + "' in '" + section
                            + "' must use only lower-case letters, digits and '-'");
                    continue;
                }
                YamlMapping.of(e.value(), file, section + "." + e.key(), diags)
                        .ifPresent(v -> reader.read(e.key(), e.keyAt(), v));
            }
        });
    }

    /** Whether a list holds only mappings with an {@code id}: the form of {@code rules}. */
    private static boolean entriesWithIds(SequenceNode list) {
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode m) || idOf(m) == null) return false;
        }
        return !list.getValue().isEmpty();
    }

    private static NodeTuple idOf(MappingNode m) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("id")) return t;
        }
        return null;
    }

    /**
     * A section of ids written as a list of entries with an id, as {@code rules} is written: one
     * error that shows the first entry in the section's form, and each entry read under its id, so
     * that its own problems are reported too and rules that name it are not (the pack still fails).
     */
    private void readListed(String section, SequenceNode list, EntryReader reader) {
        List<String> shown = new ArrayList<>();
        for (Node item : list.getValue()) {
            MappingNode m = (MappingNode) item;
            NodeTuple id = idOf(m);
            List<NodeTuple> rest = new ArrayList<>(m.getValue());
            rest.remove(id);
            MappingNode entry = new MappingNode(m.getTag(), true, rest, m.getStartMark(), m.getEndMark(),
                    m.getFlowStyle());
            if (shown.isEmpty()) shown.add(YamlValues.flow(id.getValueNode()) + ": " + YamlValues.flow(entry));
            YamlValues.id(id.getValueNode(), file, "id in '" + section + "'", diags).ifPresent(key ->
                    YamlMapping.of(entry, file, section + "." + key, diags)
                            .ifPresent(v -> reader.read(key, SafeYaml.at(file, id.getValueNode()), v)));
        }
        diags.error(SafeYaml.at(file, list), "'" + section + "' maps each id to its entry, not a list of entries with"
                + " an id as 'rules' is; write " + section + ": { " + shown.get(0)
                + (list.getValue().size() > 1 ? ", ..." : "") + " }");
    }

    private Candidate candidate(String id, Position at, YamlMapping m) {
        m.rejectUnknownKeys(CANDIDATE, diags);
        String title = text(m, "title", true).orElse(id);
        Map<String, Position> refs = new LinkedHashMap<>();
        List<String> langs = idList(m, "languages", refs);
        return new Candidate(id, title, langs, replaces(m), at,
                new Model.Refs(java.util.Collections.unmodifiableMap(refs)));
    }

    private Criterion criterion(String id, Position at, YamlMapping m) {
        m.rejectUnknownKeys(CRITERION, diags);
        String title = text(m, "title", true).orElse(id);
        double weight = m.require("weight", diags).flatMap(e -> YamlValues.number(e.value(), file,
                "weight of criterion '" + id + "'", 0, true, DescriptorFormat.MAX_WEIGHT, diags)).orElse(1.0);
        ExprSource value = m.get("value").map(e -> expr(e.value(), "the value of criterion '" + id + "'")).orElse(null);
        return new Criterion(id, title, weight, value, text(m, "because", false).orElse(null),
                urls(m), replaces(m), at);
    }

    private Capability capability(String id, Position at, YamlMapping m) {
        m.rejectUnknownKeys(CAPABILITY, diags);
        String title = text(m, "title", true).orElse(id);
        Map<String, Support> support = new LinkedHashMap<>();
        Map<String, Position> refs = new LinkedHashMap<>();
        m.require("support", diags).flatMap(e -> YamlMapping.of(e.value(), file, m.pathOf("support"), diags))
                .ifPresent(sm -> {
                    for (Entry e : sm.entries()) {
                        refs.put("support." + e.key(), e.keyAt());
                        String path = sm.pathOf(e.key());
                        if (e.value() instanceof ScalarNode level && !YamlValues.isNull(level)) {
                            // "nodejs: strong": the level alone, where a mapping holds it and the packages
                            String word = level.getValue().toLowerCase(java.util.Locale.ROOT);
                            String meant = Level.ids().contains(word) ? word : LEVEL_WORDS.get(word);
                            diags.error(SafeYaml.at(file, level), "'" + path + "' must be a mapping with a"
                                    + " level, not '" + level.getValue() + "'; write { level: "
                                    + (meant != null ? meant : String.join(" | ", Level.ids())) + " }");
                            continue;
                        }
                        YamlMapping.of(e.value(), file, path, diags).ifPresent(s -> {
                            s.rejectUnknownKeys(SUPPORT, diags);
                            Level level = s.require("level", diags).flatMap(l -> YamlValues.oneOf(l.value(), file,
                                    "support level", Level.ids(), LEVEL_WORDS, diags)).map(Level::fromId).orElse(Level.NONE);
                            support.put(e.key(), new Support(level, textList(s, "packages")));
                        });
                    }
                });
        return new Capability(id, title, java.util.Collections.unmodifiableMap(support),
                text(m, "because", false).orElse(null), urls(m), replaces(m), at,
                new Model.Refs(java.util.Collections.unmodifiableMap(refs)));
    }

    boolean replaces(YamlMapping m) {
        return m.get("replaces").flatMap(e -> YamlValues.bool(e.value(), file, "'replaces'", diags)).orElse(false);
    }

    Optional<String> text(YamlMapping m, String key, boolean required) {
        Optional<Entry> e = required ? m.require(key, diags) : m.get(key);
        return e.flatMap(x -> YamlValues.string(x.value(), file, "'" + key + "'", diags)).map(String::strip);
    }

    List<String> idList(YamlMapping m, String key) {
        return idList(m, key, new LinkedHashMap<>());
    }

    /** The ids listed under a key; {@code at} receives where each is written, keyed {@code key.id}. */
    List<String> idList(YamlMapping m, String key, Map<String, Position> at) {
        List<String> out = new ArrayList<>();
        m.get(key).flatMap(e -> YamlValues.list(e.value(), file, "'" + key + "'", diags))
                .ifPresent(items -> items.forEach(n -> YamlValues.id(n, file, "an entry of '" + key + "'", diags)
                        .ifPresent(id -> {
                            out.add(id);
                            at.putIfAbsent(key + "." + id, SafeYaml.at(file, n));
                        })));
        return List.copyOf(out);
    }

    List<String> textList(YamlMapping m, String key) {
        List<String> out = new ArrayList<>();
        m.get(key).flatMap(e -> YamlValues.list(e.value(), file, "'" + key + "'", diags))
                .ifPresent(items -> items.forEach(n -> YamlValues.string(n, file, "an entry of '" + key + "'", diags)
                        .ifPresent(out::add)));
        return List.copyOf(out);
    }

    /** For a source written without its scheme ("example.org/page"): the https URL it most likely is. */
    private static String withScheme(String url) {
        String u = url.strip();
        int slash = u.indexOf('/');
        String host = slash < 0 ? u : u.substring(0, slash);
        boolean looksLikeHost = host.indexOf('.') > 0 && host.indexOf(':') < 0 && host.indexOf(' ') < 0 && !host.endsWith(".");
        return looksLikeHost ? " (did you mean 'https://" + u + "'?)" : "";
    }

    List<String> urls(YamlMapping m) {
        List<String> out = new ArrayList<>();
        m.get("sources").flatMap(e -> YamlValues.list(e.value(), file, "'sources'", diags)).ifPresent(items -> {
            for (Node n : items) {
                YamlValues.string(n, file, "a source", diags).ifPresent(url -> {
                    if (!URL.matcher(url).matches()) {
                        diags.error(SafeYaml.at(file, n), "source '" + url + "' must be an http(s) URL" + withScheme(url));
                    } else {
                        out.add(url);
                    }
                });
            }
        });
        return List.copyOf(out);
    }

    /** An expression scalar with the information needed to map positions inside it; {@code what} names it. */
    ExprSource expr(Node node, String what) {
        if (!(node instanceof ScalarNode s)) {
            diags.error(SafeYaml.at(file, node), what + " must be an expression written as text, not "
                    + YamlValues.kind(node));
            return null;
        }
        return located.of(s);
    }

    /** Maps a severity word of a finding. */
    static Optional<Model.FindingSeverity> severity(String word) {
        for (Model.FindingSeverity s : Model.FindingSeverity.values()) {
            if (s.id().equals(word)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
