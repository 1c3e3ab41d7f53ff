package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Properties that look like this plugin's but set none of its parameters. Maven's properties are
 * case-sensitive and an unknown one is silently ignored, so {@code -Dbackendadvisor.skip=true} or
 * {@code <backendAdvisor.fromats>} would do nothing without a word. A property whose name starts
 * with the plugin's prefix (in any case, with or without a hyphen) is a likely typo when the rest
 * of its name is close to a parameter's, or names a parameter that has no property; any other
 * name under the prefix (a team's own {@code backendAdvisor.version}) is left alone.
 */
final class UnknownProperties {
    /** The prefix of every property of this plugin, lower case and without separators. */
    private static final String PREFIX = "backendadvisor";

    private final Map<String, String> properties;
    private final Set<String> withoutProperty;

    /**
     * @param properties each property of the plugin's goals (all of them, since a property meant
     *     for another goal of the same build is no typo), by the part after the prefix
     * @param withoutProperty parameters that only a POM's configuration can set
     */
    UnknownProperties(Map<String, String> properties, Set<String> withoutProperty) {
        this.properties = new TreeMap<>(properties);
        this.withoutProperty = Set.copyOf(withoutProperty);
    }

    /**
     * The properties of the plugin's goals and the parameters without one, from each parameter's
     * name and expression ({@code ${backendAdvisor.formats}}, or null when it has none); read-only
     * parameters are left out by the caller.
     */
    static UnknownProperties of(Map<String, String> expressions) {
        Map<String, String> properties = new TreeMap<>();
        Set<String> without = new TreeSet<>();
        for (Map.Entry<String, String> e : expressions.entrySet()) {
            String expression = e.getValue();
            if (expression != null && expression.startsWith("${") && expression.endsWith("}")) {
                String property = expression.substring(2, expression.length() - 1);
                String rest = rest(property);
                if (rest != null) properties.put(rest, property);
            } else if (expression == null) {
                without.add(e.getKey());
            }
        }
        return new UnknownProperties(properties, without);
    }

    /**
     * Warns of the properties of the build and of the module's POMs that are likely typos, each once
     * per build however many modules and goals see it: one set with {@code -D} at the start of the
     * module's POM, one of a POM where that POM sets it.
     */
    static void warn(MavenSession session, MavenProject project, PluginDescriptor plugin, AbstractAdvisorMojo goal,
            Log log) {
        Properties user = session == null ? null : session.getUserProperties();
        List<String> fromUser = user == null ? List.of() : underPrefix(user.stringPropertyNames());
        Properties own = project == null ? null : project.getProperties();
        List<String> fromPom = own == null ? List.of() : underPrefix(own.stringPropertyNames());
        if (fromUser.isEmpty() && fromPom.isEmpty() || plugin == null) return;
        UnknownProperties known = of(plugin);
        for (Typo t : known.typos(new TreeSet<>(fromUser), true)) {
            if (firstInBuild(session, "-D" + t.name())) {
                log.warn(Position.start(goal.pomName()) + ": warning: " + t.message());
            }
        }
        for (Typo t : known.typos(new TreeSet<>(fromPom), false)) {
            if (fromUser.contains(t.name())) continue; // the -D one overrides it, and was named
            Position at = goal.pomPlaces().property(t.name());
            if (firstInBuild(session, t.name() + "@" + (at == null ? "" : absolute(project, at)))) {
                log.warn((at == null ? Position.start(goal.pomName()) : at) + ": warning: " + t.message());
            }
        }
    }

    /** The id of the last plugin read and what was read from it: the same in every module of a build. */
    private static volatile Map.Entry<String, UnknownProperties> last;

    /**
     * The properties of {@code plugin}'s goals, read once for each plugin. Maven hands each module a
     * copy of the plugin's descriptor, so a copy is known by the plugin's id: these
     * classes come from that plugin's jar, whose goals do not change while they are loaded.
     */
    private static UnknownProperties of(PluginDescriptor plugin) {
        Map.Entry<String, UnknownProperties> read = last;
        String id = String.valueOf(plugin.getId());
        if (read == null || !read.getKey().equals(id)) {
            read = Map.entry(id, of(expressions(plugin)));
            last = read;
        }
        return read.getValue();
    }

    /** Each editable parameter of the plugin's goals with its expression ({@code ${property}}, or null). */
    private static Map<String, String> expressions(PluginDescriptor plugin) {
        Map<String, String> out = new HashMap<>();
        if (plugin.getMojos() == null) return out;
        for (MojoDescriptor mojo : plugin.getMojos()) {
            if (mojo.getParameters() == null) continue;
            for (Parameter p : mojo.getParameters()) {
                // a goal that has no property for a parameter another goal has one for is not "without":
                // the first expression wins, and putIfAbsent also replaces a null, which means none yet
                if (!p.isEditable()) continue;
                String expression = p.getExpression();
                out.putIfAbsent(p.getName(), expression == null || expression.isEmpty() ? null : expression);
            }
        }
        return out;
    }

    /**
     * A place in a POM, the same from every module: a parent's setting is seen from each module
     * under another relative path ({@code ../pom.xml}).
     */
    static String absolute(MavenProject project, Position at) {
        String file = project.getBasedir() == null ? at.file()
                : project.getBasedir().toPath().resolve(at.file()).normalize().toString();
        return file + ":" + at.line() + ":" + at.column();
    }

    /**
     * Whether this is the first time in the build that {@code key} is asked for: kept in the
     * resolver session's data, which lives as long as the build; always true outside Maven.
     */
    static boolean firstInBuild(MavenSession session, String key) {
        if (session == null || session.getRepositorySession() == null) return true;
        return session.getRepositorySession().getData().set("backendAdvisor.warned:" + key, null, Boolean.TRUE);
    }

    /** Those of {@code names} that start with the plugin's prefix, which {@link #typos} looks at. */
    static List<String> underPrefix(Collection<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            // the usual case, a property of another plugin or of the build, is passed over cheaply
            if (!name.isEmpty() && Character.toLowerCase(name.charAt(0)) == 'b' && rest(name) != null) out.add(name);
        }
        return out;
    }

    /**
     * A message for each of {@code names} that is a likely typo of a property of the plugin, in the
     * order given; nothing for the others.
     *
     * @param names properties set for the module
     * @param withD whether they were set with {@code -D}, which the message then shows
     */
    List<Typo> typos(Collection<String> names, boolean withD) {
        List<Typo> out = new ArrayList<>();
        for (String name : names) {
            String rest = rest(name);
            if (rest == null || rest.isEmpty() || properties.containsValue(name)) continue;
            String subject = (withD ? "-D" + name : "the property " + name) + " sets nothing: ";
            Optional<String> close = Suggestions.closest(rest, properties.keySet());
            if (close.isPresent()) {
                String meant = properties.get(close.get());
                out.add(new Typo(name, subject + "no parameter of this plugin has that property (did you mean '" + meant
                        + "'?" + (meant.equalsIgnoreCase(name) ? " property names are case-sensitive)" : ")")));
                continue;
            }
            for (String parameter : withoutProperty) {
                if (parameter.equalsIgnoreCase(rest)) {
                    out.add(new Typo(name, subject + "'" + parameter
                            + "' has no property; set it in the plugin's <configuration> in the POM"));
                }
            }
        }
        return out;
    }

    /**
     * A property's name that is a likely typo, and what to print about it.
     *
     * @param name the property as set
     * @param message the sentence, without position or severity
     */
    record Typo(String name, String message) {
    }

    /**
     * The part of {@code name} after the plugin's prefix and one separator
     * ({@code backend-advisor.skip}, {@code backendAdvisorSkip} and {@code BACKENDADVISOR_skip} all
     * give {@code skip}); null when it does not start with the prefix.
     */
    private static String rest(String name) {
        int i = 0;
        int matched = 0;
        while (i < name.length() && matched < PREFIX.length()) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c == PREFIX.charAt(matched)) {
                matched++;
            } else if (c != '-' && c != '_') {
                return null;
            }
            i++;
        }
        if (matched < PREFIX.length()) return null;
        if (i < name.length() && ".-_:".indexOf(name.charAt(i)) >= 0) i++;
        return name.substring(i);
    }
}
