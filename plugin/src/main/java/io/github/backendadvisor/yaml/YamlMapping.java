package io.github.backendadvisor.yaml;

import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read through its node tree, keeping the position of every key and value.
 * Duplicate and non-scalar keys were already rejected by {@link SafeYaml}.
 */
public final class YamlMapping {
    /** One key and its value node. */
    public record Entry(String key, Position keyAt, Node value) {
    }

    private final String file;
    private final String context;
    private final Position at;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    /**
     * Known keys whose absence another error already explains: {@link #rejectUnknownKeys} suggested
     * them for unknown ones, or {@link #explainedElsewhere} was told so.
     */
    private final Set<String> suggested = new HashSet<>();

    private YamlMapping(String file, String context, MappingNode node) {
        this.file = file;
        this.context = context;
        this.at = SafeYaml.at(file, node);
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                entries.putIfAbsent(k.getValue(), new Entry(k.getValue(), SafeYaml.at(file, k), t.getValueNode()));
            }
        }
    }

    /**
     * Reads a node as a mapping; reports an error and returns empty when it is something else.
     *
     * @param context the name of the section, for messages ("concurrency"), or a description of it
     *     ("the descriptor", "exclude of rule 'x'"), which messages do not quote; the keys of a
     *     document ("the ...") are named alone
     */
    public static Optional<YamlMapping> of(Node node, String file, String context, Diagnostics diags) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMapping(file, context, m));
        }
        diags.error(SafeYaml.at(file, node), quoted(context) + " must be a mapping of keys to values, not "
                + YamlValues.kind(node));
        return Optional.empty();
    }

    /** The file this mapping was read from. */
    public String file() {
        return file;
    }

    /** Where this mapping starts. */
    public Position position() {
        return at;
    }

    /** The entry under a key. */
    public Optional<Entry> get(String key) {
        Entry e = entries.get(key);
        if (e == null || YamlValues.isNull(e.value())) {
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /**
     * Records that the absence of {@code key} is explained by an error elsewhere (a section indented
     * under another one), so that {@link #require} adds no "missing" error of its own.
     */
    public void explainedElsewhere(String key) {
        suggested.add(key);
    }

    /**
     * The entry under a key, or an error "missing" at this mapping. When {@link #rejectUnknownKeys}
     * already suggested this key for an unknown one, that error is the one the user needs and no
     * second error is added.
     */
    public Optional<Entry> require(String key, Diagnostics diags) {
        Optional<Entry> e = get(key);
        Entry empty = entries.get(key);
        if (e.isEmpty() && empty != null) {
            // "key:" with nothing after it is YAML's null: the key is there, its value is not
            String named = isDocument(context) || !isDescription(context) ? "'" + pathOf(key) + "'"
                    : "'" + key + "' in " + context;
            diags.error(empty.keyAt(), named + " has no value; it is required");
        } else if (e.isEmpty() && !suggested.contains(key)) {
            diags.error(at, "missing required key '" + key + "' in " + quoted(context));
        }
        return e;
    }

    /** Whether a context describes a whole document ("the descriptor") rather than naming a section. */
    private static boolean isDocument(String context) {
        return context.startsWith("the ");
    }

    /** Whether a context describes its mapping in words rather than naming a section. */
    private static boolean isDescription(String context) {
        return context.indexOf(' ') >= 0;
    }

    /** A context as messages put it: a section's name in quotes, a description as it is. */
    private static String quoted(String context) {
        return isDescription(context) ? context : "'" + context + "'";
    }

    /** A key's dotted path from the top of the document ("concurrency.peakRequestsPerSecond", "version"). */
    public String pathOf(String key) {
        return isDocument(context) ? key : context + "." + key;
    }

    /** All entries in document order. */
    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** Reports every key that is not among {@code known}, suggesting the closest or listing the known ones. */
    public void rejectUnknownKeys(Collection<String> known, Diagnostics diags) {
        rejectUnknownKeys(known, Map.of(), diags);
    }

    /**
     * Reports every key that is not among {@code known}. A key that {@code elsewhere} places is
     * told where it goes (a key of another section, or a section indented under this one);
     * otherwise the closest known key is suggested, or, when none is close, the known keys are
     * listed, in the order of {@code known}.
     *
     * @param elsewhere for keys that belong in another place, that place in words ("it belongs in
     *     'deployment'"); or, for a word people write instead of a known key ("condition" for
     *     "when"), that key, which is suggested as a close one would be
     */
    public void rejectUnknownKeys(Collection<String> known, Map<String, String> elsewhere, Diagnostics diags) {
        for (Entry e : entries.values()) {
            if (known.contains(e.key())) continue;
            String hint = elsewhere.get(e.key());
            if (hint != null && !known.contains(hint)) {
                hint = "; " + hint;
            } else {
                Optional<String> closest = hint != null ? Optional.of(hint) : Suggestions.closest(e.key(), known);
                closest.ifPresent(suggested::add);
                hint = closest.isPresent() || known.isEmpty() ? Suggestions.didYouMean(closest)
                        : "; known keys: " + String.join(", ", known);
            }
            diags.error(e.keyAt(), "unknown key '" + e.key() + "' in " + quoted(context) + hint);
        }
    }
}
