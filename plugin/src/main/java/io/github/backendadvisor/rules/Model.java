package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Position;
import java.util.List;
import java.util.Map;

/** The records of a rule pack as read from YAML (see rules.md), before merging and compiling. */
public final class Model {
    private Model() {
    }

    /**
     * What the four kinds of definition a later pack can replace have in common: candidates,
     * criteria, capabilities and rules, each keyed by its id when packs are merged.
     */
    public sealed interface Definition permits Candidate, Criterion, Capability, Rule {
        /** The id the definition is merged under. */
        String id();

        /** Whether it replaces a definition of the same id from an earlier pack. */
        boolean replaces();

        /** Where it is defined. */
        Position at();
    }

    /** A pack's identity; {@code at} is where its id is written (the file's start when it has none). */
    public record PackInfo(String id, String title, String revision, String source, Position at) {
    }

    /** A backend candidate; {@code refs} holds where each of its languages is named ({@code languages.go}). */
    public record Candidate(String id, String title, List<String> languages, boolean replaces, Position at, Refs refs)
            implements Definition {
    }

    /** Where the parts of a definition stand, keyed like {@code effects.team.nodejs} or {@code support.go}. */
    public record Refs(Map<String, Position> at) {

        /** The position of a part, or {@code fallback}. */
        public Position get(String key, Position fallback) {
            return at.getOrDefault(key, fallback);
        }
    }

    /** A criterion; {@code value} is null when it starts at 0.5. */
    public record Criterion(String id, String title, double weight, ExprSource value, String because,
            List<String> sources, boolean replaces, Position at) implements Definition {
    }

    /** A capability's support for one candidate. */
    public record Support(Level level, List<String> packages) {
    }

    /** A library capability with its support per candidate (absent candidates have none). */
    public record Capability(String id, String title, Map<String, Support> support, String because,
            List<String> sources, boolean replaces, Position at, Refs refs) implements Definition {

        /** The support level for a candidate; {@code NONE} when the pack says nothing. */
        public Level level(String candidate) {
            Support s = support.get(candidate);
            return s == null ? Level.NONE : s.level();
        }
    }

    /** Severity of a rule's finding. */
    public enum FindingSeverity {
        INFO, WARNING, ERROR;

        /** The id used in packs and reports. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a rule reports when it fires. */
    public record Finding(FindingSeverity severity, String message) {
    }

    /**
     * A rule.
     *
     * @param effects criterion id to candidate id to delta
     * @param exclude candidate id to reason
     */
    public record Rule(String id, String title, ExprSource when, Map<String, Map<String, Double>> effects,
            Map<String, String> exclude, Finding finding, String because, List<String> sources, boolean replaces,
            String pack, Position at, Refs refs) implements Definition {
    }

    /** What a pack test expects; absent lists are not checked. */
    public record Expect(String recommendation, String status, List<String> excluded, List<String> fired,
            List<String> notFired) {
    }

    /**
     * A pack test: a descriptor (inline, or a file relative to the pack) and what must come out.
     *
     * @param descriptorFile the path of the descriptor file, or null when inline
     * @param inline the inline descriptor node, or null
     * @param packFile the display name of the pack file
     * @param base where {@code descriptorFile} is resolved (see {@link PackSource#base()})
     */
    public record PackTest(String name, String descriptorFile, org.yaml.snakeyaml.nodes.Node inline, Expect expect, String pack,
            String packFile, String base, Position at) {
    }

    /** A whole pack as read from one file. */
    public record Pack(PackInfo info, List<String> languages, List<Candidate> candidates, List<Criterion> criteria,
            List<Capability> capabilities, List<Rule> rules, List<PackTest> tests) {
    }
}
