package dev.steadfast.spectrum;

/**
 * The symmetry sector an eigenvalue was computed in. With a conserved excitation number N
 * ({@link dev.steadfast.liouville.ChargeSymmetry}) L maps {@code |i><j|} with charge difference
 * {@code q = N(i) - N(j)} to operators of the same q, so it is block diagonal by q and every
 * eigenvector lies in one block: q = 0 holds the steady state and the populations, q != 0 the
 * coherences. Blocks q and -q are related by Hermitian conjugation: their spectra are complex
 * conjugate.
 */
public sealed interface Sector {

    /** No symmetry was used (none detected, or a generator given only as a matrix). */
    record Unsplit() implements Sector {
    }

    /** The eigenvector lies in the block of charge difference q. */
    record ChargeDifference(int q) implements Sector {
    }

    /**
     * Computed in the real block of {@code |q| = magnitude}, which holds q and -q; the eigenvector
     * did not single out one of them (lambda is numerically an eigenvalue of both; only possible when
     * lambda and its conjugate are both eigenvalues of the block q).
     */
    record EitherSign(int magnitude) implements Sector {
    }
}
