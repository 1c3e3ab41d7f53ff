package io.github.backendadvisor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded generator of valid descriptor texts over a given vocabulary. */
public final class DescriptorGenerator {
    private static final String[] PROFILES = {"io-bound", "cpu-bound", "mixed"};
    private static final String[] TARGETS = {"containers", "serverless", "vm", "edge"};

    private final Random random;
    private final List<String> languages;
    private final List<String> capabilities;

    /** A generator with a seed and the ids it may use. */
    public DescriptorGenerator(long seed, List<String> languages, List<String> capabilities) {
        this.random = new Random(seed);
        this.languages = languages;
        this.capabilities = capabilities;
    }

    /** One valid descriptor, as YAML text. */
    public String next() {
        StringBuilder y = new StringBuilder("version: 1\nservice:\n  name: generated-").append(random.nextInt(1000)).append('\n');
        y.append("concurrency:\n  peakConcurrentConnections: ").append(pick(0, 10, 500, 5000, 20000, 100000))
                .append("\n  peakRequestsPerSecond: ").append(pick(0, 5, 300, 1999, 2000, 30000)).append('\n');
        if (random.nextBoolean()) y.append("  longLivedConnections: ").append(random.nextBoolean()).append('\n');
        if (random.nextBoolean()) y.append("  latencyTargetMs: ").append(pick(10, 50, 100, 200, 1000)).append('\n');
        y.append("io:\n  profile: ").append(PROFILES[random.nextInt(3)]).append('\n');
        if (random.nextBoolean()) y.append("  cpuWorkShare: ").append(random.nextInt(11) / 10.0).append('\n');
        if (random.nextBoolean()) y.append("  streaming: ").append(random.nextBoolean()).append('\n');
        y.append("team:\n");
        if (random.nextBoolean()) y.append("  size: ").append(pick(1, 3, 4, 8, 12, 25)).append('\n');
        String first = languages.get(random.nextInt(languages.size()));
        y.append("  skills:\n    ").append(first).append(": ").append(random.nextInt(6)).append('\n');
        for (String l : languages) {
            if (!l.equals(first) && random.nextInt(3) > 0) {
                y.append("    ").append(l).append(": ").append(random.nextInt(6)).append('\n');
            }
        }
        List<String> needs = new ArrayList<>();
        for (String c : capabilities) {
            if (random.nextInt(6) == 0) needs.add(c);
        }
        if (!needs.isEmpty() || random.nextBoolean()) {
            y.append("libraries:\n  needs: [").append(String.join(", ", needs)).append("]\n");
            if (!needs.isEmpty() && random.nextInt(3) == 0) {
                y.append("  mustHave: [").append(needs.get(random.nextInt(needs.size()))).append("]\n");
            }
        }
        if (random.nextBoolean()) {
            y.append("deployment:\n  target: ").append(TARGETS[random.nextInt(4)])
                    .append("\n  coldStartSensitive: ").append(random.nextBoolean()).append('\n');
        }
        return y.toString();
    }

    private int pick(int... values) {
        return values[random.nextInt(values.length)];
    }
}
