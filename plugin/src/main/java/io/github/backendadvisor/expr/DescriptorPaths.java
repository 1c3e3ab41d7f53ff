package io.github.backendadvisor.expr;

import io.github.backendadvisor.descriptor.DeploymentTarget;
import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.IoProfile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
     */
    public record Path(String path, ValueType type, List<String> enumValues, boolean optional,
            Function<Descriptor, Object> read) {
    }

    private static final Map<String, Path> PATHS = new LinkedHashMap<>();

    static {
        add("version", ValueType.INT, false, Descriptor::version);
        add("service.name", ValueType.STRING, false, d -> d.service().name());
        add("service.description", ValueType.STRING, true, d -> d.service().description());
        add("concurrency.peakConcurrentConnections", ValueType.INT, false, d -> d.concurrency().peakConcurrentConnections());
        add("concurrency.peakRequestsPerSecond", ValueType.INT, false, d -> d.concurrency().peakRequestsPerSecond());
        add("concurrency.longLivedConnections", ValueType.BOOLEAN, false, d -> d.concurrency().longLivedConnections());
        add("concurrency.latencyTargetMs", ValueType.INT, true, d -> d.concurrency().latencyTargetMs());
        addEnum("io.profile", IoProfile.ids(), d -> d.io().profile().id());
        add("io.cpuWorkShare", ValueType.NUMBER, true, d -> d.io().cpuWorkShare());
        add("io.streaming", ValueType.BOOLEAN, false, d -> d.io().streaming());
        add("team.size", ValueType.INT, true, d -> d.team().size());
        add("libraries.needs", ValueType.LIST, false, d -> d.libraries().needs());
        add("libraries.mustHave", ValueType.LIST, false, d -> d.libraries().mustHave());
        addEnum("deployment.target", DeploymentTarget.ids(), d -> d.deployment().target().id());
        add("deployment.coldStartSensitive", ValueType.BOOLEAN, false, d -> d.deployment().coldStartSensitive());
        add("decision.chosen", ValueType.STRING, true, d -> d.decision().chosen());
    }

    private DescriptorPaths() {
    }

    private static void add(String path, ValueType type, boolean optional, Function<Descriptor, Object> read) {
        PATHS.put(path, new Path(path, type, List.of(), optional, read));
    }

    private static void addEnum(String path, List<String> values, Function<Descriptor, Object> read) {
        PATHS.put(path, new Path(path, ValueType.STRING, values, false, read));
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
