package io.github.backendadvisor.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How well an ecosystem covers a capability, and what that is worth in {@code coverage()}. */
public enum Level {
    STRONG(1.0),
    ADEQUATE(2.0 / 3.0),
    WEAK(1.0 / 3.0),
    NONE(0.0);

    private final double value;

    Level(double value) {
        this.value = value;
    }

    /** The value used by {@code coverage()}: strong 1, adequate 2/3, weak 1/3, none 0. */
    public double value() {
        return value;
    }

    /** The id used in packs: {@code strong}, {@code adequate}, {@code weak}, {@code none}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a {@code mustHave} with this support vetoes the candidate. */
    public boolean vetoes() {
        return this == WEAK || this == NONE;
    }

    /** Every id. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Level::id).toList();
    }

    /** The level with an id. */
    public static Level fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
