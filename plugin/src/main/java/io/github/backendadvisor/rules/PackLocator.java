package io.github.backendadvisor.rules;

import io.github.backendadvisor.diag.ConfigPlaces;
import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.diag.Suggestions;
import io.github.backendadvisor.diag.Utf8;
import io.github.backendadvisor.yaml.SafeYaml;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds pack files: a file, a directory of {@code *.yaml}/{@code *.yml} files (in name order), or a
 * {@code classpath:} resource from a jar on the plugin's classpath. Reads text only.
 */
public final class PackLocator {
    /** The default pack, shipped in the backend-advisor-rules jar. */
    public static final String DEFAULT_PACK = "classpath:io/github/backendadvisor/rules/default.yaml";
    private static final String CLASSPATH = "classpath:";
    /** A location with a URL scheme ({@code https://}, {@code file://}); a Windows drive ({@code C:\\}) has none. */
    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+://");

    /**
     * Classpath packs by resource URL: a jar does not change during a build, and reusing the same
     * source object makes the content-keyed cache lookup an identity check instead of re-reading
     * and re-hashing the text for every module.
     */
    private static final java.util.Map<String, PackSource> CLASSPATH_SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The same per class loader and location: a class loader finds the same resource for as long as
     * it lives, so the lookup, a search through the plugin's jars, happens once per build. Weak keys
     * let a class loader and its packs go when a build that ran in a longer-lived JVM ends.
     */
    private static final Map<ClassLoader, Map<String, PackSource>> BY_LOADER = new WeakHashMap<>();

    private final Path baseDir;
    private final ClassLoader loader;
    private final Position configured;

    /**
     * @param baseDir relative paths are resolved against it (the module's base directory)
     * @param loader where {@code classpath:} resources come from
     * @param config where the configuration (the POM) names the packs, for messages about them
     */
    public PackLocator(Path baseDir, ClassLoader loader, ConfigPlaces config) {
        this.baseDir = baseDir;
        this.loader = loader;
        this.configured = config.at("rulePacks");
    }

    /** A locator whose configuration file places no parameter ({@link ConfigPlaces#of(String)}). */
    public PackLocator(Path baseDir, ClassLoader loader, String configFile) {
        this(baseDir, loader, ConfigPlaces.of(configFile));
    }

    /**
     * What {@link #locateInOrder} read.
     *
     * @param result every pack read, with the problems of the locations that could not be
     * @param beforeFirstProblem the packs of the locations before the first one with a problem (all
     *     of them when there is none)
     */
    public record Located(Result<List<PackSource>> result, List<PackSource> beforeFirstProblem) {
    }

    /** Reads every location in order. */
    public Result<List<PackSource>> locate(List<String> locations) {
        return locateInOrder(locations).result();
    }

    /** Reads every location in order, and tells which packs come before the first problem. */
    public Located locateInOrder(List<String> locations) {
        Diagnostics diags = new Diagnostics();
        List<PackSource> out = new ArrayList<>();
        Map<String, String> named = new HashMap<>();
        int before = -1;
        for (String location : locations) {
            int found = out.size();
            String loc = location.strip();
            if (loc.startsWith(CLASSPATH)) {
                if (once(CLASSPATH + resource(loc), loc, loc, named, diags)) {
                    java.util.Optional<PackSource> source = classpath(loc, diags);
                    if (source.isPresent()) out.add(source.get());
                }
            } else if (URL.matcher(loc).lookingAt()) {
                diags.error(configured, "rule pack '" + loc + "' is a URL; packs are read from files, directories and"
                        + " the classpath, never from the network: save the pack in the project, or in a jar that you"
                        + " add as a <dependency> of the plugin, and name it here");
            } else {
                path(loc, diags, out, named);
            }
            if (before < 0 && diags.hasErrors()) before = found;
        }
        List<PackSource> all = List.copyOf(out);
        return new Located(Result.of(all, diags.sorted()), before < 0 ? all : all.subList(0, before));
    }

    /** The resource a {@code classpath:} location names, without leading slashes. */
    private static String resource(String loc) {
        int from = CLASSPATH.length();
        while (from < loc.length() && loc.charAt(from) == '/') from++;
        return loc.substring(from);
    }

