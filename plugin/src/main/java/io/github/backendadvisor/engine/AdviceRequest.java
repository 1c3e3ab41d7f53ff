package io.github.backendadvisor.engine;

import io.github.backendadvisor.diag.ConfigPlaces;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the core needs to judge one descriptor.
 *
 * @param descriptor the descriptor file
 * @param descriptorName how positions name it (relative to the module's base directory)
 * @param baseDir the module's base directory; relative pack paths resolve against it
 * @param rulePacks extra packs: files, directories, {@code classpath:} resources
 * @param useDefaultRules whether the default pack comes first
 * @param disabledRules rule ids to ignore
 * @param candidates candidates to keep; empty keeps all
 * @param options thresholds and today's date
 * @param config where the build configuration sets the parameters above, for messages about them
 * @param classLoader where {@code classpath:} packs come from
 */
public record AdviceRequest(Path descriptor, String descriptorName, Path baseDir, List<String> rulePacks,
        boolean useDefaultRules, Set<String> disabledRules, List<String> candidates, EvaluationOptions options,
        ConfigPlaces config, ClassLoader classLoader) {

    /** A request whose configuration file places no parameter ({@link ConfigPlaces#of(String)}). */
    public AdviceRequest(Path descriptor, String descriptorName, Path baseDir, List<String> rulePacks,
            boolean useDefaultRules, Set<String> disabledRules, List<String> candidates, EvaluationOptions options,
            String configFile, ClassLoader classLoader) {
        this(descriptor, descriptorName, baseDir, rulePacks, useDefaultRules, disabledRules, candidates, options,
                ConfigPlaces.of(configFile), classLoader);
    }
}
