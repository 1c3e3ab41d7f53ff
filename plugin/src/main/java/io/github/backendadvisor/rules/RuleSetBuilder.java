package io.github.backendadvisor.rules;

import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.diag.ConfigPlaces;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.expr.ExprSchema;
import io.github.backendadvisor.expr.ExpressionCompiler;
import io.github.backendadvisor.rules.Model.Candidate;
import io.github.backendadvisor.rules.Model.Capability;
import io.github.backendadvisor.rules.Model.Criterion;
import io.github.backendadvisor.rules.Model.Definition;
import io.github.backendadvisor.rules.Model.Pack;
import io.github.backendadvisor.rules.Model.PackInfo;
import io.github.backendadvisor.rules.Model.PackTest;
import io.github.backendadvisor.rules.Model.Rule;
import io.github.backendadvisor.rules.RuleSet.CompiledCriterion;
import io.github.backendadvisor.rules.RuleSet.CompiledRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Merges packs in order (later packs add, or replace with {@code replaces: true}), applies the
 * configuration (disabled rules, candidate restriction), checks every cross-reference and
 * compiles every expression once.
 */
public final class RuleSetBuilder {

    /**
     * What the build configuration says about the packs.
     *
     * @param disabledRules rule ids to ignore
     * @param candidates the candidates to keep; empty keeps all
     * @param config where the configuration (the POM) sets these, for messages about them
     */
    public record Options(Set<String> disabledRules, List<String> candidates, ConfigPlaces config) {

        /** Options from a configuration file that places no parameter ({@link ConfigPlaces#of(String)}). */
        public Options(Set<String> disabledRules, List<String> candidates, String configFile) {
            this(disabledRules, candidates, ConfigPlaces.of(configFile));
        }

        /** No rule disabled, every candidate kept. */
        public static Options defaults() {
            return new Options(Set.of(), List.of(), "pom.xml");
        }

        // equals and hashCode written out: a record's generated ones are bound through method handles on
        // first use, which in a cold build JVM costs far more than these few comparisons

