package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.PackSource;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The core's entry point: reads the packs and the descriptor, checks them, and evaluates.
 * Problems come back as diagnostics, never as exceptions. Thread-safe; compiled packs are shared
 * through the cache given at construction.
 */
public final class Advisor {
    private final RuleSetCache cache;

    /** An advisor that shares compiled packs through {@code cache}. */
    public Advisor(RuleSetCache cache) {
        this.cache = cache;
    }

    /** An advisor with a cache of its own. */
    public Advisor() {
        this(new RuleSetCache());
    }

    /** The pack files a request names, the default pack first unless it is switched off. */
    private static Result<List<PackSource>> sources(AdviceRequest request) {
        return located(request).result();
    }

    private static PackLocator.Located located(AdviceRequest request) {
        List<String> locations = new ArrayList<>();
        if (request.useDefaultRules()) {
            locations.add(PackLocator.DEFAULT_PACK);
        }
        locations.addAll(request.rulePacks());
        return new PackLocator(request.baseDir(), request.classLoader(), request.config()).locateInOrder(locations);
    }

    /**
     * When a pack cannot be found or read, the problems inside the packs named before it. A pack
     * builds on the packs before it (test-rules judges each pack so), so they are compiled as a set
     * of their own (cached like any other), without the disabled rules and the candidate
     * restriction, which may name what the missing pack defines. Only problems placed in those
     * packs' files are kept: one about the set as a whole (no candidate, say) may be the missing
     * pack's to solve.
     */
    private List<Diagnostic> problemsIn(List<PackSource> before, AdviceRequest request) {
        if (before.isEmpty()) return List.of();
        Result<RuleSet> set = cache.get(before, new RuleSetBuilder.Options(Set.of(), List.of(),
                request.config())).result();
        Set<String> files = new HashSet<>();
        for (PackSource s : before) files.add(s.name());
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : set.diagnostics()) {
            if (files.contains(d.file())) out.add(d);
        }
        return out;
    }

    /** Reads and compiles the packs a request names. */
    public RuleSetCache.Lookup ruleSet(AdviceRequest request) {
        PackLocator.Located located = located(request);
        Result<List<PackSource>> sources = located.result();
        if (!sources.ok()) {
            List<Diagnostic> all = new ArrayList<>(sources.diagnostics());
            all.addAll(problemsIn(located.beforeFirstProblem(), request));
            return new RuleSetCache.Lookup(Result.failed(all), RuleSetCache.Load.CACHED, null);
        }
        RuleSetBuilder.Options options = new RuleSetBuilder.Options(request.disabledRules(), request.candidates(),
                request.config());
        RuleSetCache.Lookup lookup = cache.get(sources.get(), options);
        List<Diagnostic> all = new ArrayList<>(sources.diagnostics());
        all.addAll(lookup.result().diagnostics());
        return new RuleSetCache.Lookup(Result.of(lookup.result().value().orElse(null), all), lookup.load(),
                lookup.fingerprint());
    }

    /**
     * Identifies the rule set a request names (its packs' names and texts, and the options), as
     * {@link Advice#packsFingerprint} does, without compiling it; null when a pack cannot be found
     * or read. Every pack text is read, as for {@link #ruleSet}.
     */
    public String packsFingerprint(AdviceRequest request) {
        Result<List<PackSource>> sources = sources(request);
        if (!sources.ok()) return null;
        return cache.fingerprintOf(sources.get(), new RuleSetBuilder.Options(request.disabledRules(), request.candidates(),
                request.config()));
    }

    /**
     * Runs the packs' own tests, each pack against the packs up to and including it; the result is
     * empty when the packs cannot be read or compiled (see the lookup's diagnostics).
     */
    public java.util.Optional<PackTestRunner.Report> testPacks(AdviceRequest request) {
        Result<List<PackSource>> sources = sources(request);
        if (!sources.ok() || sources.get().isEmpty()) return java.util.Optional.empty(); // no pack: see ruleSet
        List<RuleSet> layers = new ArrayList<>();
        for (int i = 1; i <= sources.get().size(); i++) {
            // disabled rules and candidate restrictions apply to the whole set only
            RuleSetBuilder.Options options = i == sources.get().size()
                    ? new RuleSetBuilder.Options(request.disabledRules(), request.candidates(), request.config())
                    : RuleSetBuilder.Options.defaults();
            Result<RuleSet> layer = cache.get(sources.get().subList(0, i), options).result();
            if (!layer.ok()) return java.util.Optional.empty();
            layers.add(layer.get());
        }
        return java.util.Optional.of(PackTestRunner.runLayered(layers, request.options(), request.classLoader()));
    }

    /** Judges the request's descriptor. */
    public Advice advise(AdviceRequest request) {
        return judge(request, true);
    }

    /**
     * Reads and checks the request's packs and descriptor without evaluating (the validate goal):
     * the advice has no evaluation, and its timings no evaluation time.
     */
    public Advice check(AdviceRequest request) {
        return judge(request, false);
    }

    private Advice judge(AdviceRequest request, boolean evaluate) {
        long t0 = System.nanoTime();
        RuleSetCache.Lookup packs = ruleSet(request);
        long t1 = System.nanoTime();
        DescriptorLoader.Source source = DescriptorLoader.read(request.descriptor(), request.descriptorName());
        Result<Descriptor> descriptor = source.descriptor();
        List<Diagnostic> diags = new ArrayList<>(packs.result().diagnostics());
        diags.addAll(descriptor.diagnostics());
        RuleSet set = packs.result().value().orElse(null);
        Descriptor d = descriptor.value().orElse(null);
        if (set != null && source.asRead() != null) {
            // also with errors in the descriptor, so that one build reports every problem
            diags.addAll(DescriptorChecker.check(source.asRead(), set.vocabulary()));
            diags.addAll(Waivers.withoutFinding(source.asRead(), set));
        }
        long t2 = System.nanoTime();
        Evaluation evaluation = null;
        if (evaluate && set != null && d != null && !Diagnostics.anyError(diags)) {
            evaluation = Evaluator.evaluate(set, d, request.options());
            diags.addAll(Waivers.unused(d, set, evaluation, request.options().today()));
        }
        long t3 = evaluate ? System.nanoTime() : t2;
        Diagnostics sorted = new Diagnostics();
        sorted.addAll(diags);
        return new Advice(d, source.text(), set, packs.fingerprint(), evaluation, sorted.sorted(),
                new Advice.Timings(t1 - t0, packs.load(), t2 - t1, t3 - t2));
    }
}
