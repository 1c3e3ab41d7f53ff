package io.github.backendadvisor.yaml;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's resolver, remembering the tag of each short plain scalar it resolved. The same keys
 * and words recur in every module's descriptor ({@code service}, {@code team}, {@code io-bound},
 * {@code 0.5}), and a tag depends on the value alone, so each is matched against SnakeYAML's
 * patterns once per build. Safe to share between threads, so one serves every document.
 */
final class ScalarResolver extends Resolver {
    /** Longest value remembered, and how many are: a bound for a JVM that outlives many builds. */
    private static final int REMEMBERED_LENGTH = 40;
    private static final int REMEMBERED_VALUES = 4096;

    private final Map<String, Tag> remembered = new ConcurrentHashMap<>();

    /** The tag of a plain scalar: what {@code resolve(NodeId.scalar, value, true)} gives. */
    Tag plain(String value) {
        if (value.length() > REMEMBERED_LENGTH) return resolve(NodeId.scalar, value, true);
        Tag tag = remembered.get(value);
        if (tag == null) {
            tag = resolve(NodeId.scalar, value, true);
            if (remembered.size() < REMEMBERED_VALUES) remembered.put(value, tag);
        }
        return tag;
    }
}
