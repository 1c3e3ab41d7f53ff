package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.descriptor.Descriptor.Concurrency;
import io.github.backendadvisor.descriptor.Descriptor.Decision;
import io.github.backendadvisor.descriptor.Descriptor.Deployment;
import io.github.backendadvisor.descriptor.Descriptor.Io;
import io.github.backendadvisor.descriptor.Descriptor.Libraries;
import io.github.backendadvisor.descriptor.Descriptor.Service;
import io.github.backendadvisor.descriptor.Descriptor.Team;
import io.github.backendadvisor.descriptor.Descriptor.Waiver;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.yaml.SafeYaml;
import io.github.backendadvisor.yaml.YamlMapping;
import io.github.backendadvisor.yaml.YamlMapping.Entry;
import io.github.backendadvisor.yaml.YamlValues;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.nodes.Node;

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

    /** Loads a descriptor file; {@code displayName} is how positions name it. */
    public static Result<Descriptor> load(Path path, String displayName) {
        DescriptorLoader loader = new DescriptorLoader(displayName);
        Optional<Node> root = SafeYaml.read(path, displayName, loader.diags);
        return loader.finish(root);
    }

    /** Loads descriptor text; {@code displayName} is how positions name it. */
    public static Result<Descriptor> parse(String text, String displayName) {
        DescriptorLoader loader = new DescriptorLoader(displayName);
        Optional<Node> root = SafeYaml.compose(text, displayName, loader.diags);
        return loader.finish(root);
    }

    /** Loads a descriptor from an already composed YAML node (an inline descriptor in a pack test). */
    public static Result<Descriptor> fromNode(Node node, String displayName) {
        return new DescriptorLoader(displayName).finish(Optional.of(node));
    }

    private Result<Descriptor> finish(Optional<Node> root) {
        Descriptor d = null;
        try {
            d = root.flatMap(r -> YamlMapping.of(r, file, "the descriptor", diags)).map(this::document).orElse(null);
        } catch (RuntimeException e) {
            // a bug of ours must not become a stack trace for the user
            diags.error(Position.start(file), "internal error while reading the descriptor: " + e);
        }
        return Result.of(d, diags.sorted());
    }

    private Descriptor document(YamlMapping top) {
        top.rejectUnknownKeys(DescriptorFormat.TOP, diags);
        Integer version = top.require("version", diags)
                .flatMap(e -> YamlValues.integer(e.value(), file, "'version'", Integer.MIN_VALUE, Integer.MAX_VALUE, diags)
                        .filter(v -> checkVersion(v, e)))
                .orElse(null);
        Service service = section(top, "service", true).map(this::service).orElse(null);
        Concurrency concurrency = section(top, "concurrency", true).map(this::concurrency).orElse(null);
        Io io = section(top, "io", true).map(this::io).orElse(null);
        Team team = section(top, "team", true).map(this::team).orElse(null);
        Libraries libraries = section(top, "libraries", false).map(this::libraries)
                .orElse(new Libraries(List.of(), List.of()));
        Deployment deployment = section(top, "deployment", false).map(this::deployment)
                .orElse(new Deployment(DeploymentTarget.CONTAINERS, false));
        Map<String, Double> weights = section(top, "weights", false).map(this::weights).orElse(Map.of());
        Decision decision = section(top, "decision", false).map(this::decision).orElse(new Decision(null, List.of()));
        if (diags.hasErrors()) {
            return null;
        }
        return new Descriptor(file, version, service, concurrency, io, team, libraries, deployment, weights, decision,
                Collections.unmodifiableMap(new LinkedHashMap<>(locations)));
    }

    private boolean checkVersion(int v, Entry e) {
        locations.put("version", SafeYaml.at(file, e.value()));
        if (v != DescriptorFormat.VERSION) {
            diags.error(SafeYaml.at(file, e.value()), "descriptor format version " + v
                    + " is not supported; this plugin reads version " + DescriptorFormat.VERSION);
            return false;
        }
        return true;
    }

    private Optional<YamlMapping> section(YamlMapping top, String name, boolean required) {
        Optional<Entry> e = required ? top.require(name, diags) : top.get(name);
        return e.flatMap(entry -> {
            locations.put(name, entry.keyAt());
            Optional<YamlMapping> m = YamlMapping.of(entry.value(), file, name, diags);
            List<String> keys = DescriptorFormat.SECTIONS.get(name);
            if (keys != null) { // 'weights' is keyed by criterion ids, checked against the packs later
                m.ifPresent(mm -> mm.rejectUnknownKeys(keys, diags));
            }
            return m;
        });
    }

    private <T> Optional<T> field(YamlMapping m, String key, boolean required,
            java.util.function.Function<Node, Optional<T>> read) {
        Optional<Entry> e = required ? m.require(key, diags) : m.get(key);
        return e.flatMap(entry -> {
            locations.put(m.context() + "." + key, SafeYaml.at(file, entry.value()));
            return read.apply(entry.value());
        });
    }

    private String q(YamlMapping m, String key) {
        return "'" + m.context() + "." + key + "'";
    }

    private Service service(YamlMapping m) {
        String name = field(m, "name", true, n -> YamlValues.string(n, file, q(m, "name"), diags)).orElse(null);
        String description = field(m, "description", false, n -> YamlValues.string(n, file, q(m, "description"), diags))
                .orElse(null);
        return new Service(name, description);
    }

    private Concurrency concurrency(YamlMapping m) {
        int conns = field(m, "peakConcurrentConnections", true, n -> intAtLeast(n, q(m, "peakConcurrentConnections"), 0)).orElse(0);
        int rps = field(m, "peakRequestsPerSecond", true, n -> intAtLeast(n, q(m, "peakRequestsPerSecond"), 0)).orElse(0);
        boolean longLived = field(m, "longLivedConnections", false, n -> YamlValues.bool(n, file, q(m, "longLivedConnections"), diags))
                .orElse(false);
        Integer latency = field(m, "latencyTargetMs", false, n -> intAtLeast(n, q(m, "latencyTargetMs"), 1)).orElse(null);
        return new Concurrency(conns, rps, longLived, latency);
    }

    private Optional<Integer> intAtLeast(Node n, String what, int min) {
        return YamlValues.integer(n, file, what, min, Integer.MAX_VALUE, diags);
    }

    private Io io(YamlMapping m) {
        IoProfile profile = field(m, "profile", true, n -> YamlValues.oneOf(n, file, q(m, "profile"), IoProfile.ids(), diags))
                .map(IoProfile::fromId).orElse(null);
        Double share = field(m, "cpuWorkShare", false, n -> YamlValues.number(n, file, q(m, "cpuWorkShare"), 0, false, 1, diags))
                .orElse(null);
        boolean streaming = field(m, "streaming", false, n -> YamlValues.bool(n, file, q(m, "streaming"), diags)).orElse(false);
        return new Io(profile, share, streaming);
    }

    private Team team(YamlMapping m) {
        Integer size = field(m, "size", false, n -> intAtLeast(n, q(m, "size"), 1)).orElse(null);
        Map<String, Integer> skills = new LinkedHashMap<>();
        m.require("skills", diags).ifPresent(e -> {
            locations.put("team.skills", e.keyAt());
            YamlMapping.of(e.value(), file, "team.skills", diags).ifPresent(sm -> {
                for (Entry s : sm.entries()) {
                    locations.put("team.skills." + s.key(), s.keyAt());
                    YamlValues.integer(s.value(), file, "skill level of '" + s.key() + "'", 0, 5, diags)
                            .ifPresent(level -> skills.put(s.key(), level));
                }
            });
        });
        return new Team(size, Collections.unmodifiableMap(skills));
    }

    private Libraries libraries(YamlMapping m) {
        List<String> needs = idList(m, "needs");
        List<String> mustHave = idList(m, "mustHave");
        Set<String> all = new LinkedHashSet<>(needs);
        for (int i = 0; i < mustHave.size(); i++) {
            String item = mustHave.get(i);
            if (!needs.contains(item)) {
                diags.warning(locations.get("libraries.mustHave[" + i + "]"), "'" + item
                        + "' is in 'libraries.mustHave' but not in 'libraries.needs'; it is treated as needed too");
                all.add(item);
            }
        }
        return new Libraries(List.copyOf(all), mustHave);
    }

    private List<String> idList(YamlMapping m, String key) {
        List<String> out = new ArrayList<>();
        m.get(key).ifPresent(e -> {
            locations.put("libraries." + key, SafeYaml.at(file, e.value()));
            YamlValues.list(e.value(), file, q(m, key), diags).ifPresent(items -> {
                for (int i = 0; i < items.size(); i++) {
                    Node item = items.get(i);
                    String path = "libraries." + key + "[" + i + "]";
                    locations.put(path, SafeYaml.at(file, item));
                    YamlValues.string(item, file, "an entry of " + q(m, key), diags).ifPresent(v -> {
                        if (out.contains(v)) {
                            diags.warning(SafeYaml.at(file, item), "'" + v + "' is listed twice in " + q(m, key));
                        } else {
                            out.add(v);
                        }
                    });
                }
            });
        });
        return List.copyOf(out);
    }

    private Deployment deployment(YamlMapping m) {
        DeploymentTarget target = field(m, "target", false,
                n -> YamlValues.oneOf(n, file, q(m, "target"), DeploymentTarget.ids(), diags))
                .map(DeploymentTarget::fromId).orElse(DeploymentTarget.CONTAINERS);
        boolean cold = field(m, "coldStartSensitive", false, n -> YamlValues.bool(n, file, q(m, "coldStartSensitive"), diags))
                .orElse(false);
        return new Deployment(target, cold);
    }

    private Map<String, Double> weights(YamlMapping m) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Entry e : m.entries()) {
            locations.put("weights." + e.key(), e.keyAt());
            YamlValues.number(e.value(), file, "weight of '" + e.key() + "'", 0, true, Double.POSITIVE_INFINITY, diags)
                    .ifPresent(w -> out.put(e.key(), w));
        }
        return Collections.unmodifiableMap(out);
    }

    private Decision decision(YamlMapping m) {
        String chosen = field(m, "chosen", false, n -> YamlValues.string(n, file, q(m, "chosen"), diags)).orElse(null);
        List<Waiver> waivers = new ArrayList<>();
        m.get("waivers").ifPresent(e -> YamlValues.list(e.value(), file, q(m, "waivers"), diags).ifPresent(items -> {
            for (int i = 0; i < items.size(); i++) {
                int index = i;
                YamlMapping.of(items.get(i), file, "decision.waivers[" + i + "]", diags).ifPresent(w -> {
                    w.rejectUnknownKeys(DescriptorFormat.SECTIONS.get("decision.waivers[]"), diags);
                    String prefix = "decision.waivers[" + index + "]";
                    locations.put(prefix, w.position());
                    String rule = field(w, "rule", true, n -> YamlValues.string(n, file, "'rule' of a waiver", diags)).orElse(null);
                    String reason = field(w, "reason", true, n -> YamlValues.string(n, file, "'reason' of a waiver", diags)).orElse(null);
                    LocalDate until = field(w, "until", true, n -> YamlValues.date(n, file, "'until' of a waiver", diags)).orElse(null);
                    waivers.add(new Waiver(rule, reason, until, w.position()));
                });
            }
        }));
        return new Decision(chosen, List.copyOf(waivers));
    }
}
