package io.github.backendadvisor.maven;

import io.github.backendadvisor.diag.ConfigPlaces;
import io.github.backendadvisor.diag.Position;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.ReportPlugin;
import org.apache.maven.model.ReportSet;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Where the POMs of a build set a goal's parameters: the element of each parameter in the
 * configuration of the goal's execution, or else of the plugin (in {@code <build>}, or in
 * {@code <reporting>} and its report sets for {@code mvn site}), in whichever POM declares it (the
 * module's or a parent's). Messages about a parameter's value name that place in the compiler format.
 */
final class PomPlaces {
    private final MavenProject project;
    private final String pluginKey;
    private final String executionId;
    private final String pomName;

    /**
     * @param project the module
     * @param pluginKey this plugin's {@code groupId:artifactId}, or null when unknown
     * @param executionId the id of the goal's execution, or null when unknown
     * @param pomName how messages name the module's POM
     */
    PomPlaces(MavenProject project, String pluginKey, String executionId, String pomName) {
        this.project = project;
        this.pluginKey = pluginKey;
        this.executionId = executionId;
        this.pomName = pomName;
    }

    /**
     * The places of those of {@code parameters} that a POM sets. Only those are placed, so that
     * modules configured alike share one key for the compiled packs. Of the parameters that have a
     * value ({@code valued}: parameter to its property), those no POM sets were set by their
     * property, and are recorded so.
     */
    ConfigPlaces of(List<String> parameters, Map<String, String> valued) {
        Map<String, Position> set = new HashMap<>();
        Map<String, String> properties = new HashMap<>();
        for (String p : parameters) {
            Position at = find(p);
            if (at != null) {
                set.put(p, at);
            } else if (valued.containsKey(p)) {
                properties.put(p, valued.get(p));
            }
        }
        return new ConfigPlaces(pomName, set, properties);
    }

    /** Where a POM sets {@code parameter}; null when none does (so a property set it, or nothing). */
    Position find(String parameter) {
        if (pluginKey == null || project == null) return null;
        Position at = null;
        Plugin declared = project.getPlugin(pluginKey);
        if (declared != null) {
            if (executionId != null) {
                PluginExecution execution = declared.getExecutionsAsMap().get(executionId);
                if (execution != null) at = placeIn(execution.getConfiguration(), parameter);
            }
            if (at == null) at = placeIn(declared.getConfiguration(), parameter);
        }
        if (at == null && project.getModel().getReporting() != null) {
            ReportPlugin reporting = project.getModel().getReporting().getReportPluginsAsMap().get(pluginKey);
            if (reporting != null) {
                at = placeIn(reporting.getConfiguration(), parameter);
                for (ReportSet set : reporting.getReportSets()) {
                    if (at == null) at = placeIn(set.getConfiguration(), parameter);
                }
            }
        }
        return at;
    }

    /**
     * Where {@code parameter}'s element is in {@code configuration}: null when there is none; the
     * start of the module's POM when there is one but Maven recorded no position for it.
     */
    private Position placeIn(Object configuration, String parameter) {
        if (!(configuration instanceof Xpp3Dom dom)) return null;
        Xpp3Dom element = dom.getChild(parameter);
        if (element == null) return null;
        Object location;
        try {
            location = element.getInputLocation();
        } catch (LinkageError e) {
            location = null; // a Maven whose XML library records no positions (before plexus-utils 3.2)
        }
        return position(location);
    }

    /**
     * Where a POM (the module's or a parent's) sets the property {@code name}; null when none does,
     * as when it was set on the command line.
     */
    Position property(String name) {
        if (project == null || project.getModel() == null) return null;
        InputLocation properties = project.getModel().getLocation("properties");
        InputLocation at = properties == null ? null : properties.getLocation(name);
        return at == null ? null : position(at);
    }

    /** A recorded position in a POM; the start of the module's POM when it says nothing usable. */
    private Position position(Object location) {
        String file = null;
        int line = 0;
        int column = 0;
        if (location instanceof InputLocation at) {
            file = at.getSource() == null ? null : at.getSource().getLocation();
            line = at.getLineNumber();
            column = at.getColumnNumber();
        } else if (location != null) {
            // Maven 4 records its own model API's InputLocation, whose getters have the same names
            try {
                Object source = location.getClass().getMethod("getSource").invoke(location);
                file = source == null ? null : (String) source.getClass().getMethod("getLocation").invoke(source);
                line = (Integer) location.getClass().getMethod("getLineNumber").invoke(location);
                column = (Integer) location.getClass().getMethod("getColumnNumber").invoke(location);
            } catch (ReflectiveOperationException | RuntimeException e) {
                file = null;
            }
        }
        if (file == null || line < 1) return Position.start(pomName);
        Path pom;
        try {
            pom = file.startsWith("file:") ? Path.of(URI.create(file)) : Path.of(file); // Maven 4 gives a URI
        } catch (RuntimeException e) {
            return Position.start(pomName);
        }
        return new Position(pomPath(pom), line, Math.max(1, column));
    }

    /**
     * How messages name a POM: relative to the module when it is the module's or a local parent's
     * ("../pom.xml"), so that the same build prints the same on every machine; a parent from a
     * repository keeps its absolute path.
     */
    private String pomPath(Path pom) {
        Path abs = pom.toAbsolutePath().normalize();
        for (MavenProject p = project; p != null; p = p.getParent()) {
            if (p.getFile() != null && p.getFile().toPath().toAbsolutePath().normalize().equals(abs)) {
                Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
                return base.relativize(abs).toString().replace('\\', '/');
            }
        }
        return abs.toString();
    }
}