        @Override
        public boolean equals(Object o) {
            return o instanceof Options x && Objects.equals(x.disabledRules, disabledRules)
                    && Objects.equals(x.candidates, candidates) && Objects.equals(x.config, config);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(disabledRules) * 31 + Objects.hashCode(candidates)) * 31 + Objects.hashCode(config);
        }
    }

    private final Diagnostics diags = new Diagnostics();

    /**
     * Entries not taken into the set because their id clashes (defined twice, or 'replaces: true'
     * with nothing to replace). They are still checked, so that one build reports their own
     * problems too, and then dropped.
     */
    private final List<Candidate> rejectedCandidates = new ArrayList<>();
    private final List<Criterion> rejectedCriteria = new ArrayList<>();
    private final List<Capability> rejectedCapabilities = new ArrayList<>();
    private final List<Rule> rejectedRules = new ArrayList<>();

    private RuleSetBuilder() {
    }

    /** Merges, checks and compiles packs. */
    public static Result<RuleSet> build(List<Pack> packs, Options options) {
        return build(packs, options, Map.of());
    }

    /**
     * Merges, checks and compiles packs, taking an expression from {@code precompiled} (by its
     * text) instead of parsing and checking it when there is one (see
     * {@link ExpressionCompiler#ExpressionCompiler(ExprSchema, Map)}).
     */
    public static Result<RuleSet> build(List<Pack> packs, Options options, Map<String, CompiledExpression> precompiled) {
        RuleSetBuilder b = new RuleSetBuilder();
        RuleSet set = null;
        try {
            set = b.merge(packs, options, precompiled);
        } catch (RuntimeException e) {
            b.diags.error(options.config().at("rulePacks"), "internal error while combining rule packs: " + e);
        }
        return Result.of(set, b.diags.sorted());
    }

    private RuleSet merge(List<Pack> packs, Options options, Map<String, CompiledExpression> precompiled) {
        // problems of the packs in use as a whole: where the configuration names them
        Position config = options.config().at(options.config().set().containsKey("rulePacks") ? "rulePacks" : "useDefaultRules");
        if (packs.isEmpty()) {
            diags.error(config, "no rule pack in use; keep useDefaultRules or name a pack in rulePacks"
                    + options.config().setBy("useDefaultRules"));
            return null;
        }
        List<PackInfo> infos = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, Capability> capabilities = new LinkedHashMap<>();
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<PackTest> tests = new ArrayList<>();
        Map<String, PackInfo> packIds = new LinkedHashMap<>();
        for (Pack p : packs) {
            PackInfo seen = packIds.putIfAbsent(p.info().id(), p.info());
            if (seen != null) {
                diags.error(p.info().at(), "pack id '" + p.info().id() + "' is already the id of the pack at "
                        + seen.at() + "; give each rule pack an id of its own");
            }
            infos.add(p.info());
            languages.addAll(p.languages());
            add(candidates, p.candidates(), "candidate", rejectedCandidates);
            add(criteria, p.criteria(), "criterion", rejectedCriteria);
            add(capabilities, p.capabilities(), "capability", rejectedCapabilities);
            add(rules, p.rules(), "rule", rejectedRules);
            tests.addAll(p.tests());
        }
        if (candidates.isEmpty()) diags.error(config, "the rule packs in use define no candidate");
        if (criteria.isEmpty()) diags.error(config, "the rule packs in use define no criterion");
        CrossReferences references = new CrossReferences(diags, languages, candidates.keySet(), criteria.keySet());
        references.check(candidates.values(), capabilities.values(), rules.values());
        references.check(rejectedCandidates, rejectedCapabilities, rejectedRules);

        for (String id : options.disabledRules()) {
            if (!rules.containsKey(id)) {
                diags.error(options.config().at("disabledRules"), "disabledRules names unknown rule '" + id + "'"
                        + Suggestions.listItemHint(id, rules.keySet()) + options.config().setBy("disabledRules"));
            }
        }
        Map<String, Candidate> inUse = new LinkedHashMap<>(candidates);
        if (!options.candidates().isEmpty()) {
            for (String id : options.candidates()) {
                if (!candidates.containsKey(id)) {
                    // the candidate of that language or title, or a close id; otherwise the few ids there are,
                    // since a user rarely knows them
                    String hint = Suggestions.commaList(id, candidates.keySet());
                    if (hint.isEmpty()) {
                        hint = DescriptorChecker.candidateHint(id, candidates.keySet(),
                                RuleSet.candidateWords(candidates));
                    }
                    if (hint.isEmpty()) hint = "; the rule packs in use define " + String.join(", ", candidates.keySet());
                    diags.error(options.config().at("candidates"), "candidates names unknown candidate '" + id + "'"
                            + hint + options.config().setBy("candidates"));
                }
            }
            inUse.keySet().retainAll(options.candidates());
        }

        ExpressionCompiler compiler = new ExpressionCompiler(new ExprSchema(Set.copyOf(languages),
                Set.copyOf(candidates.keySet()), Set.copyOf(capabilities.keySet())), precompiled);
        Map<String, CompiledCriterion> compiledCriteria = new LinkedHashMap<>();
        for (Criterion c : criteria.values()) {
            CompiledExpression value = null;
            if (c.value() != null) {
                var r = compiler.value(c.value().text(), c.value().positions(), "criterion '" + c.id() + "'");
                diags.addAll(r.diagnostics());
                value = r.value().orElse(null);
            }
            compiledCriteria.put(c.id(), new CompiledCriterion(c, value));
        }
        for (Criterion c : rejectedCriteria) {
            if (c.value() != null) {
                diags.addAll(compiler.value(c.value().text(), c.value().positions(), "criterion '" + c.id() + "'")
                        .diagnostics());
            }
        }
        for (Rule r : rejectedRules) {
            diags.addAll(compiler.condition(r.when().text(), r.when().positions(), "rule '" + r.id() + "'").diagnostics());
        }
        List<CompiledRule> compiledRules = new ArrayList<>();
        Set<String> otherCandidates = new LinkedHashSet<>();
        for (Rule r : rules.values()) {
            var when = compiler.condition(r.when().text(), r.when().positions(), "rule '" + r.id() + "'");
            diags.addAll(when.diagnostics());
            if (!when.ok() || options.disabledRules().contains(r.id())) continue;
            if (concernsOnlyOthers(r, inUse.keySet())) otherCandidates.add(r.id());
            else compiledRules.add(new CompiledRule(r, when.get()));
        }
        if (diags.hasErrors()) {
            return null;
        }
        Set<String> disabled = new LinkedHashSet<>(options.disabledRules());
        return new RuleSet(List.copyOf(infos), List.copyOf(languages), Collections.unmodifiableMap(inUse),
                Collections.unmodifiableMap(candidates),
                Collections.unmodifiableMap(compiledCriteria), Collections.unmodifiableMap(capabilities),
                List.copyOf(compiledRules), Collections.unmodifiableSet(disabled),
                Collections.unmodifiableSet(otherCandidates), List.copyOf(tests));
    }

    /**
     * Whether a rule speaks only of candidates the configuration left out: its effects and exclusions
     * name some candidate, and none in use. Such a rule could neither score nor veto a candidate
     * this build shows, and its finding (such as "if Python is chosen, ...") would be about a choice
     * the team ruled out. A rule with a finding alone speaks of no candidate and always stays.
     */
    private static boolean concernsOnlyOthers(Rule r, Set<String> inUse) {
        boolean namesAny = false;
        if (r.effects() != null) {
            for (Map<String, Double> deltas : r.effects().values()) {
                for (String c : deltas.keySet()) {
                    if (inUse.contains(c)) return false;
                    namesAny = true;
                }
            }
        }
        if (r.exclude() != null) {
            for (String c : r.exclude().keySet()) {
                if (inUse.contains(c)) return false;
                namesAny = true;
            }
        }
        return namesAny;
    }

    private <T extends Definition> void add(Map<String, T> into, List<T> items, String kind, List<T> rejected) {
        for (T item : items) {
            String key = item.id();
            T earlier = into.get(key);
            if (earlier != null && !item.replaces()) {
                diags.error(item.at(), kind + " '" + key + "' is already defined at " + earlier.at()
                        + "; add 'replaces: true' to replace it");
                rejected.add(item);
            } else if (earlier == null && item.replaces()) {
                diags.error(item.at(), kind + " '" + key + "' says 'replaces: true' but no earlier pack defines it"
                        + Suggestions.didYouMean(key, into.keySet()));
                rejected.add(item);
            } else {
                into.put(key, item);
            }
        }
    }
}
