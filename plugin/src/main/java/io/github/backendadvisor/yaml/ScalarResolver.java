package io.github.backendadvisor.yaml;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, with a shortcut for the tag of a plain scalar. SnakeYAML picks its
 * patterns by the value's first character; a value whose first character selects none is tried
 * only against the catch-all patterns, and in SnakeYAML those match the empty value alone. So a
 * non-empty value starting with such a character is a string, and the shortcut says so without a
 * pattern: most keys and words of a descriptor ({@code service}, {@code peakRequestsPerSecond},
 * {@code io-bound}). The characters are read from this resolver's own table when it is built, and
 * the shortcut is off unless the catch-all list holds one pattern, as SnakeYAML's does
 * ({@code ScalarResolverTest} compares both on every first character). Any other short value
 * is resolved once and remembered: the same keys and words recur in every module's descriptor
 * ({@code team}, {@code target}, {@code typescript}, {@code 0.5}), and a tag depends on the value
 * alone. Safe to share between threads, so one serves every document.
 */
final class ScalarResolver extends Resolver {
    /** Longest value remembered, and how many are: a bound for a JVM that outlives many builds. */
    private static final int REMEMBERED_LENGTH = 40;
    private static final int REMEMBERED_VALUES = 4096;

    /** ASCII first characters that select no pattern of their own. */
    private final boolean[] unkeyed = new boolean[128];
    private final Map<String, Tag> remembered = new ConcurrentHashMap<>();

    ScalarResolver() {
        List<?> catchAll = yamlImplicitResolvers.get(null);
        boolean oneCatchAll = catchAll == null || catchAll.size() == 1;
        for (char c = 0; c < unkeyed.length; c++) {
            unkeyed[c] = oneCatchAll && !yamlImplicitResolvers.containsKey(c);
        }
    }

    /** The tag of a plain scalar: what {@code resolve(NodeId.scalar, value, true)} gives. */
    Tag plain(String value) {
        if (!value.isEmpty()) {
            char first = value.charAt(0);
            if (first < unkeyed.length && unkeyed[first]) return Tag.STR;
        }
        if (value.length() > REMEMBERED_LENGTH) return resolve(NodeId.scalar, value, true);
        Tag tag = remembered.get(value);
        if (tag == null) {
            tag = resolve(NodeId.scalar, value, true);
            if (remembered.size() < REMEMBERED_VALUES) remembered.put(value, tag);
        }
        return tag;
    }
}
