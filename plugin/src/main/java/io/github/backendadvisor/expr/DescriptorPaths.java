package io.github.backendadvisor.expr;

import io.github.backendadvisor.descriptor.DeploymentTarget;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.IoProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Every descriptor field a condition may read, with its type and how to read it. Optional fields
 * without a default are marked: when absent, any comparison with them is false.
 */
public final class DescriptorPaths {

    /**
     * One readable field.
     *
     * @param path the dotted path
     * @param type its type
     * @param enumValues allowed values of an enum-like text field, or an empty list
     * @param optional true when the field has no default and may be absent
     * @param read reads the field: Integer/Double (null when absent), Boolean, String (null when absent) or List
     * @param bool the typed reader of a boolean field, or null
     * @param num the typed reader of a numeric field (NaN when absent), or null
     */
    public record Path(String path, ValueType type, List<String> enumValues, boolean optional,
            Function<Descriptor, Object> read, Predicate<Descriptor> bool, ToDoubleFunction<Descriptor> num) {
    }

    private static final Map<String, Path> PATHS = new LinkedHashMap<>();

    static {
        num("version", false, Descriptor::version, d -> d.version());
        add("service.name", ValueType.STRING, false, d -> d.service().name());
        add("service.description", ValueType.STRING, true, d -> d.service().description());
        num("concurrency.peakConcurrentConnections", false, d -> d.concurrency().peakConcurrentConnections(),
                d -> d.concurrency().peakConcurrentConnections());
        num("concurrency.peakRequestsPerSecond", false, d -> d.concurrency().peakRequestsPerSecond(),
                d -> d.concurrency().peakRequestsPerSecond());
        bool("concurrency.longLivedConnections", d -> d.concurrency().longLivedConnections());
        num("concurrency.latencyTargetMs", true, d -> d.concurrency().latencyTargetMs(), d -> {
            Integer v = d.concurrency().latencyTargetMs();
            return v == null ? Double.NaN : v;
        });
        addEnum("io.profile", IoProfile.ids(), d -> d.io().profile().id());
        decimal("io.cpuWorkShare", d -> d.io().cpuWorkShare(), d -> {
            Double v = d.io().cpuWorkShare();
            return v == null ? Double.NaN : v;
        });
        bool("io.streaming", d -> d.io().streaming());
        num("team.size", true, d -> d.team().size(), d -> {
            Integer v = d.team().size();
            return v == null ? Double.NaN : v;
        });
        add("libraries.needs", ValueType.LIST, false, d -> d.libraries().needs());
        add("libraries.mustHave", ValueType.LIST, false, d -> d.libraries().mustHave());
        addEnum("deployment.target", DeploymentTarget.ids(), d -> d.deployment().target().id());
        bool("deployment.coldStartSensitive", d -> d.deployment().coldStartSensitive());
        add("decision.chosen", ValueType.STRING, true, d -> d.decision().chosen());
    }

    private DescriptorPaths() {
    }

    private static void add(String path, ValueType type, boolean optional, Function<Descriptor, Object> read) {
        PATHS.put(path, new Path(path, type, List.of(), optional, read, null, null));
    }

    private static void bool(String path, Predicate<Descriptor> read) {
        PATHS.put(path, new Path(path, ValueType.BOOLEAN, List.of(), false, read::test, read, null));
    }

    private static void num(String path, boolean optional, Function<Descriptor, Object> read, ToDoubleFunction<Descriptor> num) {
        PATHS.put(path, new Path(path, ValueType.INT, List.of(), optional, read, null, num));
    }

    private static void decimal(String path, Function<Descriptor, Object> read, ToDoubleFunction<Descriptor> num) {
        PATHS.put(path, new Path(path, ValueType.NUMBER, List.of(), true, read, null, num));
    }

    private static void addEnum(String path, List<String> values, Function<Descriptor, Object> read) {
        PATHS.put(path, new Path(path, ValueType.STRING, values, false, read, null, null));
    }

    /** The field at a dotted path, or null. */
    public static Path get(String path) {
        return PATHS.get(path);
    }

    /** Every readable path, in descriptor order. */
    public static Set<String> all() {
        return PATHS.keySet();
    }

    /** The section names (the first part of every path with a dot). */
    public static Set<String> sections() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String p : PATHS.keySet()) {
            int dot = p.indexOf('.');
            if (dot > 0) out.add(p.substring(0, dot));
        }
        return out;
    }
}
