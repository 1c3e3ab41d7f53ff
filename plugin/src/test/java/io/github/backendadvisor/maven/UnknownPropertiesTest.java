package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {
    /** A few of the plugin's parameters as its descriptor lists them: name to expression. */
    private static final UnknownProperties KNOWN = UnknownProperties.of(parameters());

    private static Map<String, String> parameters() {
        Map<String, String> p = new HashMap<>();
        p.put("skip", "${backendAdvisor.skip}");
        p.put("formats", "${backendAdvisor.formats}");
        p.put("outputDirectory", "${backendAdvisor.outputDirectory}");
        p.put("failOn", "${backendAdvisor.failOn}");
        p.put("rulePacks", null);
        p.put("detail", "${detail}"); // the help goal's, outside the prefix
        return p;
    }

    private static List<String> messages(List<String> names, boolean withD) {
        return KNOWN.typos(names, withD).stream().map(UnknownProperties.Typo::message).toList();
    }

    @Test
    void aPropertyCloseToOneOfThePluginsIsNamedWithIt() {
        assertEquals(List.of(
                "-DbackendAdvisor.fromats sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.formats'?)",
                "the property backendAdvisor.outputDir sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.outputDirectory'?)"),
                List.of(messages(List.of("backendAdvisor.fromats"), true).get(0),
                        messages(List.of("backendAdvisor.outputDir"), false).get(0)));
    }

    @Test
    void anotherCaseOrSeparatorIsNamedAsSuch() {
        assertEquals(List.of(
                "-Dbackendadvisor.skip sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.skip'? property names are case-sensitive)",
                "-DbackendAdvisor.failon sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.failOn'? property names are case-sensitive)",
                "-Dbackend-advisor.skip sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.skip'?)",
                "-DBACKEND_ADVISOR_FORMATS sets nothing: no parameter of this plugin has that property"
                        + " (did you mean 'backendAdvisor.formats'?)"),
                messages(List.of("backendadvisor.skip", "backendAdvisor.failon", "backend-advisor.skip",
                        "BACKEND_ADVISOR_FORMATS"), true));
    }

    @Test
    void aParameterWithoutPropertyIsSaidToBelongInThePom() {
        assertEquals(List.of("-DbackendAdvisor.rulePacks sets nothing: 'rulePacks' has no property; set it in the"
                + " plugin's <configuration> in the POM"), messages(List.of("backendAdvisor.rulePacks"), true));
    }

    @Test
    void thePluginsOwnPropertiesAndATeamsOwnAreLeftAlone() {
        List<String> names = List.of("backendAdvisor.skip", "backendAdvisor.formats", "backendAdvisor.version",
                "backendAdvisor.rules.dir", "backendAdvisor", "backend", "detail", "skip", "formats", "backendAdvisorX",
                "maven.compiler.release", "b", "");
        assertEquals(List.of(), messages(names, true));
        assertEquals(List.of(), messages(names, false));
    }

    @Test
    void onlyNamesUnderThePrefixAreLookedAtFurther() {
        assertEquals(List.of("backendadvisor.skip", "Backend-Advisor.x", "backendAdvisorSkip", "backendAdvisoR"),
                UnknownProperties.underPrefix(List.of("backendadvisor.skip", "maven.compiler.release",
                        "Backend-Advisor.x", "backendAdvisorSkip", "backend.advisor.skip", "backendAdvisoR", "b", "")));
    }
}
