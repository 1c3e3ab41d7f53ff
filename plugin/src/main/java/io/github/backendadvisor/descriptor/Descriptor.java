package io.github.backendadvisor.descriptor;

import io.github.backendadvisor.diag.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid requirements descriptor, format version 1 (see descriptor.md). Built only by
 * {@link DescriptorLoader}; optional fields without a default are {@code null}. (The loader also
 * builds one from a descriptor with errors, as far as it could be read, only to check its ids:
 * {@link DescriptorLoader.Source#asRead}.)
 *
 * @param file the path as the user gave it
 * @param version the format version (1)
 * @param service the service section
 * @param concurrency the concurrency section
 * @param io the I/O section
 * @param team the team section
 * @param libraries the libraries section (empty lists when absent)
 * @param deployment the deployment section (defaults when absent)
 * @param weights criterion id to weight overrides, in document order
 * @param decision the decision section (empty when absent)
 * @param locations where each field was read: dotted path ("team.skills.python", "libraries.needs[1]")
 */
public record Descriptor(String file, int version, Service service, Concurrency concurrency, Io io, Team team,
        Libraries libraries, Deployment deployment, Map<String, Double> weights, Decision decision,
        Map<String, Position> locations) {

    /** The service being planned. */
    public record Service(String name, String description) {
    }

    /** Load at peak. {@code latencyTargetMs} is null when not given. */
    public record Concurrency(int peakConcurrentConnections, int peakRequestsPerSecond, boolean longLivedConnections,
            Integer latencyTargetMs) {
    }

    /** Where request time goes. {@code cpuWorkShare} is null when not given. */
    public record Io(IoProfile profile, Double cpuWorkShare, boolean streaming) {
    }

    /** The team. {@code size} is null when not given; skills map language id to level 0..5. */
    public record Team(Integer size, Map<String, Integer> skills) {

        /** The level for a language, 0 when unlisted. */
        public int skill(String language) {
            return skills.getOrDefault(language, 0);
        }
    }

    /** Library needs; {@code needs} already includes every {@code mustHave} entry. */
    public record Libraries(List<String> needs, List<String> mustHave) {
    }

    /** Deployment target. */
    public record Deployment(DeploymentTarget target, boolean coldStartSensitive) {
    }

    /** The team's decision; {@code chosen} is null when not given. */
    public record Decision(String chosen, List<Waiver> waivers) {
    }

    /** An accepted finding. */
    public record Waiver(String rule, String reason, LocalDate until, Position at) {

        /** Whether the waiver still holds on {@code today}: until its last day, included. */
        public boolean inForce(LocalDate today) {
            return !until.isBefore(today);
        }
    }

    /** Where a field was read, or the start of the file. */
    public Position locate(String path) {
        return Optional.ofNullable(locations.get(path)).orElse(Position.start(file));
    }
}
