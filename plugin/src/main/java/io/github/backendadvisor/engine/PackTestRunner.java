package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.descriptor.Vocabulary;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.rules.Model.Expect;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Runs the test cases packs ship (rules.md, Rule-pack tests) and lists rules no test fires. */
public final class PackTestRunner {

    /** One test's outcome; {@code problems} is empty when it passed. */
    public record Outcome(String name, String pack, Position at, List<String> problems) {

        /** Whether the test passed. */
        public boolean passed() {
            return problems.isEmpty();
        }
    }

    /** Every outcome, and the enabled rules that no test fired. */
    public record Report(List<Outcome> outcomes, List<String> unfiredRules) {

        /** How many tests failed. */
        public long failures() {
            return outcomes.stream().filter(o -> !o.passed()).count();
        }
    }

    private PackTestRunner() {
    }

    /** Runs every test of {@code set}; {@code loader} serves descriptors of classpath packs. */
    public static Report run(RuleSet set, EvaluationOptions options, ClassLoader loader) {
        return runLayered(List.of(set), options, loader);
    }

    /**
     * Runs each pack's tests against the packs it builds on: {@code layers.get(i)} is the rule set
     * of packs 0..i, and only the tests of pack i run against it. An organisation's pack that vetoes
     * a candidate thus does not break the default pack's own tests.
     */
    public static Report runLayered(List<RuleSet> layers, EvaluationOptions options, ClassLoader loader) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> fired = new LinkedHashSet<>();
        Set<String> seenTests = new java.util.HashSet<>();
        for (int i = 0; i < layers.size(); i++) {
            RuleSet set = layers.get(i);
            String packId = set.packs().get(set.packs().size() - 1).id();
            boolean last = i == layers.size() - 1;
            for (PackTest t : set.tests()) {
                boolean mine = layers.size() == 1 || t.pack().equals(packId);
                if (mine && seenTests.add(t.pack() + "\u0000" + t.name() + "\u0000" + t.at())) {
                    outcomes.add(runOne(set, t, options, loader, fired));
                }
            }
            if (last) {
                List<String> unfired = set.rules().stream().map(CompiledRule::id).filter(id -> !fired.contains(id)).toList();
                return new Report(List.copyOf(outcomes), unfired);
            }
        }
        return new Report(List.copyOf(outcomes), List.of());
    }

    private static Outcome runOne(RuleSet set, PackTest t, EvaluationOptions options, ClassLoader loader,
            Set<String> firedOverall) {
        List<String> problems = new ArrayList<>();
        Result<Descriptor> loaded = t.inline() != null ? DescriptorLoader.fromNode(t.inline(), t.packFile())
                : loadFile(t, loader);
        List<Diagnostic> diags = new ArrayList<>(loaded.diagnostics());
        loaded.value().ifPresent(d -> diags.addAll(DescriptorChecker.check(d, set.vocabulary())));
        diags.stream().filter(Diagnostic::isError).forEach(d -> problems.add("descriptor: " + d.format()));
        if (!problems.isEmpty()) {
            return new Outcome(t.name(), t.pack(), t.at(), List.copyOf(problems));
        }
        Evaluation e = Evaluator.evaluate(set, loaded.get(), options);
        e.firedRules().forEach(r -> firedOverall.add(r.id()));
        Expect x = t.expect();
        // an id no pack defines is a typo in the test: said as such, not as an outcome that differs
        Vocabulary v = set.vocabulary();
        Set<String> unknown = new java.util.HashSet<>();
        if (x.recommendation() != null && !x.recommendation().equals("none")) {
            unknownId(problems, unknown, "recommendation", x.recommendation(), "candidate", v.allCandidates(),
                    v.candidateWords());
        }
        unknownIds(problems, unknown, "excluded", x.excluded(), "candidate", v.allCandidates(), v.candidateWords());
        unknownIds(problems, unknown, "fired", x.fired(), "rule", v.rules(), Map.of());
        unknownIds(problems, unknown, "notFired", x.notFired(), "rule", v.rules(), Map.of());
        String scores = scores(e);
        if (x.recommendation() != null && !unknown.contains(x.recommendation())) {
            String want = x.recommendation().equals("none") ? null : x.recommendation();
            if (!Objects.equals(want, e.recommendation())) {
                problems.add("recommendation: expected " + show(want) + ", got " + show(e.recommendation()) + " (" + scores + ")");
            }
        }
        if (x.status() != null && !x.status().equals(e.status().id())) {
            problems.add("status: expected " + x.status() + ", got " + e.status().id() + " (" + scores + ")");
        }
        if (x.excluded() != null) {
            Set<String> got = new TreeSet<>();
            e.ranking().stream().filter(Evaluation.CandidateResult::excluded).forEach(c -> got.add(c.candidate()));
            if (!got.equals(new TreeSet<>(x.excluded())) && x.excluded().stream().noneMatch(unknown::contains)) {
                problems.add("excluded: expected " + new TreeSet<>(x.excluded()) + ", got " + got);
            }
        }
        Set<String> fired = new TreeSet<>();
        e.firedRules().forEach(r -> fired.add(r.id()));
        if (x.fired() != null) {
            for (String id : x.fired()) {
                if (!fired.contains(id) && !unknown.contains(id)) {
                    problems.add("fired: expected rule '" + id + "' to fire, but " + whyNotFired(set, e, id) + "; fired: " + fired);
                }
            }
        }
        if (x.notFired() != null) {
            for (String id : x.notFired()) {
                if (fired.contains(id)) {
                    problems.add("notFired: rule '" + id + "' fired but should not: its condition " + condition(set, id)
                            + " is true for this descriptor");
                }
            }
        }
        return new Outcome(t.name(), t.pack(), t.at(), List.copyOf(problems));
    }

    /** Why a known rule did not fire: disabled, left out with its candidates, short of data, or its condition is false. */
    private static String whyNotFired(RuleSet set, Evaluation e, String id) {
        if (set.disabledRules().contains(id)) return "it is disabled (disabledRules)";
        if (set.otherCandidatesRules().contains(id)) {
            return "it concerns only candidates that the candidates parameter leaves out";
        }
        for (Evaluation.NotApplied n : e.notApplied()) {
            if (n.rule().equals(id)) {
                return "it could not judge: the descriptor has no " + String.join(", ", n.missing());
            }
        }
        return "its condition " + condition(set, id) + " is false for this descriptor";
    }

    /** A rule's condition as written, on one line and shortened. */
    private static String condition(RuleSet set, String id) {
        RuleSet.CompiledRule r = set.rule(id);
        if (r == null) return "(unknown)";
        String text = r.definition().when().text().strip().replaceAll("\\s+", " ");
        return text.length() > 100 ? text.substring(0, 97) + "..." : text;
    }

    private static void unknownIds(List<String> problems, Set<String> unknown, String key, List<String> ids, String kind,
            Set<String> known, Map<String, List<String>> candidateWords) {
        if (ids == null) return;
        for (String id : ids) {
            unknownId(problems, unknown, key, id, kind, known, candidateWords);
        }
    }

    /**
     * Records an id no pack defines, with the id it most likely means: for a candidate, also by its
     * language or title ({@code candidateWords}; empty for other kinds).
     */
    private static void unknownId(List<String> problems, Set<String> unknown, String key, String id, String kind,
            Set<String> known, Map<String, List<String>> candidateWords) {
        if (known.contains(id)) return;
        unknown.add(id);
        problems.add(key + ": unknown " + kind + " '" + id + "'; no rule pack in use defines it"
                + DescriptorChecker.candidateHint(id, known, candidateWords));
    }

    private static Result<Descriptor> loadFile(PackTest t, ClassLoader loader) {
        String base = t.base();
        if (base.startsWith("classpath:")) {
            String resource = base.substring("classpath:".length()) + t.descriptorFile();
            URL url = loader.getResource(resource);
            if (url == null) {
                return Result.failed(List.of(Diagnostic.error(t.at(), "test descriptor '" + t.descriptorFile()
                        + "' not found on the classpath")));
            }
            try (InputStream in = url.openStream()) {
                return DescriptorLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), t.descriptorFile());
            } catch (IOException ex) {
                return Result.failed(List.of(Diagnostic.error(t.at(), "cannot read " + t.descriptorFile())));
            }
        }
        try {
            // named like the pack, so that a relative file reads as it would from the pack's own directory
            String name = Path.of(t.packFile()).resolveSibling(t.descriptorFile()).normalize().toString().replace('\\', '/');
            Path file = Path.of(base).resolve(t.descriptorFile());
            if (!Files.exists(file)) {
                // at the test in the pack, where the name is to be fixed, not at a file that is not there
                String meant = Suggestions.closestFile(file, false)
                        .map(f -> " (did you mean '" + Path.of(t.descriptorFile()).resolveSibling(f.getFileName())
                                .toString().replace('\\', '/') + "'?)")
                        .orElse("");
                return Result.failed(List.of(Diagnostic.error(t.at(), "test descriptor '" + t.descriptorFile()
                        + "' does not exist: there is no " + name + meant)));
            }
            return DescriptorLoader.load(file, name);
        } catch (InvalidPathException e) {
            return Result.failed(List.of(Diagnostic.error(t.at(), "test descriptor '" + t.descriptorFile()
                    + "' is not a usable file name (" + e.getReason() + ")")));
        }
    }

    private static String show(String s) {
        return s == null ? "none" : "'" + s + "'";
    }

    private static String scores(Evaluation e) {
        // as the build's summary writes them: "nodejs 80.0; python 0.0 (excluded)"
        StringBuilder sb = new StringBuilder("scores:");
        String sep = " ";
        for (var c : e.ranking()) {
            sb.append(sep).append(c.candidate()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", c.score()))
                    .append(c.excluded() ? " (excluded)" : "");
            sep = "; ";
        }
        return sb.toString();
    }
}
