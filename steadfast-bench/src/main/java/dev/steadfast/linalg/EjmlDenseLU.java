package dev.steadfast.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;

/**
 * Dense LU with partial pivoting, {@code P A = L U}, by EJML's Crout decomposition
 * ({@code LUDecompositionAlt_DDRM}, what {@code LinearSolverFactory_DDRM.lu(n)} uses), for the
 * small systems of parameter sweeps, where a sparse factorisation's ordering and bookkeeping cost
 * more than the arithmetic: the candidate that {@link LinalgTimings#denseLu} times against the
 * library's {@link DenseLU}. Same contract: {@link #factor} returns null when a pivot of U is
 * exactly zero (with partial pivoting: a column with no nonzero candidate left), DenseLU's
 * criterion. The transposed solve works on EJML's packed L\U and pivot vector. Measured slower
 * (see docs/dependencies.md), so it lives here, not in the library.
 */
final class EjmlDenseLU implements LuFactorization {
    /** Up to this size {@link #conditionEstimate} computes the exact 1-norm condition number. */
    private static final int EXACT_CONDITION_MAX = 32;

    private final int n;
    private final LUDecompositionAlt_DDRM decomposition;
    private final double[] lu;
    private final int[] pivot;

    private EjmlDenseLU(int n, LUDecompositionAlt_DDRM decomposition) {
        this.n = n;
        this.decomposition = decomposition;
        this.lu = decomposition.getLU().data;
        this.pivot = decomposition.getPivot();
    }

    /** Factorises {@code a} (not modified); null when a pivot is exactly zero. */
    static EjmlDenseLU factor(RealCsc a) {
        int n = a.rows();
        if (a.cols() != n) {
            throw new IllegalArgumentException("LU needs a square matrix, got " + a.rows() + "x" + a.cols());
        }
        DMatrixRMaj m = new DMatrixRMaj(n, n);
        double[] md = m.data;
        for (int j = 0; j < n; j++) {
            for (int p = a.colPtr()[j]; p < a.colPtr()[j + 1]; p++) {
                md[a.rowIdx()[p] * n + j] += a.values()[p];
            }
        }
        LUDecompositionAlt_DDRM d = new LUDecompositionAlt_DDRM();
        if (!d.decompose(m)) {
            return null;
        }
        double[] lu = d.getLU().data;
        for (int k = 0; k < n; k++) {
            if (lu[k * n + k] == 0) {
                return null;
            }
        }
        return new EjmlDenseLU(n, d);
    }

    @Override
    public double[] solve(double[] b) {
        double[] x = b.clone();
        decomposition._solveVectorInternal(x);
        return x;
    }

    @Override
    public double[] solveTransposed(double[] b) {
        // A^T = U^T L^T P: solve U^T y = b, L^T z = y (unit diagonal), x = P^T z
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            double s = y[i];
            for (int j = 0; j < i; j++) {
                s -= lu[j * n + i] * y[j];
            }
            y[i] = s / lu[i * n + i];
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int j = i + 1; j < n; j++) {
                s -= lu[j * n + i] * y[j];
            }
            y[i] = s;
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[pivot[i]] = y[i];
        }
        return x;
    }

    /**
     * The exact 1-norm condition number {@code ||A||_1 ||A^{-1}||_1} up to
     * {@value #EXACT_CONDITION_MAX} unknowns (n solves, cheaper than the estimator's iterations),
     * the Hager–Higham estimate above.
     */
    @Override
    public double conditionEstimate(RealCsc a) {
        if (n > EXACT_CONDITION_MAX) {
            return LuFactorization.super.conditionEstimate(a);
        }
        double inv = 0;
        double[] e = new double[n];
        for (int j = 0; j < n; j++) {
            e[j] = 1;
            double[] x = solve(e);
            e[j] = 0;
            double s = 0;
            for (double v : x) {
                s += Math.abs(v);
            }
            inv = Math.max(inv, s);
        }
        return Double.isFinite(inv) ? inv * a.norm1() : Double.POSITIVE_INFINITY;
    }

    @Override
    public long factorNonzeros() {
        return (long) n * n;
    }
}
