package io.github.backendadvisor.report;

import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import io.github.backendadvisor.diag.Utf8;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the recommendation of a committed {@code report.json}, the baseline of the {@code drift}
 * check. The whole file must be valid JSON; only the top-level {@code recommendation} is read, so
 * an older or newer report still works.
 */
public final class Baseline {
    private Baseline() {
    }

    /**
     * The recommended candidate of the baseline report; empty when that report recommended nothing
     * (its status was {@code too-close} or {@code no-viable-candidate}). The report of invalid input
     * is no baseline: it decided nothing.
     */
    public static Result<Optional<String>> recommendation(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            return failed(Position.start(displayName), !Files.exists(file) ? "baseline report does not exist"
                    : Files.isDirectory(file) ? "baseline report is a directory; name the report.json file in it"
                    : "baseline report is not a file but a named pipe, a device or a socket, which is not read");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return failed(Position.start(displayName), "cannot read baseline: " + e.getMessage());
        }
        Optional<String> text = Utf8.decode(bytes);
        if (text.isEmpty()) {
            Diagnostic d = Utf8.malformed(bytes, displayName, "baseline", "use a report.json written by this plugin");
            return failed(d.position(), d.message());
        }
        return recommendation(text.get(), displayName);
    }

    /** The same, from the text of the report. */
    static Result<Optional<String>> recommendation(String text, String displayName) {
        JsonScanner json = new JsonScanner(text);
        List<Diagnostic> problems = new ArrayList<>();
        Optional<String> found = Optional.empty(); // read once foundAt is set
        try {
            if (json.peek() != '{') {
                return failed(next(json, displayName),
                        "baseline is not a JSON object; use a report.json written by this plugin");
            }
            json.expect('{', "'{'");
            Position foundAt = null;
            boolean more = !json.take('}');
            while (more) {
                Position at = next(json, displayName);
                String name = json.member();
                Position valueAt = next(json, displayName);
                if ("formatVersion".equals(name)) {
                    // a report of another format may say something else with the same names
                    int c = json.peek();
                    String version = c == '-' || c >= '0' && c <= '9' ? json.numberText() : null;
                    if (version == null) json.skipValue();
                    if (!"1".equals(version)) {
                        problems.add(Diagnostic.error(valueAt, version == null ? "'formatVersion' must be a number"
                                : "baseline report format version " + version + " is not supported; this plugin reads"
                                        + " version 1"));
                    }
                } else if ("status".equals(name) && json.peek() == '"') {
                    // the report of invalid input decided nothing, so no later decision can drift from it
                    if ("invalid".equals(json.string())) {
                        problems.add(Diagnostic.error(valueAt, "the baseline is the report of invalid input (status"
                                + " 'invalid') and records no decision; commit the report.json of a build whose input"
                                + " was valid"));
                    }
                } else if (!"recommendation".equals(name)) {
                    json.skipValue();
                } else if (foundAt != null) {
                    problems.add(Diagnostic.error(at, "'recommendation' appears twice (first at " + foundAt.line()
                            + ":" + foundAt.column() + ")"));
                    json.skipValue();
                } else {
                    foundAt = at;
                    if (json.nullLiteral()) {
                        found = Optional.empty();
                    } else if (json.peek() == '"') {
                        found = Optional.of(json.string());
                    } else {
                        json.skipValue(); // a syntax error there is the one to report
                        problems.add(Diagnostic.error(valueAt, "'recommendation' must be a candidate id or null"));
                    }
                }
                more = !json.take('}');
                if (more) json.expect(',', "',' or '}'");
            }
            json.end();
            if (foundAt == null) {
                problems.add(Diagnostic.error(Position.start(displayName), "baseline has no 'recommendation';"
                        + " use a report.json written by this plugin"));
            }
        } catch (JsonScanner.SyntaxError e) {
            problems.add(Diagnostic.error(new Position(displayName, e.line, e.column),
                    "baseline is not valid JSON: " + e.getMessage()));
        }
        return problems.isEmpty() ? Result.of(found, List.of()) : Result.failed(problems);
    }

    /** Where the next token starts. */
    private static Position next(JsonScanner json, String displayName) {
        json.peek();
        return new Position(displayName, json.line(), json.column());
    }

    private static Result<Optional<String>> failed(Position at, String message) {
        return Result.failed(List.of(Diagnostic.error(at, message)));
    }
}
