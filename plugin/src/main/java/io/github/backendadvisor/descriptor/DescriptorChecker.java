package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks the ids a descriptor uses (languages, capabilities, criteria, candidates, rules) against the packs. */
public final class DescriptorChecker {
    private DescriptorChecker() {
    }

    /**
     * Every id in the descriptor that no pack in use defines, with the closest known id suggested.
     * Also takes a descriptor with errors as far as it was read ({@link DescriptorLoader.Source#asRead}),
     * whose ids are checked wherever they could be read.
     */
    public static List<Diagnostic> check(Descriptor d, Vocabulary v) {
        Diagnostics diags = new Diagnostics();
        if (d.team() != null) {
            for (String language : d.team().skills().keySet()) {
                unknown(diags, d, "team.skills." + language, language, "language", v.languages(), v);
            }
        }
        List<String> needs = d.libraries().needs();
        List<String> mustHave = d.libraries().mustHave();
        for (int i = 0; i < mustHave.size(); i++) {
            unknown(diags, d, "libraries.mustHave[" + i + "]", mustHave.get(i), "capability", v.capabilities(), v);
        }
        for (int i = 0; i < needs.size(); i++) {
            if (d.locations().containsKey("libraries.needs[" + i + "]")) {
                unknown(diags, d, "libraries.needs[" + i + "]", needs.get(i), "capability", v.capabilities(), v);
            }
        }
        for (String criterion : d.weights().keySet()) {
            unknown(diags, d, "weights." + criterion, criterion, "criterion", v.criteria(), v);
        }
        String chosen = d.decision().chosen();
        if (chosen != null) {
            if (v.allCandidates().contains(chosen) && !v.candidates().contains(chosen)) {
                diags.error(d.locate("decision.chosen"), "chosen candidate '" + chosen
                        + "' is not in the candidate set of this build (restricted to " + String.join(", ", v.candidates()) + ")");
            } else {
                unknown(diags, d, "decision.chosen", chosen, "candidate", v.candidates(), v);
            }
        }
        List<Descriptor.Waiver> waivers = d.decision().waivers();
        for (int i = 0; i < waivers.size(); i++) {
            if (waivers.get(i).rule() != null) {
                unknown(diags, d, "decision.waivers[" + i + "].rule", waivers.get(i).rule(), "rule", v.rules(), v);
            }
        }
        return diags.sorted();
    }

    /** Short names people write for the languages of the default pack; suggested only, never accepted. */
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("js", "javascript", "ts", "typescript",
            "py", "python", "python3", "python", "kt", "kotlin", "node", "javascript", "nodejs", "javascript",
            "node.js", "javascript", "jvm", "java");

    private static void unknown(Diagnostics diags, Descriptor d, String path, String id, String kind, Set<String> known,
            Vocabulary v) {
        if (known.contains(id)) return;
        String hint = kind.equals("candidate") ? candidateHint(id, known, v.candidateWords())
                : Suggestions.didYouMean(id, known);
        if (hint.isEmpty() && kind.equals("language")) {
            String meant = LANGUAGE_NAMES.get(id.toLowerCase(Locale.ROOT));
            if (meant != null && known.contains(meant)) hint = " (did you mean '" + meant + "'?)";
        }
        if (hint.isEmpty() && kind.equals("capability")) hint = related(id, v);
        if (hint.isEmpty() && kind.equals("rule") && !v.rulesWithFindings().isEmpty()) {
            // a waiver silences a finding: the rules that have one are the ids it can name
            hint = "; the rules whose findings a waiver can silence: " + String.join(", ", v.rulesWithFindings());
        }
        if (hint.isEmpty() && !kind.equals("rule") && !known.isEmpty()) {
            // nothing close: the ids there are, as Maven lists its phases (rules are too many to list)
            String kinds = switch (kind) {
                case "capability" -> "capabilities";
                case "criterion" -> "criteria";
                default -> kind + "s";
            };
            hint = "; known " + kinds + ": "
                    + String.join(", ", new TreeSet<>(known));
        }
        diags.error(d.locate(path), "unknown " + kind + " '" + id + "'; no rule pack in use defines it" + hint);
    }

    /**
     * The capabilities a need named after a product or a shorthand most likely means: those whose
     * title or flagship packages have the word ("kafka" in "Message brokers (Kafka, AMQP)"), or
     * whose id starts with it ("ml" for ml-training and ml-inference); nothing when more than three
     * match, since that would be a guess.
     */
    static String related(String id, Vocabulary v) {
        String word = id.toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (var e : v.capabilityWords().entrySet()) {
            boolean match = e.getKey().startsWith(word + "-");
            for (String phrase : e.getValue()) {
                match |= hasWord(phrase.toLowerCase(Locale.ROOT), word);
            }
            if (match) found.add(e.getKey());
        }
        if (found.isEmpty() || found.size() > 3) return "";
        if (found.size() == 1) {
            String c = found.get(0);
            return " (did you mean '" + c + "': " + v.capabilityWords().get(c).get(0) + "?)";
        }
        return " (did you mean one of " + String.join(", ", found.stream().map(c -> "'" + c + "'").toList()) + "?)";
    }

    /**
     * What a message about an unknown candidate adds: " (did you mean 'x'?)" for a close id, or the
     * candidate a language or title names ({@link #namedCandidate}) when that is another; empty
     * when neither finds one.
     *
     * @param words each candidate's title, then its languages ({@link Vocabulary#candidateWords});
     *     empty to look for a close id only
     */
    public static String candidateHint(String id, Set<String> known, Map<String, List<String>> words) {
        Optional<String> close = Suggestions.closest(id, known);
        String named = namedCandidate(id, known, words);
        // a candidate named by its language or title ("javascript" for nodejs) is that candidate, even
        // when another id is a few letters away ("java"); when both agree, the close id is enough
        if (close.isPresent() && (named.isEmpty() || named.startsWith(" (did you mean '" + close.get() + "'"))) {
            return Suggestions.didYouMean(close);
        }
        return named;
    }

    /**
     * The candidate a choice named after its title or a language most likely means: "JVM" for
     * java, whose title is "Java (JVM)"; "kotlin" for java and "ts" for nodejs, by their languages.
     * Nothing when none or several match.
     *
     * @param words each candidate's title, then its languages ({@link Vocabulary#candidateWords})
     */
    static String namedCandidate(String id, Set<String> known, Map<String, List<String>> words) {
        String word = id.toLowerCase(Locale.ROOT);
        String language = LANGUAGE_NAMES.getOrDefault(word, word);
        String found = null;
        for (var e : words.entrySet()) {
            if (!known.contains(e.getKey())) continue;
            List<String> names = e.getValue();
            boolean match = false;
            for (int i = 0; i < names.size(); i++) {
                // the first name is the title, a phrase; the others are language ids
                match |= i == 0 ? hasWord(names.get(0).toLowerCase(Locale.ROOT), word) : names.get(i).equals(language);
            }
            if (!match) continue;
            if (found != null) return "";
            found = e.getKey();
        }
        return found == null ? "" : " (did you mean '" + found + "': " + words.get(found).get(0) + "?)";
    }

    /** Whether {@code word} stands in {@code text} on its own, between characters that are not letters or digits. */
    private static boolean hasWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
