package io.github.backendadvisor.report;

import io.github.backendadvisor.descriptor.Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The descriptor as the plugin read it, one row per field, defaults included. */
final class DescriptorRows {
    private DescriptorRows() {
    }

    static List<Map<String, String>> of(Descriptor d) {
        List<Map<String, String>> rows = new ArrayList<>();
        add(rows, "version", d.version());
        add(rows, "service.name", d.service().name());
        add(rows, "service.description", d.service().description());
        add(rows, "concurrency.peakConcurrentConnections", d.concurrency().peakConcurrentConnections());
        add(rows, "concurrency.peakRequestsPerSecond", d.concurrency().peakRequestsPerSecond());
        add(rows, "concurrency.longLivedConnections", d.concurrency().longLivedConnections());
        add(rows, "concurrency.latencyTargetMs", d.concurrency().latencyTargetMs());
        add(rows, "io.profile", d.io().profile().id());
        add(rows, "io.cpuWorkShare", d.io().cpuWorkShare());
        add(rows, "io.streaming", d.io().streaming());
        add(rows, "team.size", d.team().size());
        d.team().skills().forEach((l, v) -> add(rows, "team.skills." + l, v));
        add(rows, "libraries.needs", String.join(", ", d.libraries().needs()));
        add(rows, "libraries.mustHave", String.join(", ", d.libraries().mustHave()));
        add(rows, "deployment.target", d.deployment().target().id());
        add(rows, "deployment.coldStartSensitive", d.deployment().coldStartSensitive());
        d.weights().forEach((k, v) -> add(rows, "weights." + k, v));
        add(rows, "decision.chosen", d.decision().chosen());
        for (int i = 0; i < d.decision().waivers().size(); i++) {
            var w = d.decision().waivers().get(i);
            add(rows, "decision.waivers[" + i + "]", w.rule() + " until " + w.until() + ": " + w.reason());
        }
        return rows;
    }

    private static void add(List<Map<String, String>> rows, String path, Object value) {
        String text = value == null ? "(not set)" : value.toString();
        rows.add(Map.of("path", path, "value", text.isEmpty() ? "(none)" : text));
    }
}
