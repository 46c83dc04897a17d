package dev.steadfast.linalg;

/**
 * Factory of {@link LuFactorization}s: {@link #dense} for small matrices (our partial-pivoting LU,
 * no symbolic analysis: the fastest at a few tens of unknowns, as in sweeps of small systems,
 * measured against EJML's and CSparse's in docs/dependencies.md),
 * {@link #sparse} for the rest (CSparse with AMD ordering), {@link #of} choosing by size.
 */
public final class LuFactorizations {
    /** Up to this many unknowns {@link #of} uses the dense LU. */
    public static final int DENSE_LIMIT = 64;

    private LuFactorizations() {
    }

    /** A dense LU of {@code a}, or null when a pivot vanishes (a singular matrix). */
    public static LuFactorization dense(RealCsc a) {
        return DenseLU.factor(a);
    }

    /** A sparse LU of {@code a} (CSparse, AMD ordering), or null when it is singular. */
    public static LuFactorization sparse(RealCsc a) {
        return CsparseLU.factor(a);
    }

    /** A sparse LU of {@code a} in the order of an analysis already made, or null when it is singular. */
    public static LuFactorization sparse(RealCsc a, MinimumDegreeAnalysis analysis) {
        return CsparseLU.factor(a, analysis, CsparseLU.PIVOT_THRESHOLD);
    }

    /**
     * A sparse LU of {@code a} with a given threshold of partial pivoting (a diagonal pivot is kept
     * when it is at least this fraction of its column's largest; 1 is strict partial pivoting), or
     * null when it is singular. A small threshold keeps the fill of the AMD ordering where the
     * diagonal is small but harmless, e.g. the coherence blocks of a Liouvillian (decay rate on the
     * diagonal, frequency off it).
     */
    public static LuFactorization sparse(RealCsc a, double pivotThreshold) {
        return CsparseLU.factor(a, 1, pivotThreshold);
    }

    /** Dense up to {@link #DENSE_LIMIT} unknowns, sparse above; null when singular. */
    public static LuFactorization of(RealCsc a) {
        return a.cols() <= DENSE_LIMIT ? dense(a) : sparse(a);
    }

    /** Whether {@link #of} takes the dense route for a matrix of {@code n} columns. */
    public static boolean isDense(int n) {
        return n <= DENSE_LIMIT;
    }
}
