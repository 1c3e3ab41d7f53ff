package io.github.backendadvisor.diag;

import java.util.List;
import java.util.Optional;

/**
 * A value with the diagnostics found while producing it. The value is absent when any
 * diagnostic is an error.
 *
 * @param <T> the value's type
 */
public record Result<T>(Optional<T> value, List<Diagnostic> diagnostics) {

    /** Builds a result: the value is dropped when the diagnostics hold an error. */
    public static <T> Result<T> of(T value, List<Diagnostic> diagnostics) {
        List<Diagnostic> ds = List.copyOf(diagnostics);
        return new Result<>(Diagnostics.anyError(ds) ? Optional.empty() : Optional.ofNullable(value), ds);
    }

    /** A failed result. */
    public static <T> Result<T> failed(List<Diagnostic> diagnostics) {
        return new Result<>(Optional.empty(), List.copyOf(diagnostics));
    }

    /** Whether the value is present. */
    public boolean ok() {
        return value.isPresent();
    }

    /** The value; only call when {@link #ok()}. */
    public T get() {
        if (value.isEmpty()) throw new IllegalStateException("result has errors: " + diagnostics);
        return value.get();
    }
}
