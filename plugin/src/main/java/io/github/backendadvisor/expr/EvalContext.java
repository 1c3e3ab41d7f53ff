package io.github.backendadvisor.expr;

import io.github.backendadvisor.descriptor.Descriptor;

/**
 * What a compiled expression may read while it is evaluated: the descriptor and a few functions
 * the engine answers from the packs. Nothing else is reachable from a condition.
 */
public interface EvalContext {
    /** The descriptor being evaluated. */
    Descriptor descriptor();

    /** Team level for a language, 0 when unlisted. */
    int skill(String language);

    /** Best team level among a candidate's languages, 0 for an unknown candidate. */
    int skillOf(String candidate);

    /** Mean support of the needed capabilities for a candidate (0..1; 1 when nothing is needed). */
    double coverage(String candidate);

    /** The candidate being valued inside a criterion's {@code value:}, or null in a rule condition. */
    String candidate();
}
