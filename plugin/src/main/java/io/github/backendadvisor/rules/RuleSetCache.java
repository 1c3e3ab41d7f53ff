package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Fingerprint;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.expr.CompiledExpression;
import io.github.backendadvisor.expr.ExpressionCompiler;
import io.github.backendadvisor.rules.Model.Pack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compiled rule sets keyed by the packs' content and the options, so that a reactor of many
 * modules parses and compiles each pack once. Safe to share between threads: a rule set is
 * immutable, and a key is compiled by one thread while others wait for it.
 */
public final class RuleSetCache {
    private static final int MAX_ENTRIES = 32;

    /** The key: the pack texts in order and the options. */
    private record Key(List<PackSource> sources, RuleSetBuilder.Options options) {
        // equals and hashCode written out: a record's generated ones are bound through method handles on
        // first use, which in a cold build JVM costs far more than these few comparisons

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.sources, sources) && Objects.equals(k.options, options);
        }

        @Override
        public int hashCode() {
            return Objects.hashCode(sources) * 31 + Objects.hashCode(options);
        }
    }

    /** How a lookup got its rule set. */
    public enum Load {
        /** compiled by an earlier lookup */
        CACHED,
        /** read and compiled by this lookup */
        COMPILED,
        /** compiled by this lookup, the default pack taken from its snapshot ({@link PackSnapshot}) */
        PRECOMPILED
    }

    /**
     * A rule set and how this lookup got it.
     *
     * @param fingerprint identifies the pack texts, their names and the options the set was built
     *     from ({@link #fingerprint}); null when the packs could not be located, or when the set
     *     was compiled outside a cache
     */
    public record Lookup(Result<RuleSet> result, Load load, String fingerprint) {
        /** Whether this lookup compiled the rule set rather than finding it in the cache. */
        public boolean compiled() {
            return load != Load.CACHED;
        }
    }

    private final Map<Key, Lookup> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Lookup> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** Fingerprints by key, for rule sets compiled or not (see {@link #fingerprintOf}). */
    private final Map<Key, String> fingerprints = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * The fingerprint of the rule set these sources and options make ({@link #fingerprint}), without
     * compiling it: what a rebuild compares with the record of the last build's reports before it
     * decides whether it needs the rule set at all. Computed once per key.
     */
    public synchronized String fingerprintOf(List<PackSource> sources, RuleSetBuilder.Options options) {
        return fingerprintOf(new Key(List.copyOf(sources), options));
    }

    private String fingerprintOf(Key key) {
        String known = fingerprints.get(key);
        if (known == null) {
            known = fingerprint(key.sources(), key.options());
            fingerprints.put(key, known);
        }
        return known;
    }

    /** Returns the compiled rule set for these sources, compiling it on first use. */
    public synchronized Lookup get(List<PackSource> sources, RuleSetBuilder.Options options) {
        Key key = new Key(List.copyOf(sources), options);
        Lookup cached = entries.get(key);
        if (cached != null) {
            return new Lookup(cached.result(), Load.CACHED, cached.fingerprint());
        }
        Lookup built = build(sources, options, fingerprintOf(key));
        entries.put(key, built);
        return built;
    }

    /**
     * Identifies what a rule set is built from: every pack's name, text and base, in order, and the
     * options (disabled rules sorted, since their order does not matter). Computed once per cache
     * entry; a build's reports are rewritten only when it, or another of their inputs, changes.
     */
    static String fingerprint(List<PackSource> sources, RuleSetBuilder.Options options) {
        Fingerprint f = new Fingerprint().add("packs " + sources.size());
        for (PackSource s : sources) {
            f.add(s.name()).add(s.text()).add(s.base());
        }
        f.add("disabled " + options.disabledRules().size());
        for (String rule : new TreeSet<>(options.disabledRules())) {
            f.add(rule);
        }
        f.add("candidates " + options.candidates().size());
        for (String candidate : options.candidates()) {
            f.add(candidate);
        }
        return f.add(options.config().key()).hex();
    }

    /**
     * Parses, merges and compiles without caching. The default pack comes from its precompiled
     * snapshot when that was made from the same text ({@link PackSnapshot}); any other pack is
     * read from YAML, and then JavaParser is warmed up on another thread meanwhile.
     */
    public static Result<RuleSet> compile(List<PackSource> sources, RuleSetBuilder.Options options) {
        return build(sources, options, null).result();
    }

    private static Lookup build(List<PackSource> sources, RuleSetBuilder.Options options, String fingerprint) {
        List<PackSnapshot.Loaded> snapshots = new ArrayList<>();
        for (PackSource s : sources) {
            snapshots.add(PackSnapshot.read(s).orElse(null));
        }
        if (snapshots.contains(null)) {
            ExpressionCompiler.warmUpInBackground();
        }
        Load load = Load.COMPILED;
        for (PackSnapshot.Loaded s : snapshots) {
            if (s != null) load = Load.PRECOMPILED;
        }
        List<Diagnostic> diags = new ArrayList<>();
        List<Pack> packs = new ArrayList<>();
        Map<String, CompiledExpression> precompiled = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            PackSnapshot.Loaded snapshot = snapshots.get(i);
            if (snapshot != null) {
                packs.add(snapshot.pack());
                precompiled.putAll(snapshot.compiled());
                continue;
            }
            Result<Pack> p = PackLoader.parse(sources.get(i));
            diags.addAll(p.diagnostics());
            if (p.ok()) packs.add(p.get());
        }
        if (packs.isEmpty() && !sources.isEmpty()) {
            // every pack failed to parse, and said why; with no pack at all the builder says so
            return new Lookup(Result.failed(diags), load, fingerprint);
        }
        Result<RuleSet> set = RuleSetBuilder.build(packs, options, precompiled);
        diags.addAll(set.diagnostics());
        io.github.backendadvisor.diag.Diagnostics all = new io.github.backendadvisor.diag.Diagnostics();
        all.addAll(diags);
        return new Lookup(Result.of(set.value().orElse(null), all.sorted()), load, fingerprint);
    }
}
