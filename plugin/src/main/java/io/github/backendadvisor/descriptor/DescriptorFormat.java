package io.github.backendadvisor.descriptor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys of descriptor format version 1, section by section. The loader rejects every other key;
 * the JSON Schema test checks that the published schema names exactly these.
 */
public final class DescriptorFormat {
    /** The only format version this plugin reads. */
    public static final int VERSION = 1;

    /** Top-level keys. */
    public static final List<String> TOP = List.of("version", "service", "concurrency", "io", "team", "libraries",
            "deployment", "weights", "decision");

    /** Keys of each mapping section; {@code decision.waivers[]} is one waiver. */
    public static final Map<String, List<String>> SECTIONS;

    static {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("service", List.of("name", "description"));
        m.put("concurrency", List.of("peakConcurrentConnections", "peakRequestsPerSecond", "longLivedConnections",
                "latencyTargetMs"));
        m.put("io", List.of("profile", "cpuWorkShare", "streaming"));
        m.put("team", List.of("size", "skills"));
        m.put("libraries", List.of("needs", "mustHave"));
        m.put("deployment", List.of("target", "coldStartSensitive"));
        m.put("decision", List.of("chosen", "waivers"));
        m.put("decision.waivers[]", List.of("rule", "reason", "until"));
        SECTIONS = java.util.Collections.unmodifiableMap(m);
    }

    private DescriptorFormat() {
    }
}
