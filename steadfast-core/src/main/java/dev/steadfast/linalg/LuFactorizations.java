package dev.steadfast.linalg;

/**
 * Factory of {@link LuFactorization}s: {@link #dense} for small matrices (our partial-pivoting LU,
 * no symbolic analysis: the fastest at a few tens of unknowns, as in sweeps of small systems,
 * measured against EJML's and CSparse's in docs/dependencies.md),
 * {@link #sparse} for the rest (AMD ordering; the multifrontal LU for large matrices, CSparse's
 * for the others and as the fallback), {@link #of} choosing by size.
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

    /**
     * From this many unknowns {@link #sparse(RealCsc)} tries the {@link MultifrontalLU} first: on the
     * driven cavity's bordered Liouvillian it is as fast as CSparse at 2,500 unknowns, 1.6 times
     * faster at 10,000 (warm; equal in a cold process) and 3.5-4 times at 40,000-90,000; the Dicke
     * ensemble's slabs of about 5,000 gained nothing (docs/dependencies.md).
     */
    public static final int MULTIFRONTAL_LIMIT = 10_000;

    /**
     * System property: {@code csparse} forces CSparse's LU for every sparse factorisation,
     * {@code multifrontal} tries the multifrontal LU at every size (for measurements and tests).
     */
    public static final String LU_PROPERTY = "steadfast.lu";

    /**
     * A sparse LU of {@code a} (AMD ordering), or null when it is singular: the multifrontal LU from
     * {@link #MULTIFRONTAL_LIMIT} unknowns when its fronts are dense ({@link #sparse(RealCsc,
     * MinimumDegreeAnalysis)}), CSparse's otherwise, or when the multifrontal one finds the matrix
     * singular (CSparse confirms it).
     */
    public static LuFactorization sparse(RealCsc a) {
        if (!multifrontal(a)) {
            return CsparseLU.factor(a);
        }
        return sparse(a, MinimumDegreeAnalysis.of(a));
    }

    /**
     * A sparse LU of {@code a} in the order of an analysis already made, or null when it is singular:
     * the multifrontal LU from {@link #MULTIFRONTAL_LIMIT} unknowns when the analysis predicts dense
     * fronts ({@link #DENSE_FRONT_FLOPS}), CSparse's otherwise.
     */
    public static LuFactorization sparse(RealCsc a, MinimumDegreeAnalysis analysis) {
        if (multifrontal(a) && (forced() || analysis.flops() >= DENSE_FRONT_FLOPS * analysis.factorNonzeros())) {
            MultifrontalLU.Outcome outcome = MultifrontalLU.factor(a, analysis);
            if (outcome instanceof MultifrontalLU.Outcome.Factored f) {
                return f.lu();
            }
            // a column left without a pivot at a root: CSparse's pivoting decides (and reports singularity)
        }
        return CsparseLU.factor(a, analysis, CsparseLU.PIVOT_THRESHOLD);
    }

    private static boolean multifrontal(RealCsc a) {
        String choice = System.getProperty(LU_PROPERTY, "");
        return choice.equals("multifrontal") || a.cols() >= MULTIFRONTAL_LIMIT && !choice.equals("csparse");
    }

    private static boolean forced() {
        return System.getProperty(LU_PROPERTY, "").equals("multifrontal");
    }

    /**
     * Flops per factor nonzero from which the multifrontal LU's dense fronts pay: below, the factor
     * is a set of chains and narrow bands (the charge blocks of a driven cavity: 2 flops a nonzero;
     * 44,650 factor nonzeros in CSparse against 116,224 stored by the fronts, solves 2-3 times slower),
     * above it is a 2D-like elimination with dense fronts (the driven cavity's Liouvillian 100-200, the
     * Dicke ensemble's slabs 60-160, the XX chain's sector 1,100).
     */
    public static final double DENSE_FRONT_FLOPS = 20;

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
