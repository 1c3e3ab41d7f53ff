package io.github.backendadvisor.rules;

import java.util.Objects;

/**
 * The text of one pack file and the name positions use for it.
 *
 * @param name the file as the user named it, or {@code classpath:...}
 * @param text the YAML text
 * @param base where files named by the pack (test descriptors) are resolved: a directory, or a
 *     {@code classpath:} prefix ending in '/'
 */
public record PackSource(String name, String text, String base) {
    // equals and hashCode written out: a record's generated ones are bound through method handles on
    // first use, which in a cold build JVM costs far more than these few comparisons; a source is
    // compared for every module's cache lookup

    @Override
    public boolean equals(Object o) {
        return o instanceof PackSource s && Objects.equals(s.name, name) && Objects.equals(s.text, text)
                && Objects.equals(s.base, base);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(name) * 31 + Objects.hashCode(text)) * 31 + Objects.hashCode(base);
    }
}
