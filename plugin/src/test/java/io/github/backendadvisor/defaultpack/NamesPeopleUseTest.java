package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.backendadvisor.descriptor.DescriptorChecker;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.rules.RuleSetBuilder;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Ids people write from habit (a product for a capability, a short name for a language, a platform
 * for a deployment target) are errors like any unknown id, and get the id they most likely mean.
 */
class NamesPeopleUseTest {
    private static final String HEAD = "version: 1\nservice: {name: x}\n"
            + "concurrency: {peakConcurrentConnections: 1, peakRequestsPerSecond: 1}\nio: {profile: mixed}\n";

    private static List<String> errors(String rest) {
        var read = DescriptorLoader.parse(HEAD + rest, "d.yaml");
        var d = read.value().orElse(null);
        List<Diagnostic> ds = d == null ? read.diagnostics() : DescriptorChecker.check(d, DefaultPack.get().vocabulary());
        return ds.stream().map(Diagnostic::format).toList();
    }

    @Test
    void aProductNamesTheCapabilityThatListsIt() {
        assertEquals(List.of(
                "d.yaml:6:21: error: unknown capability 'kafka'; no rule pack in use defines it"
                        + " (did you mean one of 'messaging', 'stream-processing'?)",
                "d.yaml:6:28: error: unknown capability 'postgres'; no rule pack in use defines it"
                        + " (did you mean 'sql-drivers': Relational database drivers?)",
                "d.yaml:6:38: error: unknown capability 'ml'; no rule pack in use defines it"
                        + " (did you mean one of 'ml-training', 'ml-inference'?)",
                // nothing close: the capabilities there are
                "d.yaml:6:42: error: unknown capability 'node'; no rule pack in use defines it; known capabilities:"
                        + " auth, data-analysis, email, geospatial, graphql, grpc, image-processing, llm-sdk, messaging,"
                        + " ml-inference, ml-training, mongodb, nlp, observability, office-docs, openapi, orm, payments,"
                        + " pdf, redis, rest-api, scientific, scraping, search, sql-drivers, sse, ssr, stream-processing,"
                        + " task-queue, websockets, workflow-etl"),
                errors("team: {skills: {go: 3}}\nlibraries: {needs: [kafka, postgres, ml, node]}\n"));
    }

    @Test
    void aWaiverOfARuleNothingIsCloseToListsTheRulesWhoseFindingsCanBeWaived() {
        assertEquals(List.of("d.yaml:7:20: error: unknown rule 'python-gil-cpu-bound'; no rule pack in use defines it;"
                + " the rules whose findings a waiver can silence: containers-cpu-quota-awareness,"
                + " cpu-bound-interpreted-compute, large-team-static-types, ml-without-python-skills,"
                + " no-candidate-matches-team, no-library-needs-listed, node-threadpool-under-streaming-load,"
                + " payments-not-a-differentiator, python-async-stack-required, python-free-threaded-build"),
                errors("team: {skills: {go: 3}}\ndecision:\n  waivers: [{rule: python-gil-cpu-bound, reason: r,"
                        + " until: 2027-06-30}]\n"));
        // a rule id one letter off gets that rule only
        assertEquals(List.of("d.yaml:7:20: error: unknown rule 'python-free-threaded-buld'; no rule pack in use"
                + " defines it (did you mean 'python-free-threaded-build'?)"),
                errors("team: {skills: {go: 3}}\ndecision:\n  waivers: [{rule: python-free-threaded-buld, reason: r,"
                        + " until: 2027-06-30}]\n"));
    }

    @Test
    void aWaiverKeyWrittenInOtherWordsGetsTheKeyItMeans() {
        assertEquals(List.of(
                "d.yaml:7:48: error: unknown key 'because' in 'decision.waivers[0]' (did you mean 'reason'?)",
                "d.yaml:7:60: error: unknown key 'expires' in 'decision.waivers[0]' (did you mean 'until'?)"),
                errors("team: {skills: {go: 3}}\ndecision:\n  waivers: [{rule: python-free-threaded-build,"
                        + " because: r, expires: 2027-06-30}]\n"));
    }

