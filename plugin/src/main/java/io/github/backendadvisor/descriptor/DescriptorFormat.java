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

    /**
     * The largest weight of a criterion, in a rule pack or in a descriptor's {@code weights}: weights
     * are relative, and a bound keeps their sum from overflowing.
     */
    public static final double MAX_WEIGHT = 1000;

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

    /**
     * For each section ("" for the top of the document), where the keys it does not know belong,
     * in words: a section's name below the top ("team" indented under "io"), or a key of another
     * section ("target" in "io", or at the top). Derived once, not in every module.
     */
    private static final Map<String, Map<String, String>> ELSEWHERE;

    static {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        m.put("", placesOutside(""));
        for (String section : SECTIONS.keySet()) m.put(section, placesOutside(section));
        ELSEWHERE = java.util.Collections.unmodifiableMap(m);
    }

    /** Where the keys that {@code section} does not know belong (empty for a section that is not one of SECTIONS). */
    public static Map<String, String> elsewhere(String section) {
        return ELSEWHERE.getOrDefault(section, Map.of());
    }

    private static Map<String, String> placesOutside(String section) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!section.isEmpty()) {
            String under = section.equals("decision.waivers[]") ? "a waiver" : "'" + section + "'";
            for (String key : TOP) {
                out.put(key, "'" + key + "' is a section of its own: start it at the beginning of its line, not"
                        + " indented under " + under);
            }
        }
        for (var e : SECTIONS.entrySet()) {
            if (e.getKey().equals(section)) continue;
            for (String key : e.getValue()) {
                out.putIfAbsent(key, e.getKey().equals("decision.waivers[]") ? "it belongs in a waiver, under 'decision.waivers'"
                        : "it belongs in '" + e.getKey() + "'");
            }
        }
        if (section.equals("decision.waivers[]")) {
            // words people write for a waiver's keys, suggested as a close key would be
            for (String word : List.of("because", "why", "justification", "comment", "note")) out.put(word, "reason");
            for (String word : List.of("expires", "expiry", "expiresOn", "validUntil", "date")) out.put(word, "until");
            for (String word : List.of("id", "ruleId", "finding")) out.put(word, "rule");
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private DescriptorFormat() {
    }
}
