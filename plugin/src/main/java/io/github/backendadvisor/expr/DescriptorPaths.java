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

    // the fields by number, for Reader
    private static final int VERSION = 0;
    private static final int SERVICE_NAME = 1;
    private static final int SERVICE_DESCRIPTION = 2;
    private static final int PEAK_CONNECTIONS = 3;
    private static final int PEAK_REQUESTS = 4;
    private static final int LONG_LIVED = 5;
    private static final int LATENCY_TARGET = 6;
    private static final int IO_PROFILE = 7;
    private static final int CPU_WORK_SHARE = 8;
    private static final int STREAMING = 9;
    private static final int TEAM_SIZE = 10;
    private static final int NEEDS = 11;
    private static final int MUST_HAVE = 12;
    private static final int TARGET = 13;
    private static final int COLD_START = 14;
    private static final int CHOSEN = 15;

    static {
        add("version", VERSION, ValueType.INT, false, List.of());
        add("service.name", SERVICE_NAME, ValueType.STRING, false, List.of());
        add("service.description", SERVICE_DESCRIPTION, ValueType.STRING, true, List.of());
        add("concurrency.peakConcurrentConnections", PEAK_CONNECTIONS, ValueType.INT, false, List.of());
        add("concurrency.peakRequestsPerSecond", PEAK_REQUESTS, ValueType.INT, false, List.of());
        add("concurrency.longLivedConnections", LONG_LIVED, ValueType.BOOLEAN, false, List.of());
        add("concurrency.latencyTargetMs", LATENCY_TARGET, ValueType.INT, true, List.of());
        add("io.profile", IO_PROFILE, ValueType.STRING, false, IoProfile.ids());
        add("io.cpuWorkShare", CPU_WORK_SHARE, ValueType.NUMBER, true, List.of());
        add("io.streaming", STREAMING, ValueType.BOOLEAN, false, List.of());
        add("team.size", TEAM_SIZE, ValueType.INT, true, List.of());
        add("libraries.needs", NEEDS, ValueType.LIST, false, List.of());
        add("libraries.mustHave", MUST_HAVE, ValueType.LIST, false, List.of());
        add("deployment.target", TARGET, ValueType.STRING, false, DeploymentTarget.ids());
        add("deployment.coldStartSensitive", COLD_START, ValueType.BOOLEAN, false, List.of());
        add("decision.chosen", CHOSEN, ValueType.STRING, true, List.of());
    }

    private DescriptorPaths() {
    }

    private static void add(String path, int field, ValueType type, boolean optional, List<String> enumValues) {
        Reader r = new Reader(field);
        boolean numeric = type == ValueType.INT || type == ValueType.NUMBER;
        PATHS.put(path, new Path(path, type, enumValues, optional, r, type == ValueType.BOOLEAN ? r : null,
                numeric ? r : null));
    }

    /**
     * Reads one field, chosen by its number: one small class for every path rather than a lambda
     * per path, which the JVM would spin as a class of its own on first use (two dozen of them, and
     * method-handle forms for the typed ones), all in the first module of a build. A record, so
     * that in a method-handle tree (see {@link Handles}) the JIT may take the number as a constant.
     */
    private record Reader(int field) implements Function<Descriptor, Object>, Predicate<Descriptor>,
            ToDoubleFunction<Descriptor> {

        /** Integer or Double (null when absent), Boolean, String (null when absent) or List. */
        @Override
        public Object apply(Descriptor d) {
            return switch (field) {
                case VERSION -> d.version();
                case SERVICE_NAME -> d.service().name();
                case SERVICE_DESCRIPTION -> d.service().description();
                case PEAK_CONNECTIONS -> d.concurrency().peakConcurrentConnections();
                case PEAK_REQUESTS -> d.concurrency().peakRequestsPerSecond();
                case LONG_LIVED, STREAMING, COLD_START -> test(d);
                case LATENCY_TARGET -> d.concurrency().latencyTargetMs();
                case IO_PROFILE -> d.io().profile().id();
                case CPU_WORK_SHARE -> d.io().cpuWorkShare();
                case TEAM_SIZE -> d.team().size();
                case NEEDS -> d.libraries().needs();
                case MUST_HAVE -> d.libraries().mustHave();
                case TARGET -> d.deployment().target().id();
                case CHOSEN -> d.decision().chosen();
                default -> throw new IllegalStateException("no descriptor field " + field);
            };
        }

        @Override
        public boolean test(Descriptor d) {
            return switch (field) {
                case LONG_LIVED -> d.concurrency().longLivedConnections();
                case STREAMING -> d.io().streaming();
                case COLD_START -> d.deployment().coldStartSensitive();
                default -> throw new IllegalStateException("not a boolean field: " + field);
            };
        }

        /** A numeric field, NaN when absent. */
        @Override
        public double applyAsDouble(Descriptor d) {
            return switch (field) {
                case VERSION -> d.version();
                case PEAK_CONNECTIONS -> d.concurrency().peakConcurrentConnections();
                case PEAK_REQUESTS -> d.concurrency().peakRequestsPerSecond();
                case LATENCY_TARGET -> orNaN(d.concurrency().latencyTargetMs());
                case CPU_WORK_SHARE -> orNaN(d.io().cpuWorkShare());
                case TEAM_SIZE -> orNaN(d.team().size());
                default -> throw new IllegalStateException("not a numeric field: " + field);
            };
        }

        private static double orNaN(Number v) {
            return v == null ? Double.NaN : v.doubleValue();
        }
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
