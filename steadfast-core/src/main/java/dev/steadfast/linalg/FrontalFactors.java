package dev.steadfast.linalg;

/**
 * The factors of a {@link MultifrontalLU}, front by front, and their triangular solves: for each
 * front its pivots, its row and column labels (pivot rows and columns first, indices of
 * {@code A(order, order)}), L21 ({@link #lower}) and the pivot rows ({@link #upper}: U with, below
 * the diagonal of the pivot block, the unit lower L11).
 */
final class FrontalFactors {
    private final int n;
    private final int[] order;
    /** Pivots eliminated by each front. */
    private final int[] pivots;
    /** The front's rows, pivot rows first (indices of A(order, order)). */
    private final int[][] rowLabels;
    /** The front's columns, pivot columns first. */
    private final int[][] colLabels;
    /**
     * The front's non-pivot rows x pivots, row-major: L21. L11 (unit lower) is kept in the strict
     * lower part of {@link #upper}'s pivot block, where the dense factorisation left it.
     */
    private final double[][] lower;
    /**
     * Pivots x front columns, row-major: U (the pivot block's upper part with the diagonal) and, below
     * the diagonal of the pivot block, L11.
     */
    private final double[][] upper;

    FrontalFactors(int n, int[] order, int[] pivots, int[][] rowLabels, int[][] colLabels, double[][] lower,
                   double[][] upper) {
        this.n = n;
        this.order = order;
        this.pivots = pivots;
        this.rowLabels = rowLabels;
        this.colLabels = colLabels;
        this.lower = lower;
        this.upper = upper;
    }

    // The solves run front by front through small methods: called once per front they are compiled
    // early and whole, where one long loop nest would wait for (several) on-stack replacements.

    /** Solves A x = b once (no refinement). */
    double[] solve(double[] rhs) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rhs[order[i]];
        }
        double[] z = new double[n];
        double[] t = new double[maxPivots()];
        double[] g = new double[maxFront()];
        int ns = pivots.length;
        // L z = P w: w by row labels, z by pivot position
        int ps = 0;
        for (int s = 0; s < ns; s++) {
            forwardL(s, w, t);
            System.arraycopy(t, 0, z, ps, pivots[s]);
            ps += pivots[s];
        }
        // U Q^T x = z, x by column labels
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            ps -= pivots[s];
            backwardU(s, z, ps, x, g);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    /**
     * Front s of L z = P w: its pivots' part of z into t, then the rest of its rows updated in w. L
     * is row-major, so every loop runs along a row (dot products), never down a column.
     */
    private void forwardL(int s, double[] w, double[] t) {
        int e = pivots[s];
        int[] rows = rowLabels[s];
        int m = rows.length;
        double[] lp = lower[s];
        double[] up = upper[s];
        for (int i = 0; i < e; i++) {
            double sum = w[rows[i]];
            int ii = i * m;
            for (int k = 0; k < i; k++) {
                sum -= up[ii + k] * t[k];
            }
            t[i] = sum;
        }
        for (int i = e; i < m; i++) {
            double sum = 0;
            int ii = (i - e) * e;
            for (int k = 0; k < e; k++) {
                sum += lp[ii + k] * t[k];
            }
            w[rows[i]] -= sum;
        }
    }

    /** Front s of U Q^T x = z: the solved x of the front's other columns gathered into g once. */
    private void backwardU(int s, double[] z, int ps, double[] x, double[] g) {
        int e = pivots[s];
        int[] cols = colLabels[s];
        int m = cols.length;
        double[] up = upper[s];
        for (int j = e; j < m; j++) {
            g[j] = x[cols[j]];
        }
        for (int k = e - 1; k >= 0; k--) {
            double sum = z[ps + k];
            int kk = k * m;
            for (int j = k + 1; j < m; j++) {
                sum -= up[kk + j] * g[j];
            }
            g[k] = sum / up[kk + k];
        }
        for (int k = 0; k < e; k++) {
            x[cols[k]] = g[k];
        }
    }

    /** Solves A^T x = b once (no refinement). */
    double[] solveTransposed(double[] rhs) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rhs[order[i]];
        }
        double[] v = new double[n];
        double[] t = new double[maxPivots()];
        double[] g = new double[maxFront()];
        int ns = pivots.length;
        // U^T v = Q^T y: y by column labels, v by pivot position
        int ps = 0;
        for (int s = 0; s < ns; s++) {
            forwardUt(s, y, t, g);
            System.arraycopy(t, 0, v, ps, pivots[s]);
            ps += pivots[s];
        }
        // L^T P x = v, x by row labels
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            ps -= pivots[s];
            backwardLt(s, v, ps, x, t);
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    /**
     * Front s of U^T v = Q^T y: its pivots' part of v into t; the updates of the front's other
     * columns summed in g (contiguous rows of U), then scattered into y once.
     */
    private void forwardUt(int s, double[] y, double[] t, double[] g) {
        int e = pivots[s];
        int[] cols = colLabels[s];
        int m = cols.length;
        double[] up = upper[s];
        for (int k = 0; k < e; k++) {
            t[k] = y[cols[k]];
        }
        java.util.Arrays.fill(g, e, m, 0.0);
        for (int k = 0; k < e; k++) {
            int kk = k * m;
            double tk = t[k] / up[kk + k];
            t[k] = tk;
            if (tk != 0) {
                for (int j = k + 1; j < e; j++) {
                    t[j] -= up[kk + j] * tk;
                }
                for (int j = e; j < m; j++) {
                    g[j] += up[kk + j] * tk;
                }
            }
        }
        for (int j = e; j < m; j++) {
            y[cols[j]] -= g[j];
        }
    }

    /** Front s of L^T P x = v. */
    private void backwardLt(int s, double[] v, int ps, double[] x, double[] t) {
        int e = pivots[s];
        int[] rows = rowLabels[s];
        int m = rows.length;
        double[] lp = lower[s];
        double[] up = upper[s];
        System.arraycopy(v, ps, t, 0, e);
        for (int i = e; i < m; i++) {
            double xi = x[rows[i]];
            if (xi != 0) {
                int ii = (i - e) * e;
                for (int k = 0; k < e; k++) {
                    t[k] -= lp[ii + k] * xi;
                }
            }
        }
        // unit lower L11^T: t[i] is final once the rows below it are done; subtract row i at once
        for (int i = e - 1; i > 0; i--) {
            double ti = t[i];
            if (ti != 0) {
                int ii = i * m;
                for (int k = 0; k < i; k++) {
                    t[k] -= up[ii + k] * ti;
                }
            }
        }
        for (int k = 0; k < e; k++) {
            x[rows[k]] = t[k];
        }
    }

    private int maxFront() {
        int max = 1;
        for (int[] r : rowLabels) {
            max = Math.max(max, r.length);
        }
        return max;
    }

    private int maxPivots() {
        int max = 1;
        for (int e : pivots) {
            max = Math.max(max, e);
        }
        return max;
    }

    /** Nonzeros of L plus U (the pivot block counted once). */
    long factorNonzeros() {
        long nnz = 0;
        for (int s = 0; s < pivots.length; s++) {
            long e = pivots[s];
            long m = rowLabels[s].length;
            nnz += e * e + 2 * e * (m - e);
        }
        return nnz;
    }
}
