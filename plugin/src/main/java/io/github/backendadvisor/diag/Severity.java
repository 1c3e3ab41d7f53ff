package io.github.backendadvisor.diag;

import java.util.Locale;

/** How serious a {@link Diagnostic} is; printed in lower case in the compiler format. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word used in {@code FILE:LINE:COLUMN: error: ...}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
