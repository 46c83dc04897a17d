package dev.steadfast.steady;

import java.util.OptionalInt;

/**
 * Evidence of a degenerate kernel.
 *
 * @param dimension         the kernel dimension when counted (dense SVD of the generator), else empty
 * @param evidence          what showed it
 * @param conditionEstimate the estimated condition number of the bordered or normalised generator
 *                          (infinite when the factorisation broke down)
 * @param generator         the generator's name, for display
 */
public record Kernel(OptionalInt dimension, Evidence evidence, double conditionEstimate, String generator) {

    /** How a degenerate kernel was detected. */
    public enum Evidence {
        /** The LU of the bordered generator found a structurally or numerically zero pivot. */
        SINGULAR_FACTORIZATION,
        /** The bordered generator's condition estimate exceeded the singularity threshold. */
        ILL_CONDITIONED,
        /** GMRES could not solve the normalised generator for a random right-hand side. */
        UNSOLVABLE_PROBE,
        /** A Gaussian system's drift matrix has an eigenvalue with zero real part (an undamped mode). */
        ZERO_DRIFT_MODE
    }

    /** For display, e.g. "the Liouvillian has a kernel of dimension 2". */
    public String describe() {
        return generator + " has " + (dimension.isPresent() ? "a kernel of dimension " + dimension.getAsInt()
                : "a degenerate kernel");
    }
}
