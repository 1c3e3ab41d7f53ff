package io.github.backendadvisor.expr;

import java.util.Set;

/**
 * The ids the packs define, so that literal arguments such as {@code skill("pyton")} or
 * {@code needs("websocket")} are checked when the pack loads.
 *
 * @param languages language ids
 * @param candidates candidate ids
 * @param capabilities capability ids
 */
public record ExprSchema(Set<String> languages, Set<String> candidates, Set<String> capabilities) {
}
