package io.github.backendadvisor;

import io.github.backendadvisor.engine.AdviceRequest;
import io.github.backendadvisor.engine.EvaluationOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Test fixtures under src/test/resources. */
public final class Fixtures {
    /** The date tests judge waivers against. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private Fixtures() {
    }

    /** The path of a test resource. */
    public static Path path(String resource) {
        try {
            return Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + resource, e);
        }
    }

    /** The text of a test resource. */
    public static String text(String resource) {
        try {
            return Files.readString(path(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Locates pack resources (relative to the test resources) and compiles them without caching. */
    public static io.github.backendadvisor.diag.Result<io.github.backendadvisor.rules.RuleSet> compile(
            io.github.backendadvisor.rules.RuleSetBuilder.Options options, String... resources) {
        var sources = new io.github.backendadvisor.rules.PackLocator(root(), Fixtures.class.getClassLoader(), "pom.xml")
                .locate(List.of(resources));
        if (!sources.ok()) throw new AssertionError(sources.diagnostics());
        return io.github.backendadvisor.rules.RuleSetCache.compile(sources.get(), options);
    }

    /** The root of the test resources. */
    public static Path root() {
        return path("packs/small.yaml").getParent().getParent();
    }

    /** A request for a descriptor resource against pack resources, without the default pack. */
    public static AdviceRequest request(String descriptor, String... packs) {
        Path base = path(descriptor);
        for (int i = 0; i < descriptor.split("/").length; i++) {
            base = base.getParent(); // the root of the test resources
        }
        return new AdviceRequest(path(descriptor), descriptor, base, List.of(packs), false, Set.of(), List.of(),
                EvaluationOptions.defaults(TODAY), "pom.xml", Fixtures.class.getClassLoader());
    }
}
