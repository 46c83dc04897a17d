package dev.steadfast.spectrum;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.RealCsc;

/**
 * The operator {@code (M - sigma I)^{-1}} of a real sparse matrix, applied through one sparse LU
 * ({@link LuFactorizations#of}: dense when small, CSparse with AMD ordering above). Shared by the shift-invert Arnoldi and the kernel computations.
 */
final class ShiftInvert {
    private final LuFactorization lu;
    private final double sigma;

    ShiftInvert(RealCsc m, double sigma) {
        this(m, sigma, Double.NaN);
    }

    /**
     * With a sparse LU of the given pivot threshold ({@link LuFactorizations#sparse(RealCsc, double)})
     * above the dense limit; NaN: the default factorisation ({@link LuFactorizations#of}).
     */
    ShiftInvert(RealCsc m, double sigma, double pivotThreshold) {
        this.sigma = sigma;
        RealCsc a = shifted(m, sigma);
        this.lu = Double.isNaN(pivotThreshold) || LuFactorizations.isDense(a.cols()) ? LuFactorizations.of(a)
                : LuFactorizations.sparse(a, pivotThreshold);
        if (lu == null) {
            throw new ArithmeticException("M - sigma I is singular for sigma = " + sigma + ": choose another shift");
        }
    }

    double sigma() { return sigma; }

    /** (M - sigma I)^{-1} x. */
    double[] solve(double[] x) {
        return lu.solve(x);
    }

    /** (M - sigma I)^{-T} x. */
    double[] solveTransposed(double[] x) {
        return lu.solveTransposed(x);
    }

    /** M - sigma I (the diagonal is inserted where M has none). */
    static RealCsc shifted(RealCsc m, double sigma) {
        int n = m.cols();
        int[] cp = m.colPtr();
        int[] ri = m.rowIdx();
        double[] v = m.values();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(m.nnz() + n);
        DoubleList vals = new DoubleList(m.nnz() + n);
        for (int j = 0; j < n; j++) {
            boolean diag = false;
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                double x = v[p];
                if (ri[p] == j) {
                    x -= sigma;
                    diag = true;
                }
                rows.add(ri[p]);
                vals.add(x);
            }
            if (!diag) {
                rows.add(j);
                vals.add(-sigma);
            }
            colPtr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }
}
