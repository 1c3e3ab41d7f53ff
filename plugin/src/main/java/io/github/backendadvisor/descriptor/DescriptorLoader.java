package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.descriptor.Descriptor.Concurrency;
import io.github.backendadvisor.descriptor.Descriptor.Decision;
import io.github.backendadvisor.descriptor.Descriptor.Deployment;
import io.github.backendadvisor.descriptor.Descriptor.Io;
import io.github.backendadvisor.descriptor.Descriptor.Libraries;
import io.github.backendadvisor.descriptor.Descriptor.Service;
import io.github.backendadvisor.descriptor.Descriptor.Team;
import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.yaml.SafeYaml;
import io.github.backendadvisor.yaml.YamlMapping;
import io.github.backendadvisor.yaml.YamlMapping.Entry;
import io.github.backendadvisor.yaml.YamlValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a requirements descriptor into an immutable {@link Descriptor}, reporting every problem
 * of the format (syntax, unknown keys, types, ranges, enum values) at once. Ids that rule packs
 * define are checked later by {@link DescriptorChecker}.
 */
public final class DescriptorLoader {

    private final String file;
    private final Diagnostics diags = new Diagnostics();
    private final Map<String, Position> locations = new TreeMap<>();

    private DescriptorLoader(String file) {
        this.file = file;
    }

    /**
     * A descriptor file read once: its text, and what it loads to.
     *
     * @param text the file's text as parsed, or null when it could not be read
     * @param asRead the descriptor as far as it could be read, for checking its ids against the packs
     *     also when other fields are invalid (so that one build reports every problem): invalid
     *     fields are null, an invalid skill level or weight is a null value under its key, and the
     *     version is 0. Null when the text is not a YAML mapping. Evaluated only when valid
     *     ({@link #descriptor()}).
     * @param diagnostics every problem found
     */
    public record Source(String text, Descriptor asRead, List<Diagnostic> diagnostics) {

        /** The descriptor with every problem; its value only when there is no error. */
        public Result<Descriptor> descriptor() {
            return Result.of(asRead, diagnostics);
        }
    }

    /**
     * Reads and loads a descriptor file, keeping the text it parsed (the reports' inputs are
     * fingerprinted from it, not from a second read that could see a later edit).
     */
    public static Source read(Path path, String displayName) {
        DescriptorLoader loader = new DescriptorLoader(displayName);
        Optional<String> text = SafeYaml.readText(path, displayName, loader.diags);
        Optional<Node> root = text.isPresent() ? SafeYaml.compose(text.get(), displayName, loader.diags) : Optional.empty();
        return loader.finish(text.orElse(null), root);
    }

    /** Loads a descriptor file; {@code displayName} is how positions name it. */
    public static Result<Descriptor> load(Path path, String displayName) {
        return read(path, displayName).descriptor();
    }

    /** Loads descriptor text; {@code displayName} is how positions name it. */
    public static Result<Descriptor> parse(String text, String displayName) {
        DescriptorLoader loader = new DescriptorLoader(displayName);
        Optional<Node> root = SafeYaml.compose(text, displayName, loader.diags);
        return loader.finish(text, root).descriptor();
    }

    /** Loads a descriptor from an already composed YAML node (an inline descriptor in a pack test). */
    public static Result<Descriptor> fromNode(Node node, String displayName) {
        return new DescriptorLoader(displayName).finish(null, Optional.of(node)).descriptor();
    }

    private Source finish(String text, Optional<Node> root) {
        Descriptor d = null;
        try {
            YamlMapping top = root.isPresent() ? YamlMapping.of(root.get(), file, "the descriptor", diags).orElse(null) : null;
            if (top != null) d = document(top);
        } catch (RuntimeException e) {
            // a bug of ours must not become a stack trace for the user
            diags.error(Position.start(file), "internal error while reading the descriptor: " + e);
        }
        return new Source(text, d, diags.sorted());
    }

