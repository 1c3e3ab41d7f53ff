package io.github.backendadvisor.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** A collector of diagnostics; loaders add to it and hand out an immutable, sorted list. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    /** Adds an error at a position. */
    public void error(Position at, String message) {
        items.add(Diagnostic.error(at, message));
    }

    /** Adds a warning at a position. */
    public void warning(Position at, String message) {
        items.add(Diagnostic.warning(at, message));
    }

    /** Adds one diagnostic. */
    public void add(Diagnostic d) {
        items.add(d);
    }

    /** Adds many diagnostics. */
    public void addAll(Collection<Diagnostic> ds) {
        items.addAll(ds);
    }

    /** Whether any error was added. */
    public boolean hasErrors() {
        return anyError(items);
    }

    /** How many errors were added. */
    public int errorCount() {
        int n = 0;
        for (Diagnostic d : items) {
            if (d.isError()) n++;
        }
        return n;
    }

    /** The diagnostics in file, line and column order, without duplicates. */
    public List<Diagnostic> sorted() {
        if (items.isEmpty()) return List.of(); // the usual case, called for every value read
        // distinct in encounter order, then a stable sort: what a stream's distinct().sorted() does,
        // without a pipeline that runs interpreted once per module
        List<Diagnostic> out = new ArrayList<>(new LinkedHashSet<>(items));
        out.sort(null);
        return List.copyOf(out);
    }

    /** Whether a list of diagnostics holds an error. */
    public static boolean anyError(Collection<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            if (d.isError()) return true;
        }
        return false;
    }
}
