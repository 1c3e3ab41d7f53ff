package io.github.backendadvisor.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /**
     * How many errors a list holds and the files they are in, for the line that ends a failed goal:
     * "1 error in pom.xml", "3 errors in pom.xml and backend-requirements.yaml". Files are named in
     * the order of the list, three at most, then how many more.
     */
    public static String errorSummary(Collection<Diagnostic> ds) {
        int errors = 0;
        Set<String> files = new LinkedHashSet<>();
        for (Diagnostic d : ds) {
            if (!d.isError()) continue;
            errors++;
            files.add(d.file());
        }
        List<String> named = new ArrayList<>(files);
        if (named.size() > 3) {
            int more = named.size() - 2;
            named = new ArrayList<>(named.subList(0, 2));
            named.add(more + " other files");
        }
        StringBuilder s = new StringBuilder().append(errors).append(errors == 1 ? " error" : " errors");
        for (int i = 0; i < named.size(); i++) {
            s.append(i == 0 ? " in " : i == named.size() - 1 ? " and " : ", ").append(named.get(i));
        }
        return s.toString();
    }

    /** Whether a list of diagnostics holds an error. */
    public static boolean anyError(Collection<Diagnostic> ds) {
        for (Diagnostic d : ds) {
            if (d.isError()) return true;
        }
        return false;
    }
}