    @Test
    void aShortNameOfALanguageNamesTheLanguage() {
        assertEquals(List.of(
                "d.yaml:5:17: error: unknown language 'js'; no rule pack in use defines it (did you mean 'javascript'?)",
                "d.yaml:5:24: error: unknown language 'py'; no rule pack in use defines it (did you mean 'python'?)",
                "d.yaml:5:31: error: unknown language 'nodejs'; no rule pack in use defines it (did you mean 'javascript'?)"),
                errors("team: {skills: {js: 4, py: 2, nodejs: 1}}\n"));
    }

    @Test
    void aChoiceNamedAfterATitleOrALanguageNamesTheCandidate() {
        String team = "team: {skills: {go: 3}}\n";
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'JVM'; no rule pack in use defines it"
                + " (did you mean 'java': Java (JVM)?)"), errors(team + "decision: {chosen: JVM}\n"));
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'kotlin'; no rule pack in use defines it"
                + " (did you mean 'java': Java (JVM)?)"), errors(team + "decision: {chosen: kotlin}\n"));
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'ts'; no rule pack in use defines it"
                + " (did you mean 'nodejs': Node.js?)"), errors(team + "decision: {chosen: ts}\n"));
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'py'; no rule pack in use defines it"
                + " (did you mean 'python': Python?)"), errors(team + "decision: {chosen: py}\n"));
        // a language whose name starts like another candidate's id is that language's candidate
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'javascript'; no rule pack in use defines it"
                + " (did you mean 'nodejs': Node.js?)"), errors(team + "decision: {chosen: javascript}\n"));
        // a typo is still a typo
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'pyhton'; no rule pack in use defines it"
                + " (did you mean 'python'?)"), errors(team + "decision: {chosen: pyhton}\n"));
        // nothing that names one candidate: the candidates there are
        assertEquals(List.of("d.yaml:6:20: error: unknown candidate 'rust'; no rule pack in use defines it; known"
                + " candidates: go, java, nodejs, python"), errors(team + "decision: {chosen: rust}\n"));
    }

    @Test
    void theCandidatesParameterNamedAfterALanguageNamesItsCandidate() {
        var r = DefaultPack.compile(new RuleSetBuilder.Options(Set.of(), List.of("javascript", "golang"), "pom.xml"));
        assertEquals(List.of(
                "pom.xml:1:1: error: candidates names unknown candidate 'golang' (did you mean 'go'?)",
                "pom.xml:1:1: error: candidates names unknown candidate 'javascript'"
                        + " (did you mean 'nodejs': Node.js?)"),
                r.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aLanguageOrCriterionWithNothingCloseListsTheKnownOnes() {
        assertEquals(List.of(
                "d.yaml:5:17: error: unknown language 'rust'; no rule pack in use defines it; known languages: go, java,"
                        + " javascript, kotlin, python, typescript"),
                errors("team: {skills: {rust: 4}}\n"));
        assertEquals(List.of(
                "d.yaml:6:11: error: unknown criterion 'cost'; no rule pack in use defines it; known criteria: architecture, libraries,"
                        + " operations, performance, scalability, team"),
                errors("team: {skills: {go: 3}}\nweights: {cost: 2}\n"));
    }

    @Test
    void aPlatformNamesItsKindOfTarget() {
        assertEquals(List.of("d.yaml:6:22: error: 'deployment.target' is 'Kubernetes'; allowed values are containers,"
                + " serverless, vm, edge (did you mean 'containers'?)"),
                errors("team: {skills: {go: 3}}\ndeployment: {target: Kubernetes}\n"));
        assertEquals(List.of("d.yaml:6:22: error: 'deployment.target' is 'lambda'; allowed values are containers,"
                + " serverless, vm, edge (did you mean 'serverless'?)"),
                errors("team: {skills: {go: 3}}\ndeployment: {target: lambda}\n"));
    }
}
