package io.github.backendadvisor.diag;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** "Did you mean" suggestions by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The known word closest to {@code word}, when it is close enough to be a likely typo:
     * at most a third of the longer word's length in edits (at least 1), or a case-insensitive
     * match, or one contains the other and is at least two fifths of its length, or (from six letters on)
     * one's letters all appear in order in the other.
     */
    public static Optional<String> closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean bestSubsequence = false;
        String lower = word.toLowerCase(Locale.ROOT);
        for (String candidate : new TreeSet<>(known)) {
            String cl = candidate.toLowerCase(Locale.ROOT);
            int d = distance(lower, cl);
            boolean subsequence = lower.length() >= 6 && (isSubsequence(lower, cl) || isSubsequence(cl, lower));
            // one inside the other ("node" in "nodejs"), unless it is a small part of it ("foo" in "...-footprint")
            int shorter = Math.min(lower.length(), cl.length());
            boolean comparable = shorter >= 3 && shorter * 5 >= Math.max(lower.length(), cl.length()) * 2;
            boolean contained = comparable && (cl.contains(lower) || lower.contains(cl)) || subsequence;
            int limit = Math.max(1, Math.max(word.length(), candidate.length()) / 3);
            // a word whose letters all appear in order in a known word is the likeliest typo
            boolean better = subsequence && !bestSubsequence || subsequence == bestSubsequence && d < bestDistance;
            if ((d <= limit || contained) && better) {
                best = candidate;
                bestDistance = d;
                bestSubsequence = subsequence;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The file of the missing path's kind (and, with {@code directoriesToo}, the directory) beside a
     * missing path whose name is closest to the missing name, by {@link #closest}:
     * {@code backend-requirements.yml} for {@code backend-requirements.yaml}, {@code rules/team.yaml}
     * for {@code rules/teams.yaml}, {@code accepted.json} for {@code acepted.json}. A file's kind is
     * its extension, {@code .yml} and {@code .yaml} being one. Empty when the directory cannot be
     * read or nothing is close.
     */
    public static Optional<Path> closestFile(Path missing, boolean directoriesToo) {
        Path dir = missing.toAbsolutePath().normalize().getParent();
        if (dir == null || missing.getFileName() == null || !Files.isDirectory(dir)) return Optional.empty();
        String kind = kind(missing.getFileName().toString());
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                boolean alike = kind.equals(kind(name)) && Files.isRegularFile(f);
                if (alike || directoriesToo && Files.isDirectory(f)) names.add(name);
            }
        } catch (IOException | DirectoryIteratorException e) {
            return Optional.empty();
        }
        Optional<String> close = closest(missing.getFileName().toString(), names);
        return close.isPresent() ? Optional.of(dir.resolve(close.get())) : Optional.empty();
    }

    /** A file name's extension in lower case, {@code yaml} for {@code .yml}; empty when it has none. */
    private static String kind(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.equals("yml") ? "yaml" : ext;
    }

    /**
     * For a list value whose items were separated by something other than commas
     * ({@code "html sarif"}, {@code "veto;error"}), which a parameter reads as one unknown item:
     * {@code " (items are separated by commas: html,sarif)"} when every part is a known item (in
     * any case); else the empty string.
     */
    public static String commaList(String word, Collection<String> known) {
        String[] parts = word.strip().split("[\\s;|/+]+");
        if (parts.length < 2) return "";
        List<String> items = new ArrayList<>();
        for (String part : parts) {
            String match = null;
            for (String k : known) {
                if (k.equalsIgnoreCase(part)) match = k;
            }
            if (match == null) return "";
            items.add(match);
        }
        return " (items are separated by commas: " + String.join(",", items) + ")";
    }

    /**
     * What a message about an unknown item of a list parameter adds: the list with commas when
     * the item is several written otherwise ({@link #commaList}), else a close item, else nothing.
     */
    public static String listItemHint(String word, Collection<String> known) {
        String list = commaList(word, known);
        return list.isEmpty() ? didYouMean(word, known) : list;
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String didYouMean(String word, Collection<String> known) {
        return didYouMean(closest(word, known));
    }

    /** {@code " (did you mean 'x'?)"} for a suggestion already found, or the empty string. */
    public static String didYouMean(Optional<String> suggestion) {
        return suggestion.isPresent() ? " (did you mean '" + suggestion.get() + "'?)" : "";
    }

    /** Whether every character of {@code a} appears in {@code b} in order ("peakconnection" in "peakconcurrentconnections"). */
    static boolean isSubsequence(String a, String b) {
        int j = 0;
        for (int i = 0; i < b.length() && j < a.length(); i++) {
            if (a.charAt(j) == b.charAt(i)) j++;
        }
        return j == a.length();
    }

    /** Levenshtein distance with transpositions counted as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