    private java.util.Optional<PackSource> classpath(String loc, Diagnostics diags) {
        String resource = resource(loc);
        synchronized (BY_LOADER) {
            PackSource found = BY_LOADER.getOrDefault(loader, Map.of()).get(loc);
            if (found != null) return java.util.Optional.of(found);
        }
        boolean yaml = isYamlName(resource);
        // a folder of a jar or of the classpath opens as a file (empty, or a listing): say what it is
        if (resource.isEmpty() || resource.endsWith("/") || !yaml && loader.getResource(resource + "/") != null) {
            diags.error(configured, "rule pack '" + loc + "' names " + (resource.isEmpty() ? "no resource" : "a folder")
                    + " on the plugin's classpath; name the pack's YAML file, such as classpath:com/acme/backend-rules.yaml");
            return java.util.Optional.empty();
        }
        URL url = loader.getResource(resource);
        if (url == null) {
            diags.error(configured, "rule pack '" + loc + "' was not found on the plugin's classpath;"
                    + " add the jar that holds it as a <dependency> of the plugin");
            return java.util.Optional.empty();
        }
        PackSource known = CLASSPATH_SOURCES.get(loc + "\u0000" + url);
        if (known != null) {
            return java.util.Optional.of(remember(loc, known));
        }
        try (InputStream in = url.openStream()) {
            byte[] bytes = in.readNBytes(SafeYaml.MAX_BYTES + 1);
            if (bytes.length > SafeYaml.MAX_BYTES) {
                diags.error(Position.start(loc), "rule pack is larger than 1 MiB and is not read");
                return java.util.Optional.empty();
            }
            int slash = resource.lastIndexOf('/');
            String base = CLASSPATH + (slash < 0 ? "" : resource.substring(0, slash + 1));
            String text = text(bytes, loc, diags).orElse(null);
            if (text == null) return java.util.Optional.empty();
            PackSource source = new PackSource(loc, text, base);
            CLASSPATH_SOURCES.putIfAbsent(loc + "\u0000" + url, source);
            return java.util.Optional.of(remember(loc, CLASSPATH_SOURCES.get(loc + "\u0000" + url)));
        } catch (IOException e) {
            diags.error(Position.start(loc), "cannot read rule pack: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private PackSource remember(String loc, PackSource source) {
        synchronized (BY_LOADER) {
            Map<String, PackSource> read = BY_LOADER.get(loader);
            if (read == null) {
                read = new HashMap<>();
                BY_LOADER.put(loader, read);
            }
            read.put(loc, source);
        }
        return source;
    }

    /** Whether a file or resource name is that of a YAML file. */
    private static boolean isYamlName(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A file a pack directory reads: a YAML file directly in it. */
    private static boolean isPackFile(Path f) {
        return isYamlName(f.toString()) && Files.isRegularFile(f);
    }

    /**
     * For a directory without packs of its own: the first subfolder, in name order, that holds
     * some, as a hint (a directory is not read below its own files).
     */
    private static String subfolderWithPacks(Path dir, String loc) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path sub : s.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inner = Files.list(sub)) {
                    if (inner.anyMatch(PackLocator::isPackFile)) {
                        return "; subfolders are not read, but " + (loc.endsWith("/") ? loc : loc + "/")
                                + sub.getFileName() + " holds packs: name it in rulePacks";
                    }
                }
            }
        } catch (IOException e) {
            // no hint then; the error stands on its own
        }
        return "";
    }

    /**
     * Whether a pack is named for the first time; a second naming, directly or through its
     * directory, is an error that says by which name it is already read.
     */
    private boolean once(String key, String name, String loc, Map<String, String> named, Diagnostics diags) {
        String first = named.putIfAbsent(key, loc);
        if (first == null) return true;
        diags.error(configured, first.equals(DEFAULT_PACK)
                ? "rule pack '" + loc + "' is the default pack, which useDefaultRules already loads;"
                        + " remove it from rulePacks"
                : first.equals(loc) ? "rule pack '" + loc + "' is named twice in rulePacks; name each pack once"
                : "rule pack '" + name + "' is read twice, through '" + first + "' and through '" + loc
                        + "' in rulePacks; name each pack once");
        return false;
    }

    private void path(String loc, Diagnostics diags, List<PackSource> out, Map<String, String> named) {
        Path p = baseDir.resolve(loc).normalize();
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(p)) {
                files = s.filter(PackLocator::isPackFile).sorted().toList();
            } catch (IOException e) {
                diags.error(configured, "cannot list rule pack directory '" + loc + "': " + e.getMessage());
                return;
            }
            if (files.isEmpty()) {
                diags.error(configured, "rule pack directory '" + loc + "' holds no *.yaml or *.yml file"
                        + subfolderWithPacks(p, loc));
            }
            for (Path f : files) {
                String name = (loc.endsWith("/") ? loc : loc + "/") + f.getFileName();
                if (once(f.toAbsolutePath().toString(), name, loc, named, diags)) {
                    read(f, name, diags).ifPresent(out::add);
                }
            }
        } else if (Files.isRegularFile(p)) {
            if (once(p.toAbsolutePath().toString(), loc, loc, named, diags)) read(p, loc, diags).ifPresent(out::add);
        } else if (Files.exists(p)) {
            diags.error(configured, "rule pack '" + loc + "' is neither a file nor a directory but a named pipe, a"
                    + " device or a socket, which is not read");
        } else {
            // the suggestion is named the way the configuration names packs, relative to the module
            String hint = Suggestions.closestFile(p, true)
                    .map(f -> " (did you mean '" + baseDir.toAbsolutePath().normalize().relativize(f).toString()
                            .replace('\\', '/') + "'?)")
                    .orElse("");
            diags.error(configured, "rule pack '" + loc + "' does not exist (looked for " + p + ")" + hint);
        }
    }

    /** A pack's text, decoded strictly: a byte that is not UTF-8 is an error at its place, never a replacement character. */
    private static java.util.Optional<String> text(byte[] bytes, String name, Diagnostics diags) {
        java.util.Optional<String> text = Utf8.decode(bytes);
        if (text.isEmpty()) diags.add(Utf8.malformed(bytes, name, "rule pack", "save it as UTF-8"));
        return text;
    }

    private java.util.Optional<PackSource> read(Path file, String name, Diagnostics diags) {
        try {
            if (Files.size(file) > SafeYaml.MAX_BYTES) {
                diags.error(Position.start(name), "rule pack is larger than 1 MiB and is not read");
                return java.util.Optional.empty();
            }
            String text = text(Files.readAllBytes(file), name, diags).orElse(null);
            return text == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new PackSource(name, text, file.getParent().toString()));
        } catch (IOException e) {
            diags.error(Position.start(name), "cannot read rule pack: " + e.getMessage());
            return java.util.Optional.empty();
        }
    }
}
