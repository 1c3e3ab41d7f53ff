package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.DefaultPlexusConfiguration;
import org.codehaus.plexus.configuration.PlexusConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The goals' configurator sets what Maven's own ("basic") sets, tells the listener the same, and
 * leaves to Maven's code what it does not take.
 */
class GoalConfiguratorTest {

    /** A goal-like bean: parameters in a superclass and a subclass, a setter, a static field. */
    public abstract static class Base {
        String text;
        List<String> names;
        boolean flag;
        static String constant;
    }

    public static final class Bean extends Base {
        File file;
        String viaSetter;
        int count;

        public void setViaSetter(String value) {
            viaSetter = "set:" + value;
        }

        String state() {
            return text + "|" + names + "|" + flag + "|" + file + "|" + viaSetter + "|" + count;
        }
    }

    /** Expands ${name} from a map and resolves relative files against /base, as Maven's evaluator does. */
    static final class Evaluator implements ExpressionEvaluator {
        private final Map<String, Object> values;

        Evaluator(Map<String, Object> values) {
            this.values = values;
        }

        @Override
        public Object evaluate(String expression) {
            if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                return values.get(expression.substring(2, expression.length() - 1));
            }
            return expression;
        }

        @Override
        public File alignToBaseDirectory(File file) {
            return file.isAbsolute() ? file : new File("/base", file.getPath());
        }
    }

    /** What the listener heard, in order. */
    static final class Heard implements ConfigurationListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void notifyFieldChangeUsingSetter(String field, Object value, Object target) {
            events.add("setter " + field + "=" + value);
        }

        @Override
        public void notifyFieldChangeUsingReflection(String field, Object value, Object target) {
            events.add("field " + field + "=" + value);
        }
    }

    private static final Evaluator EVALUATOR = new Evaluator(Map.of("greeting", "hello", "list", "a,b"));

    private static PlexusConfiguration configuration(String... nameValues) {
        DefaultPlexusConfiguration configuration = new DefaultPlexusConfiguration("configuration");
        for (int i = 0; i < nameValues.length; i += 2) {
            configuration.addChild(nameValues[i], nameValues[i + 1]);
        }
        return configuration;
    }

    /** The bean's state and what the listener heard, after {@code configurator} set {@code configuration}. */
    private static String configure(ComponentConfigurator configurator, PlexusConfiguration configuration)
            throws Exception {
        Bean bean = new Bean();
        Heard heard = new Heard();
        ClassRealm realm = new ClassWorld().newRealm("test", GoalConfiguratorTest.class.getClassLoader());
        configurator.configureComponent(bean, configuration, EVALUATOR, realm, heard);
        return bean.state() + " " + heard.events;
    }

    @Test
    void findsEachFieldOnceFromTheClassUpLeavingSettersAndStaticsToMaven() {
        assertEquals(new TreeSet<>(List.of("count", "file", "flag", "names", "text")),
                new TreeSet<>(GoalConfigurator.fields(Bean.class).keySet()));
    }

    @Test
    void setsWhatMavensConfiguratorSets() throws Exception {
        PlexusConfiguration configuration = configuration("text", "${greeting}", "names", "${list}", "flag", "true",
                "file", "reports/out", "count", "7");
        configuration.getChild("file").setAttribute("implementation", "java.io.File");
        String expected = "hello|[a, b]|true|/base/reports/out|null|7"
                + " [field text=hello, field names=[a, b], field flag=true, field file=/base/reports/out,"
                + " field count=7]";
        assertEquals(expected, configure(new BasicComponentConfigurator(), configuration), "Maven's, for reference");
        assertEquals(expected, configure(new GoalConfigurator(), configuration));

        // a value that evaluates to nothing sets nothing, and the listener hears nothing of it
        PlexusConfiguration unset = configuration("text", "${unset}", "flag", "true");
        assertEquals("null|null|true|null|null|0 [field flag=true]", configure(new GoalConfigurator(), unset));
        assertEquals(configure(new BasicComponentConfigurator(), unset), configure(new GoalConfigurator(), unset));
    }

    @Test
    void anElementNoFieldTakesFailsAsInMaven() {
        PlexusConfiguration unknown = configuration("text", "x", "missing", "y");
        String message = failure(new GoalConfigurator(), unknown);
        assertEquals(failure(new BasicComponentConfigurator(), unknown), message);
        assertTrue(message.contains("'missing'"), message);
    }

    @Test
    void leavesASetterOrAnotherImplementationToMaven() throws Exception {
        PlexusConfiguration setter = configuration("text", "x", "viaSetter", "y");
        assertEquals("x|null|false|null|set:y|0 [field text=x, setter viaSetter=y]",
                configure(new GoalConfigurator(), setter));
        assertEquals(configure(new BasicComponentConfigurator(), setter), configure(new GoalConfigurator(), setter));

        PlexusConfiguration linked = configuration("names", "p,q");
        linked.getChild("names").setAttribute("implementation", "java.util.LinkedList");
        assertEquals(configure(new BasicComponentConfigurator(), linked), configure(new GoalConfigurator(), linked));
    }

    @Test
    void aValueMavenCannotConvertFailsAsInMaven() {
        PlexusConfiguration bad = configuration("count", "seven");
        assertEquals(failure(new BasicComponentConfigurator(), bad), failure(new GoalConfigurator(), bad));
    }

    private static String failure(ComponentConfigurator configurator, PlexusConfiguration configuration) {
        return assertThrows(ComponentConfigurationException.class, () -> configure(configurator, configuration))
                .getMessage();
    }
}