    private Descriptor document(YamlMapping top) {
        // plain branches, not Optional chains of lambdas (see the typed fields below)
        Integer version = null;
        Entry versionEntry = top.require("version", diags).orElse(null);
        if (versionEntry != null) {
            version = YamlValues.formatVersion(versionEntry.value(), file, "descriptor", DescriptorFormat.VERSION, diags)
                    .orElse(null);
            // another version's keys and values are not this format's to judge: that one error says it all
            if (version != null && version != DescriptorFormat.VERSION) return null;
            if (version != null) locations.put("version", SafeYaml.at(file, versionEntry.value()));
        }
        top.rejectUnknownKeys(DescriptorFormat.TOP, DescriptorFormat.elsewhere(""), diags);
        DescriptorHints.explainNestedSections(top);
        YamlMapping s = section(top, "service", true);
        Service service = s == null ? null : service(s);
        s = section(top, "concurrency", true);
        Concurrency concurrency = s == null ? null : concurrency(s);
        s = section(top, "io", true);
        Io io = s == null ? null : io(s);
        s = section(top, "team", true);
        Team team = s == null ? null : team(s);
        s = section(top, "libraries", false);
        Libraries libraries = s == null ? new Libraries(List.of(), List.of()) : libraries(s);
        s = section(top, "deployment", false);
        Deployment deployment = s == null ? new Deployment(DeploymentTarget.CONTAINERS, false) : deployment(s);
        s = section(top, "weights", false);
        Map<String, Double> weights = s == null ? Map.of() : weights(s);
        s = section(top, "decision", false);
        Decision decision = s == null ? new Decision(null, List.of()) : decision(s);
        // built with errors too, as Source.asRead: Source.descriptor() keeps it only when there are none
        return new Descriptor(file, version == null ? 0 : version, service, concurrency, io, team, libraries, deployment,
                weights, decision, Collections.unmodifiableMap(new LinkedHashMap<>(locations)));
    }

    /** The value as read, or rebuilt in its own form when it was written in another's (reported). */
    private Node reshaped(String path, Node value) {
        DescriptorHints.Reshaped r = DescriptorHints.reshape(path, value);
        if (r == null) return value;
        diags.error(SafeYaml.at(file, value), r.message());
        return r.value();
    }

    /** The section's mapping, or null when it is absent or not a mapping (reported). */
    private YamlMapping section(YamlMapping top, String name, boolean required) {
        Entry entry = (required ? top.require(name, diags) : top.get(name)).orElse(null);
        if (entry == null) return null;
        locations.put(name, entry.keyAt());
        String shorthand = DescriptorHints.shorthand(name, entry.value());
        if (shorthand != null) { // service: live-chat, for service: { name: live-chat }
            diags.error(SafeYaml.at(file, entry.value()), "'" + name + "' must be a mapping of keys to values, not "
                    + YamlValues.kind(entry.value()) + "; write " + shorthand);
            return null;
        }
        YamlMapping m = YamlMapping.of(reshaped(name, entry.value()), file, name, diags).orElse(null);
        List<String> keys = DescriptorFormat.SECTIONS.get(name);
        if (keys != null && m != null) { // 'weights' is keyed by criterion ids, checked against the packs later
            m.rejectUnknownKeys(keys, DescriptorFormat.elsewhere(name), diags);
        }
        return m;
    }

    /** The value of a field, its position recorded; null when it is absent (reported when required). */
    private Node field(YamlMapping m, String key, boolean required) {
        Entry entry = (required ? m.require(key, diags) : m.get(key)).orElse(null);
        if (entry == null) return null;
        locations.put(m.pathOf(key), SafeYaml.at(file, entry.value()));
        return entry.value();
    }

    // typed fields: null when absent or invalid (reported). Plain calls rather than lambdas: a lambda
    // that captures several values links a method-handle form of its own, bytecode spun at run time,
    // the first time it runs, and in a build that is the first module

    private String text(YamlMapping m, String key, boolean required) {
        Node n = field(m, key, required);
        return n == null ? null : YamlValues.string(n, file, q(m, key), diags).orElse(null);
    }

    private Integer integer(YamlMapping m, String key, boolean required, int min) {
        Node n = field(m, key, required);
        return n == null ? null : YamlValues.integer(n, file, q(m, key), min, Integer.MAX_VALUE, diags).orElse(null);
    }

    /** An optional flag, false when absent. */
    private boolean flag(YamlMapping m, String key) {
        Node n = field(m, key, false);
        return n != null && YamlValues.bool(n, file, q(m, key), diags).orElse(false);
    }

    private String oneOf(YamlMapping m, String key, boolean required, List<String> ids) {
        Node n = field(m, key, required);
        return n == null ? null : YamlValues.oneOf(n, file, q(m, key), ids, diags).orElse(null);
    }

    private String q(YamlMapping m, String key) {
        return "'" + m.pathOf(key) + "'";
    }

    private Service service(YamlMapping m) {
        return new Service(text(m, "name", true), text(m, "description", false));
    }

