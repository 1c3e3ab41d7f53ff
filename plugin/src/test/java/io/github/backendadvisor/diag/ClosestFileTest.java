package io.github.backendadvisor.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file beside a missing descriptor, pack or baseline that was most likely meant. */
class ClosestFileTest {
    @TempDir
    Path dir;

    private Optional<String> similar(String... files) throws IOException {
        for (String f : files) {
            Files.writeString(dir.resolve(f), "version: 1\n");
        }
        return Suggestions.closestFile(dir.resolve("backend-requirements.yaml"), false).map(p -> dir.relativize(p).toString());
    }

    @Test
    void aDescriptorSavedAsYmlIsSuggested() throws IOException {
        assertEquals(Optional.of("backend-requirements.yml"), similar("backend-requirements.yml", "application.yml"));
    }

    @Test
    void aNameInAnotherCaseOrWithATypoIsSuggested() throws IOException {
        assertEquals(Optional.of("Backend-Requirements.yaml"), similar("Backend-Requirements.yaml"));
    }

    @Test
    void aTypoInTheNameIsSuggested() throws IOException {
        assertEquals(Optional.of("backend-requirments.yaml"), similar("backend-requirments.yaml", "docker-compose.yml"));
    }

    @Test
    void otherYamlFilesAndCloseNamesOfOtherKindsAreNot() throws IOException {
        Files.createDirectory(dir.resolve("backend-requirements.yml.d"));
        assertEquals(Optional.empty(), similar("application.yml", "docker-compose.yml", "catalog-info.yaml",
                "openapi.yaml", "mkdocs.yml", "backend-requirements.txt"));
    }

    @Test
    void aFileOfAnotherKindIsMatchedAmongFilesOfItsKind() throws IOException {
        for (String f : new String[] {"accepted.json", "accepted.yaml", "package.json"}) {
            Files.writeString(dir.resolve(f), "{}");
        }
        assertEquals(Optional.of(dir.resolve("accepted.json")), Suggestions.closestFile(dir.resolve("acepted.json"), false));
        assertEquals(Optional.empty(), Suggestions.closestFile(dir.resolve("accepted.txt"), false));
    }

    @Test
    void aMissingDirectoryHasNoSuggestion() {
        assertEquals(Optional.empty(), Suggestions.closestFile(dir.resolve("nope/backend-requirements.yaml"), false));
    }
}
