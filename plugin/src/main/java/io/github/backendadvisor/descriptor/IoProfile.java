package io.github.backendadvisor.descriptor;

import java.util.ArrayList;
import java.util.List;

/** The I/O profile of a service: where its request time goes. */
public enum IoProfile {
    IO_BOUND("io-bound"),
    CPU_BOUND("cpu-bound"),
    MIXED("mixed");

    private final String id;

    IoProfile(String id) {
        this.id = id;
    }

    /** The id used in descriptors and conditions. */
    public String id() {
        return id;
    }

    private static final List<String> IDS = idsOf(values());

    private static List<String> idsOf(IoProfile[] all) {
        List<String> ids = new ArrayList<>();
        for (IoProfile v : all) ids.add(v.id);
        return List.copyOf(ids);
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The profile with an id. */
    public static IoProfile fromId(String id) {
        for (IoProfile v : values()) {
            if (v.id.equals(id)) return v;
        }
        throw new java.util.NoSuchElementException(id);
    }
}
