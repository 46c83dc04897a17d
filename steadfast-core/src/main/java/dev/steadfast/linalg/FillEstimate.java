package dev.steadfast.linalg;

import edu.emory.mathcs.csparsej.tdouble.Dcs_add;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcs;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcss;
import edu.emory.mathcs.csparsej.tdouble.Dcs_schol;
import edu.emory.mathcs.csparsej.tdouble.Dcs_transpose;

/**
 * A cheap prediction of the cost of a sparse LU, before doing it: the symbolic Cholesky analysis
 * (CSparse: AMD ordering of the pattern of {@code A + A^T}, elimination tree, column counts) of
 * the symmetrised pattern, which is exactly the fill of an LU without pivoting of a structurally
 * symmetric matrix with that ordering (the one {@link CsparseLU} uses), and a good estimate for
 * the nearly symmetric patterns of Liouvillians. Costs about as much as one ordering, a small
 * fraction of the factorisation.
 *
 * @param factorNonzeros predicted nonzeros of L + U
 * @param flops          predicted floating-point operations of the factorisation
 */
public record FillEstimate(double factorNonzeros, double flops) {

    /** The prediction for a square matrix. */
    public static FillEstimate of(RealCsc a) {
        int n = a.cols();
        Dcs m = new Dcs();
        m.m = a.rows();
        m.n = n;
        m.nzmax = Math.max(1, a.nnz());
        m.p = a.colPtr();
        m.i = a.rowIdx();
        m.x = ones(a.nnz());
        m.nz = -1;
        Dcs sym = Dcs_add.cs_add(m, Dcs_transpose.cs_transpose(m, true), 1, 1);
        Dcss s = Dcs_schol.cs_schol(1, sym);
        if (s == null) {
            return new FillEstimate(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        }
        double flops = 0;
        for (int j = 0; j < n; j++) {
            double c = s.cp[j + 1] - s.cp[j];
            flops += c * c;
        }
        return new FillEstimate(2.0 * s.cp[n] - n, 2 * flops);
    }

    private static double[] ones(int k) {
        double[] x = new double[Math.max(1, k)];
        java.util.Arrays.fill(x, 1.0);
        return x;
    }
}
