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
 */
public record ConfigPlaces(String file, Map<String, Position> set) {

    /** Copies {@code set}, sorted, so that equal places compare and print equal. */
    public ConfigPlaces {
        set = set.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(set));
    }

    /** A configuration file that places no parameter. */
    public static ConfigPlaces of(String file) {
        return new ConfigPlaces(file, Map.of());
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
        return s.toString();
    }

    // equals and hashCode written out, as RuleSetBuilder.Options' are: a record's generated ones are
    // bound through method handles on first use, which a cold build JVM pays for in its first module

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigPlaces x && Objects.equals(x.file, file) && x.set.equals(set);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(file) * 31 + set.hashCode();
    }
}
