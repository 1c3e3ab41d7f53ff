package io.github.backendadvisor.expr;

/** The types of the condition language. */
public enum ValueType {
    BOOLEAN("a boolean"),
    INT("a whole number"),
    NUMBER("a number"),
    STRING("text"),
    LIST("a list of ids");

    private final String description;

    ValueType(String description) {
        this.description = description;
    }

    /** For messages: "a boolean", "text". */
    public String description() {
        return description;
    }

    /** Whether this is INT or NUMBER. */
    public boolean numeric() {
        return this == INT || this == NUMBER;
    }
}
