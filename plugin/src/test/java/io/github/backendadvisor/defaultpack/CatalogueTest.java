package io.github.backendadvisor.defaultpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.backendadvisor.report.CatalogueWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** rules/README.md is generated from the default pack and must not drift from it. */
class CatalogueTest {

    @Test
    void catalogueMatchesThePack() throws IOException {
        Path readme = Path.of(System.getProperty("rules.readme", "../rules/README.md"));
        String generated = CatalogueWriter.render(DefaultPack.get());
        if (Boolean.getBoolean("catalogue.update")) {
            Files.writeString(readme, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(readme), "rules/README.md is missing; run with -Dcatalogue.update=true");
        assertEquals(generated, Files.readString(readme, StandardCharsets.UTF_8),
                "rules/README.md differs from the default pack; regenerate with -Dcatalogue.update=true");
    }
}
