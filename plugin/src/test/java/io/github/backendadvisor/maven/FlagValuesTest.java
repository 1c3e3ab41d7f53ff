package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class FlagValuesTest {
    /** A goal with two switches and a text parameter, configured as Maven hands it over. */
    private static MojoExecution execution(Map<String, String> configuration) throws Exception {
        MojoDescriptor goal = new MojoDescriptor();
        String[][] parameters = {{"skip", "boolean"}, {"failIfMissing", "boolean"}, {"today", "java.lang.String"}};
        for (String[] p : parameters) {
            Parameter parameter = new Parameter();
            parameter.setName(p[0]);
            parameter.setType(p[1]);
            parameter.setEditable(true);
            goal.addParameter(parameter);
        }
        MojoExecution execution = new MojoExecution(goal);
        Xpp3Dom dom = new Xpp3Dom("configuration");
        configuration.forEach((name, value) -> {
            Xpp3Dom child = new Xpp3Dom(name);
            child.setValue(value);
            dom.addChild(child);
        });
        execution.setConfiguration(dom);
        return execution;
    }

    private static Properties properties(String... pairs) {
        Properties p = new Properties();
        for (int i = 0; i < pairs.length; i += 2) p.setProperty(pairs[i], pairs[i + 1]);
        return p;
    }

    private static List<String> messages(MojoExecution e, Properties user, Properties own) {
        return FlagValues.unplain(e, user, own).stream().map(FlagValues::message).toList();
    }

    @Test
    void aSwitchWrittenAsYesOrOneIsNamedWithWhatMavenMakesOfIt() throws Exception {
        // the POM's own text; the plugin's default configuration names the property
        var e = execution(Map.of("failIfMissing", "1", "skip", "${backendAdvisor.skip}", "today", "yes"));
        assertEquals(List.of("'skip' is 'yes', which Maven reads as false; write true or false (set by the property"
                        + " backendAdvisor.skip)",
                "'failIfMissing' is '1', which Maven reads as false; write true or false"),
                messages(e, properties("backendAdvisor.skip", "yes"), properties()));
    }

    @Test
    void aPropertyOnTheCommandLineIsReadBeforeTheModulesOwn() throws Exception {
        var e = execution(Map.of("skip", "${backendAdvisor.skip}"));
        assertEquals(List.of(), messages(e, properties("backendAdvisor.skip", "true"), properties("backendAdvisor.skip",
                "on")));
        assertEquals(List.of("'skip' is 'on', which Maven reads as false; write true or false (set by the property"
                + " backendAdvisor.skip)"), messages(e, properties(), properties("backendAdvisor.skip", "on")));
        // set by neither: the default, nothing to say
        assertEquals(List.of(), messages(e, properties(), properties()));
        // empty (a CI variable that is not set): the goal gives it its default, nothing to say either
        assertEquals(List.of(), messages(e, properties("backendAdvisor.skip", ""), properties()));
        assertEquals("", FlagValues.flag(e, properties("backendAdvisor.skip", ""), properties(), "skip").text());
        assertEquals(null, FlagValues.flag(e, properties(), properties(), "skip"));
    }

    @Test
    void trueFalseAndWordsForOffAreReadAsMeant() {
        for (String s : new String[] {"true", "false", "TRUE", "False", "no", "off", "0", "N", "disabled", "none"}) {
            assertTrue(FlagValues.meant(s), s);
        }
        for (String s : new String[] {"yes", "y", "on", "1", "enabled", "maybe", " true"}) {
            assertFalse(FlagValues.meant(s), s);
        }
    }
}
