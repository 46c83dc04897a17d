package dev.steadfast.linalg;

import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcs;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcsn;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcss;
import edu.emory.mathcs.csparsej.tdouble.Dcs_ipvec;
import edu.emory.mathcs.csparsej.tdouble.Dcs_lsolve;
import edu.emory.mathcs.csparsej.tdouble.Dcs_ltsolve;
import edu.emory.mathcs.csparsej.tdouble.Dcs_lu;
import edu.emory.mathcs.csparsej.tdouble.Dcs_pvec;
import edu.emory.mathcs.csparsej.tdouble.Dcs_sqr;
import edu.emory.mathcs.csparsej.tdouble.Dcs_usolve;
import edu.emory.mathcs.csparsej.tdouble.Dcs_utsolve;

/**
 * Sparse LU with a fill-reducing AMD column ordering and threshold partial pivoting, from
 * CSparseJ (Davis' CSparse in Java): the only sparse LU on the JVM with a fill-reducing
 * ordering (EJML's sparse LU has none; see docs/dependencies.md). Real arithmetic: Steadfast
 * writes Liouvillians as real matrices in a Hermitian operator basis.
 */
public final class CsparseLU implements LuFactorization {
    private final int n;
    private final Dcss symbolic;
    private final Dcsn numeric;

    private CsparseLU(int n, Dcss symbolic, Dcsn numeric) {
        this.n = n;
        this.symbolic = symbolic;
        this.numeric = numeric;
    }

    /**
     * Factorises {@code a}. Returns null when the matrix is (numerically exactly) singular: a
     * pivot column had no nonzero candidate.
     *
     * @param ordering CSparse ordering: 0 natural, 1 AMD of A+A^T, 2 AMD of S^T S (S = A without dense rows)
     * @param pivotTolerance 1 for partial pivoting, smaller to prefer the diagonal
     */
    public static CsparseLU factor(RealCsc a, int ordering, double pivotTolerance) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("LU needs a square matrix, got " + a.rows() + "x" + a.cols());
        }
        Dcs m = toDcs(a);
        Dcss s = Dcs_sqr.cs_sqr(ordering, m, false);
        if (s == null) {
            throw new ArithmeticException("symbolic analysis failed");
        }
        Dcsn num = Dcs_lu.cs_lu(m, s, pivotTolerance);
        if (num == null) {
            return null;
        }
        return new CsparseLU(a.cols(), s, num);
    }

    /**
     * Default choice: AMD of A + A^T with threshold partial pivoting (a diagonal pivot is kept when
     * it is at least {@value #PIVOT_THRESHOLD} of the column's largest), which keeps the fill of the
     * symmetric ordering: on the 100-level driven cavity the factor has 0.95 M nonzeros instead of
     * 1.74 M and takes a quarter of the time, with the same residual (docs/solvers.md). Every solution
     * is certified by its residual anyway.
     */
    public static CsparseLU factor(RealCsc a) {
        return factor(a, 1, PIVOT_THRESHOLD);
    }

    /**
     * Factorises {@code a} in the column order of an analysis already made (the AUTO route's cost
     * estimate), with L and U allocated at the predicted sizes. Returns null when singular.
     */
    public static CsparseLU factor(RealCsc a, MinimumDegreeAnalysis analysis, double pivotTolerance) {
        if (a.rows() != a.cols() || analysis.columnOrder().length != a.cols()) {
            throw new IllegalArgumentException("the analysis is of a " + analysis.columnOrder().length
                    + "-column matrix, got " + a.rows() + "x" + a.cols());
        }
        Dcs m = toDcs(a);
        Dcss s = new Dcss();
        s.q = analysis.columnOrder();
        // L and U each hold about half the predicted nonzeros (plus the diagonal); 20 % slack for pivoting
        long half = analysis.factorNonzeros() / 2 + a.cols();
        int size = (int) Math.min(Integer.MAX_VALUE - 8, half + half / 5);
        s.lnz = size;
        s.unz = size;
        Dcsn num = Dcs_lu.cs_lu(m, s, pivotTolerance);
        if (num == null) {
            return null;
        }
        return new CsparseLU(a.cols(), s, num);
    }

    /** Threshold of the default partial pivoting (UMFPACK's symmetric strategy uses 0.001; 1 is strict). */
    public static final double PIVOT_THRESHOLD = 0.1;

    private static Dcs toDcs(RealCsc a) {
        Dcs m = new Dcs();
        m.m = a.rows();
        m.n = a.cols();
        m.nzmax = Math.max(1, a.nnz());
        m.p = a.colPtr();
        m.i = a.rowIdx();
        m.x = a.values();
        m.nz = -1;
        return m;
    }

    @Override
    public double[] solve(double[] b) {
        double[] x = new double[n];
        double[] out = new double[n];
        Dcs_ipvec.cs_ipvec(numeric.pinv, b, x, n);
        Dcs_lsolve.cs_lsolve(numeric.L, x);
        Dcs_usolve.cs_usolve(numeric.U, x);
        Dcs_ipvec.cs_ipvec(symbolic.q, x, out, n);
        return out;
    }

    @Override
    public double[] solveTransposed(double[] b) {
        double[] x = new double[n];
        double[] out = new double[n];
        Dcs_pvec.cs_pvec(symbolic.q, b, x, n);
        Dcs_utsolve.cs_utsolve(numeric.U, x);
        Dcs_ltsolve.cs_ltsolve(numeric.L, x);
        Dcs_pvec.cs_pvec(numeric.pinv, x, out, n);
        return out;
    }

    @Override
    public long factorNonzeros() {
        return (long) numeric.L.p[n] + numeric.U.p[n];
    }
}
