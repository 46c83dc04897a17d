package dev.steadfast.steady;

/**
 * What a solve cost.
 *
 * @param hilbertDimension  dimension of the Hilbert space
 * @param unknowns          real unknowns solved for
 * @param nonzeros          nonzeros of the assembled generator
 * @param factorNonzeros    nonzeros of the factorisation (of the LU, or of the preconditioner), 0 if none
 * @param conditionEstimate estimated 1-norm condition number of the bordered (direct) or normalised
 *                          (iterative, from the uniqueness probe) generator
 * @param seconds           wall-clock time, assembly included
 */
public record Cost(long hilbertDimension, long unknowns, long nonzeros, long factorNonzeros, double conditionEstimate,
                   double seconds) {
}
