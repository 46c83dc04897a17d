package dev.steadfast.steady;

import java.util.OptionalInt;

/**
 * Evidence about the kernel of a generator whose steady state is not unique (or could not be
 * decided).
 *
 * @param dimension         the kernel dimension in the coordinates solved (a symmetry sector when
 *                          {@code inSector}), counted by dense SVD; empty when too large to count
 * @param inSector          whether the coordinates were a symmetry sector
 * @param fullDimension     the kernel dimension of the whole generator (all coordinates) when
 *                          counted; equal to {@code dimension} when not in a sector
 * @param evidence          what showed the degeneracy
 * @param conditionEstimate the estimated condition number of the bordered (LU) or normalised
 *                          (GMRES) generator (infinite when the factorisation broke down)
 * @param smallestRatio     the smallest singular value above the rounding threshold, relative to
 *                          the largest (NaN when not counted): how clearly the rest is not kernel
 * @param generator         the generator's name, for display
 */
public record Kernel(OptionalInt dimension, boolean inSector, OptionalInt fullDimension, Evidence evidence,
                     double conditionEstimate, double smallestRatio, String generator) {

    /** How a degenerate kernel was detected. */
    public enum Evidence {
        /** The LU of the bordered generator found a structurally or numerically zero pivot. */
        SINGULAR_FACTORIZATION,
        /** The bordered generator's condition estimate (a lower bound) exceeded the singularity threshold. */
        ILL_CONDITIONED,
        /** GMRES could not solve the normalised generator for a random right-hand side. */
        UNSOLVABLE_PROBE,
        /** A Gaussian system's drift matrix has an eigenvalue with zero real part (an undamped mode). */
        ZERO_DRIFT_MODE
    }

    /** The dimension to report: the whole generator's when counted, else the sector's. */
    public OptionalInt reportedDimension() {
        return fullDimension.isPresent() ? fullDimension : dimension;
    }

    /** Whether {@link #reportedDimension()} is that of a symmetry sector only. */
    public boolean reportedForSectorOnly() {
        return inSector && fullDimension.isEmpty() && dimension.isPresent();
    }

    /** For display, e.g. "the Liouvillian has a kernel of dimension 2". */
    public String describe() {
        OptionalInt d = reportedDimension();
        String s = generator + " has " + (d.isPresent() ? "a kernel of dimension " + d.getAsInt() : "a degenerate kernel");
        if (reportedForSectorOnly()) {
            s += " in the symmetry sector solved (the whole generator's may be larger)";
        } else if (inSector && fullDimension.isPresent() && dimension.isPresent()
                && fullDimension.getAsInt() != dimension.getAsInt()) {
            s += " (" + dimension.getAsInt() + " in the symmetry sector solved)";
        }
        return s;
    }
}
