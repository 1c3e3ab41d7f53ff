package io.github.backendadvisor.rules;

/**
 * The text of one pack file and the name positions use for it.
 *
 * @param name the file as the user named it, or {@code classpath:...}
 * @param text the YAML text
 * @param base where files named by the pack (test descriptors) are resolved: a directory, or a
 *     {@code classpath:} prefix ending in '/'
 */
public record PackSource(String name, String text, String base) {
}
