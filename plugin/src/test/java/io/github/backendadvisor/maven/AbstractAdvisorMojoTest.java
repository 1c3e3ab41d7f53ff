package io.github.backendadvisor.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AbstractAdvisorMojoTest {
    @TempDir
    Path dir;

    private Optional<String> similar(String... files) throws IOException {
        for (String f : files) {
            Files.writeString(dir.resolve(f), "version: 1\n");
        }
        return AbstractAdvisorMojo.similarFile(dir.resolve("backend-requirements.yaml")).map(p -> dir.relativize(p).toString());
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
    void aMissingDirectoryHasNoSuggestion() {
        assertEquals(Optional.empty(), AbstractAdvisorMojo.similarFile(dir.resolve("nope/backend-requirements.yaml")));
    }

    @Test
    void numbersAreReadTheWayAPomWritesThem() {
        assertEquals(3.0, AbstractAdvisorMojo.number("3"));
        assertEquals(3.5, AbstractAdvisorMojo.number(" 3.5 "));
        assertEquals(-0.5, AbstractAdvisorMojo.number("-0.5"));
        assertEquals(0.25, AbstractAdvisorMojo.number(".25"));
        assertEquals(10.0, AbstractAdvisorMojo.number("1e1"));
    }

    @Test
    void whatJavaWouldAlsoReadIsRejected() {
        for (String s : new String[] {"3,5", "NaN", "Infinity", "-Infinity", "0x1p3", "3d", "3f", "", ".", "e5", "1e999", "3 5"}) {
            assertNull(AbstractAdvisorMojo.number(s), s);
        }
    }
}
