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

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(DeploymentTarget::id).toList();
    }

    /** The target with an id. */
    public static DeploymentTarget fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id.equals(id)).findFirst().orElseThrow();
    }
}
