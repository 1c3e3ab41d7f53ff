package io.github.backendadvisor.diag;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the build configuration sets the parameters a message can be about: the position of each
 * one a POM sets (the module's, or a parent's), and the module's POM, whose start names the others
 * (a parameter set by a property on the command line, or not set at all).
 *
 * @param file how positions name the module's POM
 * @param set the position of each parameter a POM sets, by parameter name
 * @param properties the property that set each parameter no POM sets, by parameter name (a
 *     {@code -Dname=value} on the command line, or a property of the POM), which messages about
 *     its value name, since they can point at no line of their own
 */
public record ConfigPlaces(String file, Map<String, Position> set, Map<String, String> properties) {

    /** Copies both maps, sorted, so that equal places compare and print equal. */
    public ConfigPlaces {
        set = set.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(set));
        properties = properties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(properties));
    }

    /** The places of parameters a POM sets; none set by a property. */
    public ConfigPlaces(String file, Map<String, Position> set) {
        this(file, set, Map.of());
    }

    /** A configuration file that places no parameter. */
    public static ConfigPlaces of(String file) {
        return new ConfigPlaces(file, Map.of());
    }

    /**
     * What a message about {@code parameter}'s value adds to say where the value came from: "
     * (set by the property backendAdvisor.candidates)" when a property set it, else nothing (a POM
     * set it, and the message stands at its line).
     */
    public String setBy(String parameter) {
        String property = properties.get(parameter);
        return property == null ? "" : " (set by the property " + property + ")";
    }

    /** Where {@code parameter} is set, or the start of the file. */
    public Position at(String parameter) {
        Position p = set.get(parameter);
        return p != null ? p : Position.start(file);
    }

    /** The file and every position, as one text (part of the compiled packs' cache key and fingerprint). */
    public String key() {
        StringBuilder s = new StringBuilder(file);
        for (Map.Entry<String, Position> e : set.entrySet()) {
            s.append(' ').append(e.getKey()).append('@').append(e.getValue());
        }
        for (Map.Entry<String, String> e : properties.entrySet()) {
            s.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        return s.toString();
    }

    // equals and hashCode written out, as RuleSetBuilder.Options' are: a record's generated ones are
    // bound through method handles on first use, which a cold build JVM pays for in its first module

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigPlaces x && Objects.equals(x.file, file) && x.set.equals(set)
                && x.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(file) * 31 + set.hashCode()) * 31 + properties.hashCode();
    }
}
