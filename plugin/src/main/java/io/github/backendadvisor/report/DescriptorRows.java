package io.github.backendadvisor.report;

import io.github.backendadvisor.descriptor.Descriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The descriptor as the plugin read it, one row per field, defaults included. */
final class DescriptorRows {
    private DescriptorRows() {
    }

    static List<HtmlView.Field> of(Descriptor d) {
        List<HtmlView.Field> rows = new ArrayList<>();
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
        // an empty map is a field as read too: every language counts as 0
        if (d.team().skills().isEmpty()) add(rows, "team.skills", "");
        for (Map.Entry<String, Integer> s : d.team().skills().entrySet()) add(rows, "team.skills." + s.getKey(), s.getValue());
        add(rows, "libraries.needs", String.join(", ", d.libraries().needs()));
        add(rows, "libraries.mustHave", String.join(", ", d.libraries().mustHave()));
        add(rows, "deployment.target", d.deployment().target().id());
        add(rows, "deployment.coldStartSensitive", d.deployment().coldStartSensitive());
        for (Map.Entry<String, Double> w : d.weights().entrySet()) add(rows, "weights." + w.getKey(), w.getValue());
        add(rows, "decision.chosen", d.decision().chosen());
        for (int i = 0; i < d.decision().waivers().size(); i++) {
            var w = d.decision().waivers().get(i);
            add(rows, "decision.waivers[" + i + "]", w.rule() + " until " + w.until() + ": " + w.reason());
        }
        return List.copyOf(rows);
    }

    private static void add(List<HtmlView.Field> rows, String path, Object value) {
        String text = value == null ? "(not set)" : value.toString();
        rows.add(new HtmlView.Field(path, text.isEmpty() ? "(none)" : text));
    }
}