    private Concurrency concurrency(YamlMapping m) {
        Integer conns = integer(m, "peakConcurrentConnections", true, 0);
        Integer rps = integer(m, "peakRequestsPerSecond", true, 0);
        boolean longLived = flag(m, "longLivedConnections");
        Integer latency = integer(m, "latencyTargetMs", false, 1);
        return new Concurrency(conns == null ? 0 : conns, rps == null ? 0 : rps, longLived, latency);
    }

    private Io io(YamlMapping m) {
        String profile = oneOf(m, "profile", true, IoProfile.ids());
        Node share = field(m, "cpuWorkShare", false);
        Double cpuWorkShare = share == null ? null
                : YamlValues.number(share, file, q(m, "cpuWorkShare"), 0, false, 1, diags).orElse(null);
        boolean streaming = flag(m, "streaming");
        return new Io(profile == null ? null : IoProfile.fromId(profile), cpuWorkShare, streaming);
    }

    private Team team(YamlMapping m) {
        Integer size = integer(m, "size", false, 1);
        Map<String, Integer> skills = new LinkedHashMap<>();
        Entry e = m.require("skills", diags).orElse(null);
        if (e != null) {
            locations.put("team.skills", e.keyAt());
            YamlMapping sm = e.value() instanceof SequenceNode list ? skillsAsList(list)
                    : YamlMapping.of(e.value(), file, "team.skills", diags).orElse(null);
            for (Entry s : sm == null ? List.<Entry>of() : sm.entries()) {
                locations.put("team.skills." + s.key(), s.keyAt());
                // null only when invalid (reported), so only in a descriptor with errors
                String what = "skill level of '" + s.key() + "'";
                String named = DescriptorHints.skillLevelWord(s.value());
                if (named != null) { // the scale's word for a level: 'expert'
                    diags.error(SafeYaml.at(file, s.value()), what + " must be a whole number from 0 to 5, not "
                            + YamlValues.kind(s.value()) + named);
                    skills.put(s.key(), null);
                    continue;
                }
                skills.put(s.key(), YamlValues.integer(s.value(), file, what, 0, 5, diags).orElse(null));
            }
        }
        return new Team(size, Collections.unmodifiableMap(skills));
    }

    /**
     * Skills written as a list of languages: an error that shows the mapping it must be, with the
     * levels left for the team to fill in; always null (nothing is read from the list).
     */
    private YamlMapping skillsAsList(SequenceNode list) {
        diags.error(SafeYaml.at(file, list), "'team.skills' must map each language to a level from 0 (none) to 5"
                + " (expert), not be a list" + DescriptorHints.skillsAsMapping(list));
        return null;
    }

    private Libraries libraries(YamlMapping m) {
        List<String> needs = idList(m, "needs");
        List<String> mustHave = idList(m, "mustHave");
        Set<String> all = new LinkedHashSet<>(needs);
        // needs that are not a list are an error of their own, which says what they should be
        Optional<Entry> needsEntry = m.get("needs");
        boolean needsRead = needsEntry.isEmpty() || needsEntry.get().value() instanceof SequenceNode;
        for (int i = 0; i < mustHave.size(); i++) {
            String item = mustHave.get(i);
            if (needs.contains(item)) continue;
            if (needsRead) {
                diags.warning(locations.get("libraries.mustHave[" + i + "]"), "'" + item
                        + "' is in 'libraries.mustHave' but not in 'libraries.needs'; it is treated as needed too");
            }
            all.add(item);
        }
        return new Libraries(List.copyOf(all), mustHave);
    }

