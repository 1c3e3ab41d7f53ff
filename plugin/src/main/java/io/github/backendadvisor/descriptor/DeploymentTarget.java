package io.github.backendadvisor.descriptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    private static final List<String> IDS = idsOf(values());

    private static List<String> idsOf(DeploymentTarget[] all) {
        List<String> ids = new ArrayList<>();
        for (DeploymentTarget v : all) ids.add(v.id);
        return List.copyOf(ids);
    }

    /** Every id, in declaration order. */
    public static List<String> ids() {
        return IDS;
    }

    /**
     * Platforms people name instead of the kind of target they are, for suggestions only: the
     * descriptor accepts the four ids alone.
     */
    public static final Map<String, String> PLATFORMS = Map.ofEntries(
            Map.entry("kubernetes", "containers"), Map.entry("k8s", "containers"), Map.entry("docker", "containers"),
            Map.entry("container", "containers"), Map.entry("ecs", "containers"), Map.entry("eks", "containers"),
            Map.entry("gke", "containers"), Map.entry("aks", "containers"), Map.entry("openshift", "containers"),
            Map.entry("nomad", "containers"), Map.entry("fargate", "containers"),
            Map.entry("lambda", "serverless"), Map.entry("aws-lambda", "serverless"), Map.entry("faas", "serverless"),
            Map.entry("functions", "serverless"), Map.entry("cloud-functions", "serverless"),
            Map.entry("azure-functions", "serverless"),
            Map.entry("ec2", "vm"), Map.entry("vms", "vm"), Map.entry("virtual-machine", "vm"),
            Map.entry("bare-metal", "vm"), Map.entry("server", "vm"), Map.entry("compute-engine", "vm"),
            Map.entry("cloudflare-workers", "edge"), Map.entry("workers", "edge"), Map.entry("cdn", "edge"),
            Map.entry("deno-deploy", "edge"), Map.entry("fastly", "edge"));

    /** The target with an id. */
    public static DeploymentTarget fromId(String id) {
        for (DeploymentTarget v : values()) {
            if (v.id.equals(id)) return v;
        }
        throw new java.util.NoSuchElementException(id);
    }
}
