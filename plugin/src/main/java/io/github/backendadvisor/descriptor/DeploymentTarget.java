package io.github.backendadvisor.descriptor;

import java.util.Arrays;
import java.util.List;

/** Where the service will run. */
public enum DeploymentTarget {
    CONTAINERS("containers"),
    SERVERLESS("serverless"),
    VM("vm"),
    EDGE("edge");

    private final String id;

    DeploymentTarget(String id) {
        this.id = id;
    }

    /** The id used in descriptors and conditions. */
    public String id() {
        return id;
    }

    private static final List<String> IDS = Arrays.stream(values()).map(DeploymentTarget::id).toList();

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return IDS;
    }

    /** The target with an id. */
    public static DeploymentTarget fromId(String id) {
        for (DeploymentTarget v : values()) {
            if (v.id.equals(id)) return v;
        }
        throw new java.util.NoSuchElementException(id);
    }
}