    private List<String> idList(YamlMapping m, String key) {
        List<String> out = new ArrayList<>();
        Entry e = m.get(key).orElse(null);
        if (e == null) return List.of();
        locations.put("libraries." + key, SafeYaml.at(file, e.value()));
        List<Node> items = YamlValues.list(reshaped("libraries." + key, e.value()), file, q(m, key), diags)
                .orElse(List.of());
        for (Node item : items) {
            String v = YamlValues.string(item, file, "an entry of " + q(m, key), diags).orElse(null);
            if (v == null) continue;
            if (out.contains(v)) {
                diags.warning(SafeYaml.at(file, item), "'" + v + "' is listed twice in " + q(m, key));
            } else {
                // keyed by the place in the list as read, which drops repeats and entries that are not text
                locations.put("libraries." + key + "[" + out.size() + "]", SafeYaml.at(file, item));
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    private Deployment deployment(YamlMapping m) {
        Node targetNode = field(m, "target", false);
        String target = targetNode == null ? null : YamlValues.oneOf(targetNode, file, q(m, "target"),
                DeploymentTarget.ids(), DeploymentTarget.PLATFORMS, diags).orElse(null);
        return new Deployment(target == null ? DeploymentTarget.CONTAINERS : DeploymentTarget.fromId(target),
                flag(m, "coldStartSensitive"));
    }

    private Map<String, Double> weights(YamlMapping m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            locations.put("weights." + e.key(), e.keyAt());
            if (e.value() instanceof ScalarNode n && n.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
                    && isZero(n.getValue())) {
                // written to leave the criterion out, which the scores cannot do: say what comes closest
                diags.error(SafeYaml.at(file, n), "weight of '" + e.key() + "' is " + n.getValue() + "; it must be a number > 0, since every"
                        + " criterion counts; to make it count for little, give it a small weight such as 0.1");
                out.put(e.key(), null);
                continue;
            }
            // null only when invalid (reported), so only in a descriptor with errors
            out.put(e.key(), YamlValues.number(e.value(), file, "weight of '" + e.key() + "'", 0, true,
                    DescriptorFormat.MAX_WEIGHT, diags).orElse(null));
        }
        return Collections.unmodifiableMap(out);
    }

    /** Whether a plain value is written as zero ("0", "0.0", "0."), without a pattern in every module. */
    private static boolean isZero(String text) {
        int dot = text.indexOf('.');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '0' && i != dot) return false;
        }
        return !text.isEmpty() && dot != 0;
    }

    private Decision decision(YamlMapping m) {
        String chosen = text(m, "chosen", false);
        List<Waiver> waivers = new ArrayList<>();
        Entry e = m.get("waivers").orElse(null);
        List<Node> items;
        if (e != null && e.value() instanceof ScalarNode s && DescriptorHints.ruleId(s)) {
            // a rule's id alone: a list of it would be no better, as each waiver needs a reason and a date
            diags.error(SafeYaml.at(file, e.value()), "'decision.waivers' must be a list of waivers, not "
                    + YamlValues.kind(e.value()) + "; " + DescriptorHints.waiverForm(s.getValue().strip()));
            items = List.of();
        } else {
            items = e == null ? List.of()
                    : YamlValues.list(reshaped("decision.waivers", e.value()), file, q(m, "waivers"), diags)
                            .orElse(List.of());
        }
        Map<String, Position> waived = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            YamlMapping w = null;
            if (items.get(i) instanceof ScalarNode s && DescriptorHints.ruleId(s)) {
                diags.error(SafeYaml.at(file, s), "'decision.waivers[" + i + "]' must be a mapping of keys to values,"
                        + " not " + YamlValues.kind(s) + "; " + DescriptorHints.waiverForm(s.getValue().strip()));
            } else {
                w = YamlMapping.of(items.get(i), file, "decision.waivers[" + i + "]", diags).orElse(null);
            }
            if (w == null) {
                // an entry that is no waiver (reported) keeps its place, so that each later waiver is
                // found at its own index, as its locations are recorded
                waivers.add(new Waiver(null, null, null, SafeYaml.at(file, items.get(i))));
                continue;
            }
            w.rejectUnknownKeys(DescriptorFormat.SECTIONS.get("decision.waivers[]"), DescriptorFormat.elsewhere("decision.waivers[]"),
                    diags);
            locations.put("decision.waivers[" + i + "]", w.position());
            Node rule = field(w, "rule", true);
            Node reason = field(w, "reason", true);
            Node until = field(w, "until", true);
            if (rule instanceof ScalarNode r) {
                // two waivers of one rule, one expired, would both waive the finding and fail check
                Position first = waived.putIfAbsent(r.getValue(), SafeYaml.at(file, r));
                if (first != null) {
                    diags.error(SafeYaml.at(file, r), "rule '" + r.getValue() + "' is waived a second time (first at "
                            + first.line() + ":" + first.column() + "); keep one waiver per rule, with its latest reason"
                            + " and date");
                }
            }
            waivers.add(new Waiver(rule == null ? null : YamlValues.string(rule, file, "'rule' of a waiver", diags).orElse(null),
                    reason == null ? null : YamlValues.string(reason, file, "'reason' of a waiver", diags).orElse(null),
                    until == null ? null : YamlValues.date(until, file, "'until' of a waiver", diags).orElse(null),
                    w.position()));
        }
        return new Decision(chosen, List.copyOf(waivers));
    }
}
