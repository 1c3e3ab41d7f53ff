package io.github.backendadvisor.benchmarks;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.descriptor.DescriptorLoader;
import io.github.backendadvisor.engine.EvaluationOptions;
import io.github.backendadvisor.rules.PackLocator;
import io.github.backendadvisor.rules.PackSource;
import io.github.backendadvisor.rules.RuleSet;
import io.github.backendadvisor.rules.RuleSetBuilder;
import io.github.backendadvisor.rules.RuleSetCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The inputs every benchmark shares: the default pack and the chat-service example descriptor. */
final class Inputs {
    static final EvaluationOptions OPTIONS = EvaluationOptions.defaults(LocalDate.of(2026, 11, 26));

    private Inputs() {
    }

    static List<PackSource> defaultPackSources() {
        return new PackLocator(Path.of("."), Inputs.class.getClassLoader(), "pom.xml")
                .locate(List.of(PackLocator.DEFAULT_PACK)).get();
    }

    static RuleSet defaultPack() {
        return RuleSetCache.compile(defaultPackSources(), RuleSetBuilder.Options.defaults()).get();
    }

    static Descriptor chatService() {
        try (InputStream in = Inputs.class.getResourceAsStream("/chat-service.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DescriptorLoader.parse(text, "chat-service.yaml").get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
