package dev.steadfast.model;

import dev.steadfast.liouville.Generator;

/**
 * A coarser truncation of a model's generator (for a hierarchy: depth − 1, or one Bose-function
 * term fewer), solved next to the model so that the user sees whether the truncation limits the
 * answer ({@link TruncationCheck}). Its states are of the model's kind, so the model's measures
 * apply to them.
 *
 * @param label     e.g. "depth 3" or "terms 1"
 * @param generator the coarser generator
 * @param <S>       the state type of the model's kind
 */
public record Truncation<S>(String label, Generator<S> generator) {
}
