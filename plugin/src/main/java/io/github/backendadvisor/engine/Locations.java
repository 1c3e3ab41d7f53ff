package io.github.backendadvisor.engine;

import io.github.backendadvisor.descriptor.Descriptor;
import io.github.backendadvisor.diag.Position;
import java.util.List;

/** Where in the descriptor a rule's outcome belongs. */
final class Locations {
    private Locations() {
    }

    /** The first path the condition reads that the file sets; else its section; else the file's start. */
    static Position of(Descriptor d, List<String> paths) {
        for (String p : paths) {
            if (d.locations().containsKey(p)) return d.locations().get(p);
        }
        for (String p : paths) {
            String section = p.contains(".") ? p.substring(0, p.indexOf('.')) : p;
            if (d.locations().containsKey(section)) return d.locations().get(section);
        }
        return Position.start(d.file());
    }
}
