package io.github.backendadvisor.engine;

/** The status of a decision. */
public enum Status {
    RECOMMENDED("recommended"),
    TOO_CLOSE("too-close"),
    NO_VIABLE_CANDIDATE("no-viable-candidate");

    private final String id;

    Status(String id) {
        this.id = id;
    }

    /** The id used in reports. */
    public String id() {
        return id;
    }
}
