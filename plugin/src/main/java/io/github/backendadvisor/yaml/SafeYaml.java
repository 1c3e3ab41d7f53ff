package io.github.backendadvisor.yaml;

import io.github.backendadvisor.diag.Diagnostics;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.UnsafeChars;
import io.github.backendadvisor.diag.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML text into a node tree without constructing any object from it. Only the node tree
 * is used, so no tag can instantiate a class; tags other than the standard scalar, map and
 * sequence tags are reported as errors, as are duplicate keys. Limits keep alias bombs, deep
 * nesting and large files cheap to reject.
 */
public final class SafeYaml {
    /** Largest file read, in bytes. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** Largest document, in code points. */
    public static final int MAX_CODE_POINTS = 1024 * 1024;
    /** Aliases to collections allowed in one document. */
    public static final int MAX_COLLECTION_ALIASES = 10;
    /** Deepest nesting of collections. */
    public static final int MAX_NESTING = 20;

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.MAP, Tag.SEQ);

    /** Read-only once built (nothing adds resolvers), so one serves every document and thread. */
    private static final ScalarResolver RESOLVER = new ScalarResolver();

    static final String TAG_HINT = "only plain values, lists and mappings are read (no object is ever constructed)";

    private SafeYaml() {
    }

    /**
     * A file's bytes, at most {@link #MAX_BYTES} + 1 of them, in one open and without a separate
     * size lookup: more than {@link #MAX_BYTES} means the file is too large to be read.
     */
    public static byte[] readBounded(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        // a named pipe, a device or a socket would hold the build on open or on read: never opened
        if (attributes.isOther()) throw new NotAFile(path);
        try (InputStream in = Files.newInputStream(path)) {
            // sized by the file's length: without it, reading a file of a few hundred bytes starts
            // with an 8 KB buffer, in every module of a reactor
            int expected = (int) Math.min(attributes.size(), MAX_BYTES);
            byte[] bytes = in.readNBytes(expected + 1);
            if (bytes.length <= expected) return bytes;
            // the file grew after its length was read: the rest too, up to the bound
            byte[] rest = in.readNBytes(MAX_BYTES + 1 - bytes.length);
            byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
            System.arraycopy(rest, 0, all, bytes.length, rest.length);
            return all;
        }
    }

    /**
     * Reads a file's text (at most 1 MiB, UTF-8) for {@link #compose}; problems go to {@code diags}.
     * The text is returned rather than composed here so that a caller can keep what it parsed.
     */
    public static Optional<String> readText(Path path, String displayName, Diagnostics diags) {
        byte[] bytes;
        try {
            bytes = readBounded(path);
            if (bytes.length > MAX_BYTES) {
                diags.error(Position.start(displayName), "file is " + Files.size(path)
                        + " bytes; files larger than 1 MiB (" + MAX_BYTES + " bytes) are not read");
                return Optional.empty();
            }
        } catch (NoSuchFileException e) {
            diags.error(Position.start(displayName), "file does not exist");
            return Optional.empty();
        } catch (NotAFile e) {
            diags.error(Position.start(displayName), "this is not a file but a named pipe, a device or a socket,"
                    + " which is not read; a YAML file is expected here");
            return Optional.empty();
        } catch (IOException e) {
            // a directory opens, and fails on the first read; looked at only then, not for every file
            diags.error(Position.start(displayName), Files.isDirectory(path)
                    ? "this is a directory; a YAML file is expected here" + onlyYamlIn(path, displayName)
                    : "cannot read file: " + describe(e));
            return Optional.empty();
        }
        Optional<String> text = Utf8.decode(bytes);
        if (text.isEmpty()) {
            diags.add(Utf8.malformed(bytes, displayName, "file", "save it as UTF-8"));
        }
        return text;
    }

    /** A path that is neither a regular file nor a directory (see {@link #readBounded}). */
    public static final class NotAFile extends IOException {
        private static final long serialVersionUID = 1L;

        NotAFile(Path path) {
            super(path + " is not a regular file");
        }
    }

    /**
     * " (did you mean 'docs/backend-requirements.yaml'?)" when the directory holds exactly one YAML
     * file, named as {@code displayName} names the directory; else nothing.
     */
    private static String onlyYamlIn(Path dir, String displayName) {
        String only = null;
        try (var files = Files.newDirectoryStream(dir, "*.{yaml,yml}")) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) continue;
                if (only != null) return "";
                only = f.getFileName().toString();
            }
        } catch (IOException | RuntimeException e) {
            return "";
        }
        return only == null ? "" : " (did you mean '" + (displayName.endsWith("/") ? displayName : displayName + "/") + only + "'?)";
    }

    /** Whether the text holds nothing but white space and a byte order mark. */
    private static boolean isBlank(String text) {
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).isBlank();
    }

    /** Composes YAML text into a checked node tree; problems go to {@code diags}. */
    public static Optional<Node> compose(String text, String displayName, Diagnostics diags) {
        if (text.length() > MAX_CODE_POINTS) {
            diags.error(Position.start(displayName), "document is larger than 1 MiB and is not read");
            return Optional.empty();
        }
        // descriptors are plain block YAML, which SimpleYaml reads into SnakeYAML's own tree in a
        // fraction of the time; anything else, and every error, goes to SnakeYAML
        Node root = SimpleYaml.compose(text, RESOLVER, MAX_NESTING - 1).orElse(null);
        try {
            if (root == null) root = composeWithSnakeYaml(text);
        } catch (MarkedYAMLException e) {
            diags.add(YamlSyntaxErrors.syntax(e, displayName));
            return Optional.empty();
        } catch (YAMLException e) {
            diags.add(YamlSyntaxErrors.limit(e, text, displayName));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(Position.start(displayName), "YAML rejected: the document could not be read ("
                    + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        if (root == null) {
            diags.error(Position.start(displayName), isBlank(text) ? "file is empty; expected a YAML mapping"
                    : "file holds no YAML content, only comments or directives; expected a YAML mapping");
            return Optional.empty();
        }
        int before = diags.errorCount();
        check(root, displayName, diags, new IdentityHashMap<>(), 0);
        return diags.errorCount() == before ? Optional.of(root) : Optional.empty();
    }

    /**
     * SnakeYAML's composer alone, with this class's limits: no constructor exists, so no tag can
     * ever build an object. Throws SnakeYAML's exceptions for bad input.
     */
    static Node composeWithSnakeYaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), RESOLVER, options)
                .getSingleNode();
    }

    /** The 1-based position of a node's start. */
    public static Position at(String file, Node node) {
        return at(file, node.getStartMark());
    }

    /** The 1-based position of a mark. */
    public static Position at(String file, Mark mark) {
        return new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static void check(Node node, String file, Diagnostics diags, Map<Node, Boolean> seen, int depth) {
        if (seen.put(node, Boolean.TRUE) != null) {
            return; // an alias: already checked
        }
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            diags.error(at(file, node), "YAML tag '" + node.getTag().getValue() + "' is not allowed; " + TAG_HINT);
            return;
        }
        if (node instanceof ScalarNode scalar) {
            String unsafe = unsafeCharacter(scalar.getValue());
            if (unsafe != null) diags.error(at(file, node), unsafe);
        } else if (node instanceof MappingNode map) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                Node key = t.getKeyNode();
                if (!(key instanceof ScalarNode sk)) {
                    diags.error(at(file, key), "mapping keys must be plain names, not lists or mappings");
                    continue;
                }
                Node first = keys.putIfAbsent(sk.getValue(), key);
                if (first != null) {
                    Mark m = first.getStartMark();
                    diags.error(at(file, key), "duplicate key '" + sk.getValue() + "' (first at " + (m.getLine() + 1)
                            + ":" + (m.getColumn() + 1) + "); write each key once");
                }
                check(key, file, diags, seen, depth + 1);
                check(t.getValueNode(), file, diags, seen, depth + 1);
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                check(item, file, diags, seen, depth + 1);
            }
        }
    }

    /**
     * Why a text cannot be taken, or null: a control character other than tab and line breaks (an
     * escape such as "\e" in a quoted string makes one; a terminal or a CI log would act on it), or a
     * character that reorders how text is shown (bidirectional embeddings, overrides and isolates,
     * which can make a text display otherwise than it reads).
     */
    static String unsafeCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) continue;
            if (c == '\t' || c == '\n' || c == '\r') continue;
            if (UnsafeChars.control(c)) {
                return "text holds the control character " + codePoint(c) + "; descriptors and rule packs hold printable"
                        + " text only";
            }
            if (UnsafeChars.reorders(c)) {
                return "text holds " + codePoint(c) + ", a character that changes the order in which text is shown;"
                        + " remove it";
            }
        }
        return null;
    }

    private static String codePoint(char c) {
        return String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
