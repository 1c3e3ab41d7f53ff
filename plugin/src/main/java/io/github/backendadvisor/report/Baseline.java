package io.github.backendadvisor.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.backendadvisor.diag.Diagnostic;
import io.github.backendadvisor.diag.Position;
import io.github.backendadvisor.diag.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads the recommendation of a committed {@code report.json}, the baseline of the {@code drift}
 * check. Only the top-level {@code recommendation} is read, with Jackson's streaming parser; the
 * rest of the file is skipped, so an older or newer report still works.
 */
public final class Baseline {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Baseline() {
    }

    /**
     * The recommended candidate of the baseline report; empty when that report recommended nothing
     * (its status was {@code too-close}, {@code no-viable-candidate} or {@code invalid}).
     */
    public static Result<Optional<String>> recommendation(Path file, String displayName) {
        if (!Files.isRegularFile(file)) {
            return failed(Position.start(displayName), "baseline report does not exist");
        }
        try (JsonParser p = FACTORY.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failed(at(displayName, p.currentTokenLocation()), "baseline is not a JSON object;"
                        + " use a report.json written by this plugin");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"recommendation".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (value == JsonToken.VALUE_NULL) return Result.of(Optional.empty(), List.of());
                if (value == JsonToken.VALUE_STRING) return Result.of(Optional.of(p.getText()), List.of());
                return failed(at(displayName, p.currentTokenLocation()),
                        "'recommendation' must be a candidate id or null");
            }
            return failed(Position.start(displayName), "baseline has no 'recommendation';"
                    + " use a report.json written by this plugin");
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? "not valid JSON" : e.getOriginalMessage();
            int nl = message.indexOf('\n');
            return failed(at(displayName, e.getLocation()), "baseline is not valid JSON: "
                    + (nl < 0 ? message : message.substring(0, nl)));
        } catch (IOException e) {
            return failed(Position.start(displayName), "cannot read baseline: " + e.getMessage());
        }
    }

    private static Position at(String file, JsonLocation l) {
        if (l == null || l.getLineNr() < 1) return Position.start(file);
        return new Position(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private static Result<Optional<String>> failed(Position at, String message) {
        return Result.failed(List.of(Diagnostic.error(at, message)));
    }
}
