package io.github.backendadvisor.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * What the author of a descriptor most likely meant, for values of the right meaning in the wrong
 * shape: a section given its main field alone, a waiver given as a rule id, a skill given as the
 * word of its level. Only ever added to an error that is reported anyway.
 */
final class DescriptorHints {
    /** The field a section is mostly about, which a hand-written section tends to be given alone. */
    private static final Map<String, String> MAIN_FIELDS = Map.of("service", "name", "io", "profile", "libraries",
            "needs", "deployment", "target");
    /** The words of descriptor.md's skill scale, by level. */
    private static final List<String> SKILL_LEVELS = List.of("none", "aware", "beginner", "competent", "proficient",
            "expert");

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private DescriptorHints() {
    }

    /**
     * The section written out, when it was given the value of its main field alone ({@code io:
     * io-bound}, {@code libraries: [orm]}): {@code io: { profile: io-bound }}; else null.
     */
    static String shorthand(String section, Node value) {
        String key = MAIN_FIELDS.get(section);
        if (key == null) return null;
        if (value instanceof ScalarNode s && !s.getValue().isBlank() && s.getValue().length() <= 60
                && !key.equals("needs")) {
            return section + ": { " + key + ": " + s.getValue().strip() + " }";
        }
        if (value instanceof SequenceNode list && key.equals("needs") && !list.getValue().isEmpty()) {
            List<String> items = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (!(item instanceof ScalarNode s) || s.getValue().isBlank()) return null;
                items.add(s.getValue().strip());
            }
            String joined = String.join(", ", items);
            return joined.length() > 60 ? null : section + ": { " + key + ": [" + joined + "] }";
        }
        return null;
    }

    /** Whether a value has the form of a rule id ({@code python-async-stack-required}), not of prose. */
    static boolean ruleId(ScalarNode value) {
        return RULE_ID.matcher(value.getValue().strip()).matches();
    }

    /** How a waiver is written, for a waiver given as the id of its rule alone. */
    static String waiverForm(String rule) {
        return "each waiver names its rule, why and until when: waivers: [{ rule: " + rule + ", reason: why it is"
                + " accepted, until: 2027-06-30 }]";
    }

    /** " (did you mean 5? the levels are ...)" for a skill written as the word of its level ('expert'), or null. */
    static String skillLevelWord(Node value) {
        // every module reads its skills: a level written as a number is let through without a copy
        if (!(value instanceof ScalarNode s) || s.getValue().isEmpty() || !Character.isLetter(s.getValue().charAt(0))) {
            return null;
        }
        int level = SKILL_LEVELS.indexOf(s.getValue().strip().toLowerCase(Locale.ROOT));
        return level < 0 ? null : " (did you mean " + level + "? the levels are 0 none, 1 aware, 2 beginner,"
                + " 3 competent, 4 proficient, 5 expert)";
    }
}
