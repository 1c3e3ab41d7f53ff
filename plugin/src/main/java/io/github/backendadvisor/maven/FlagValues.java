package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Switches (boolean parameters) given a text other than true or false. Maven reads any such text
 * as false without a word, so {@code -DbackendAdvisor.skip=yes} or {@code <failIfMissing>1</failIfMissing>}
 * would quietly do the opposite of what was meant. Each is a warning, where the value is set; a
 * word for "off" ({@code no}, {@code 0}), which Maven reads as meant, is not.
 */
final class FlagValues {
    private FlagValues() {
    }

    /**
     * A switch's value as set, and where.
     *
     * @param parameter the parameter
     * @param text the value as written
     * @param property the property that set it, or null when a POM's configuration did
     */
    record Flag(String parameter, String text, String property) {
    }

    /** Words for "off" that Maven reads as false, as their writer meant: no warning is needed. */
    private static final Set<String> OFF = Set.of("no", "n", "off", "0", "disabled", "none");

    /**
     * Whether Maven reads {@code text} as the switch its writer meant: true or false in any case, or
     * a word for "off", which Maven reads as false too.
     */
    static boolean meant(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")
                || OFF.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The sentence for a value Maven reads as false. */
    static String message(Flag s) {
        return "'" + s.parameter() + "' is '" + s.text() + "', which Maven reads as false; write true or false"
                + (s.property() == null ? "" : " (set by the property " + s.property() + ")");
    }

    /**
     * The values of the goal's switches that Maven reads as false against their writer's meaning
     * ({@link #flag}). An empty value (a CI variable that is not set) is left out: the goal gives it
     * its default ({@link AbstractAdvisorMojo#unsetWhereEmpty}).
     */
    static List<Flag> unplain(MojoExecution execution, Properties user, Properties own) {
        List<Flag> out = new ArrayList<>();
        if (execution == null || execution.getMojoDescriptor() == null
                || execution.getMojoDescriptor().getParameters() == null) {
            return out;
        }
        for (Parameter p : execution.getMojoDescriptor().getParameters()) {
            if (!p.isEditable() || !"boolean".equals(p.getType())) continue;
            Flag f = flag(execution, user, own, p.getName());
            if (f != null && !f.text().isBlank() && !meant(f.text())) out.add(f);
        }
        return out;
    }

    /**
     * A switch's value as set: the text a POM writes in the goal's configuration, or else that of
     * the property the parameter reads (a {@code -D} first, as Maven reads them, then the module's
     * properties); null when neither sets it, and it keeps its default.
     */
    static Flag flag(MojoExecution execution, Properties user, Properties own, String parameter) {
        Xpp3Dom config = execution == null ? null : execution.getConfiguration();
        Xpp3Dom element = config == null ? null : config.getChild(parameter);
        String text = element == null ? null : element.getValue();
        String property = null;
        if (text != null && text.startsWith("${") && text.endsWith("}")) {
            property = text.substring(2, text.length() - 1);
            text = user == null ? null : user.getProperty(property);
            if (text == null && own != null) text = own.getProperty(property);
        }
        return text == null ? null : new Flag(parameter, text, property);
    }

    /**
     * Warns of each switch of this goal that Maven read as false from another text, once per build
     * for each place: at the POM line that sets it, or at the module's POM for a {@code -D}.
     */
    static void warn(MavenSession session, MavenProject project, MojoExecution execution, AbstractAdvisorMojo goal,
            Log log) {
        Properties user = session == null ? null : session.getUserProperties();
        Properties own = project == null ? null : project.getProperties();
        for (Flag s : unplain(execution, user, own)) {
            boolean fromUser = s.property() != null && user != null && user.getProperty(s.property()) != null;
            Position at = s.property() == null ? goal.pomPlaces().find(s.parameter())
                    : fromUser ? null : goal.pomPlaces().property(s.property());
            String where = at != null ? UnknownProperties.absolute(project, at)
                    : fromUser ? "-D" + s.property() : s.parameter();
            if (UnknownProperties.firstInBuild(session, "flag " + where + "=" + s.text())) {
                log.warn((at == null ? Position.start(goal.pomName()) : at) + ": warning: " + message(s));
            }
        }
    }
}
