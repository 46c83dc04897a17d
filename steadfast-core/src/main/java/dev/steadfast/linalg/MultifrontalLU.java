package dev.steadfast.linalg;

/**
 * Multifrontal sparse LU: the fronts of a {@link FrontalStructure} (AMD order of {@code A + A^T},
 * fundamental supernodes, relaxed amalgamation) are assembled in postorder from A's entries and the
 * children's contribution blocks (extend-add), and each front's fully summed block is factorised
 * densely, blocked, with its Schur complement updated by native dgemm ({@link DenseProducts}) in
 * large fronts where the work pays for loading it, and plain loops otherwise. Threshold partial pivoting
 * restricted to the front's fully summed rows: the diagonal when it is at least
 * {@value #PIVOT_THRESHOLD} of the largest fully summed entry of its column (and
 * {@value #ACCEPTABLE_PIVOT} of the column's largest in the front), else that largest. A column
 * whose fully summed entries are all below {@value #ACCEPTABLE_PIVOT} of its largest entry in the
 * front is delayed: its row and column go up with the contribution block and are eliminated
 * in the parent's front (the zero diagonals of Hamiltonian coherences need this). A column left
 * over at a root is exactly zero: {@link Outcome.Singular}.
 */
public final class MultifrontalLU implements LuFactorization {
    /** Keeps the diagonal pivot when it is at least this fraction of the largest fully summed entry. */
    public static final double PIVOT_THRESHOLD = 0.1;
    /**
     * A pivot smaller than this fraction of its column's largest entry in the front is refused
     * (delayed): every pivot is at least that fraction of its column, as in CSparse's LU.
     */
    public static final double ACCEPTABLE_PIVOT = 0.1;
    /** Width of the column panels of a front's factorisation. */
    private static final int PANEL = 48;
    /**
     * Trailing updates of at least this many flops go to native dgemm when the factorisation's
     * share of such updates pays for loading it ({@link DenseProducts#forWork}); plain loops
     * otherwise. EJML's products are not used: no faster than the loops warm (100-150-level cavity)
     * and 0.1 s slower in a cold process.
     */
    private static final double PRODUCT_FLOPS = 2e6;

    /** The result of a factorisation. */
    public sealed interface Outcome {
        /** Factorised. */
        record Factored(MultifrontalLU lu) implements Outcome {
        }

        /** A column (in A's numbering) found no nonzero pivot even at the root of its tree: A is singular. */
        record Singular(int column) implements Outcome {
        }
    }

    private final int n;
    private final int[] order;
    /** Pivots eliminated by each front. */
    private final int[] pivots;
    /** The front's rows, pivot rows first (indices of A(order, order)). */
    private final int[][] rowLabels;
    /** The front's columns, pivot columns first. */
    private final int[][] colLabels;
    /** Front rows x pivots, row-major: L (the pivot block's strict lower part). */
    private final double[][] lower;
    /** Pivots x front columns, row-major: U (the pivot block's upper part with the diagonal). */
    private final double[][] upper;
    private final int delayed;
    /** The matrix, for a step of iterative refinement after delayed pivots. */
    private final RealCsc a;

    private MultifrontalLU(RealCsc a, int n, int[] order, int[] pivots, int[][] rowLabels, int[][] colLabels, double[][] lower,
                           double[][] upper, int delayed) {
        this.n = n;
        this.order = order;
        this.pivots = pivots;
        this.rowLabels = rowLabels;
        this.colLabels = colLabels;
        this.lower = lower;
        this.upper = upper;
        this.delayed = delayed;
        this.a = a;
    }

    /** How many times a pivot was delayed to a parent front (0 when every front found its own). */
    public int delayedPivots() {
        return delayed;
    }

    /** Factorises {@code a} with a new minimum-degree analysis. */
    public static Outcome factor(RealCsc a) {
        return factor(a, MinimumDegreeAnalysis.of(a));
    }

    /** Factorises {@code a} in the order of {@code analysis}. */
    public static Outcome factor(RealCsc a, MinimumDegreeAnalysis analysis) {
        return factor(a, FrontalStructure.of(a, analysis));
    }

    /** Factorises {@code a} along {@code structure}. */
    public static Outcome factor(RealCsc a, FrontalStructure structure) {
        int n = a.cols();
        int[] order = structure.order();
        int[] first = structure.first();
        int[][] frontRows = structure.frontRows();
        int ns = structure.supernodes();
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[order[k]] = k;
        }
        RealCsc b = permuted(a, order, pinv);
        RealCsc bt = transpose(b);
        // the loops run these updates at about a third of dgemm's rate (warm, 200-level cavity: 0.29 s
        // vs 0.22 s), so loading the library pays from four times the usual work: cold, the 200-level
        // cavity factorises in 0.65 s with the loops, 0.75-0.8 s loading it; the 300-level in 1.4 s vs 1.9 s
        DenseProducts chosen = DenseProducts.forWork(productFlops(structure) / 4);
        DenseProducts products = chosen == DenseProducts.java() ? null : chosen;
        int[][] children = FrontalStructure.childLists(structure.parent());
        double[][] contribution = new double[ns][];
        int[][] cbRows = new int[ns][];
        int[][] cbCols = new int[ns][];
        int[] cbDelayed = new int[ns];
        double[][] lower = new double[ns][];
        double[][] upper = new double[ns][];
        int[][] rowLabels = new int[ns][];
        int[][] colLabels = new int[ns][];
        int[] pivots = new int[ns];
        int[] posR = new int[n];
        int[] posC = new int[n];
        int delayedTotal = 0;
        Workspace ws = new Workspace();
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int l = first[s + 1] - 1;
            int own = l - f + 1;
            int[] fr = frontRows[s];
            int nd = 0;
            for (int ch : children[s]) {
                nd += cbDelayed[ch];
            }
            int m = fr.length + nd;
            int nfs = nd + own;
            int[] rl = new int[m];
            int[] cl = new int[m];
            int q = 0;
            for (int ch : children[s]) {
                for (int d = 0; d < cbDelayed[ch]; d++) {
                    rl[q] = cbRows[ch][d];
                    cl[q++] = cbCols[ch][d];
                }
            }
            System.arraycopy(fr, 0, rl, nd, fr.length);
            System.arraycopy(fr, 0, cl, nd, fr.length);
            for (int i = 0; i < m; i++) {
                posR[rl[i]] = i;
                posC[cl[i]] = i;
            }
            double[] front = new double[m * m];
            // A's entries: the own columns (rows from f down), then the own rows (columns after l)
            for (int j = f; j <= l; j++) {
                int col = posC[j];
                for (int p = b.colPtr()[j]; p < b.colPtr()[j + 1]; p++) {
                    int i = b.rowIdx()[p];
                    if (i >= f) {
                        front[posR[i] * m + col] += b.values()[p];
                    }
                }
                int row = posR[j] * m;
                for (int p = bt.colPtr()[j]; p < bt.colPtr()[j + 1]; p++) {
                    int jj = bt.rowIdx()[p];
                    if (jj > l) {
                        front[row + posC[jj]] += bt.values()[p];
                    }
                }
            }
            // extend-add of the children's contribution blocks
            for (int ch : children[s]) {
                int[] cr = cbRows[ch];
                int[] cc = cbCols[ch];
                int cm = cr.length;
                double[] cb = contribution[ch];
                int[] map = ws.map(cm);
                for (int r = 0; r < cm; r++) {
                    map[r] = posC[cc[r]];
                }
                for (int r = 0; r < cm; r++) {
                    int base = posR[cr[r]] * m;
                    int cbase = r * cm;
                    for (int c = 0; c < cm; c++) {
                        front[base + map[c]] += cb[cbase + c];
                    }
                }
                contribution[ch] = null;
                cbRows[ch] = null;
                cbCols[ch] = null;
            }
            int e = factorFront(front, m, nfs, rl, cl, products, ws);
            if (e < nfs && structure.parent()[s] < 0) {
                return new Outcome.Singular(order[cl[e]]);
            }
            delayedTotal += nfs - e;
            pivots[s] = e;
            rowLabels[s] = rl;
            colLabels[s] = cl;
            double[] lp = new double[m * e];
            for (int i = 0; i < m; i++) {
                System.arraycopy(front, i * m, lp, i * e, e);
            }
            lower[s] = java.util.Arrays.copyOf(lp, m * e);
            upper[s] = java.util.Arrays.copyOf(front, e * m);
            int cm = m - e;
            if (cm > 0 && structure.parent()[s] >= 0) {
                double[] cb = new double[cm * cm];
                for (int r = 0; r < cm; r++) {
                    System.arraycopy(front, (e + r) * m + e, cb, r * cm, cm);
                }
                contribution[s] = cb;
                cbRows[s] = java.util.Arrays.copyOfRange(rl, e, m);
                cbCols[s] = java.util.Arrays.copyOfRange(cl, e, m);
                cbDelayed[s] = nfs - e;
            }
        }
        return new Outcome.Factored(new MultifrontalLU(a, n, order, pivots, rowLabels, colLabels, lower, upper,
                delayedTotal));
    }

    /** The flops of the trailing updates large enough for dense products (with diagonal pivots). */
    private static double productFlops(FrontalStructure structure) {
        double flops = 0;
        int[] first = structure.first();
        for (int s = 0; s < structure.supernodes(); s++) {
            int own = first[s + 1] - first[s];
            int m = structure.frontRows()[s].length;
            for (int k0 = 0; k0 < own; k0 += PANEL) {
                int k1 = Math.min(own, k0 + PANEL);
                double update = 2.0 * (m - k1) * (m - k1) * (k1 - k0);
                if (update >= PRODUCT_FLOPS) {
                    flops += update;
                }
            }
        }
        return flops;
    }

    /** Reusable scratch arrays. */
    private static final class Workspace {
        int[] map = new int[16];
        double[] left = new double[0];
        double[] right = new double[0];
        double[] product = new double[0];

        int[] map(int size) {
            if (map.length < size) {
                map = new int[Math.max(size, 2 * map.length)];
            }
            return map;
        }

        void ensure(int leftSize, int rightSize, int productSize) {
            if (left.length < leftSize) {
                left = new double[leftSize];
            }
            if (right.length < rightSize) {
                right = new double[rightSize];
            }
            if (product.length < productSize) {
                product = new double[productSize];
            }
        }
    }

    /**
     * Factorises the row-major m x m front in place: pivots among its first {@code nfs} (fully
     * summed) rows and columns, whose labels {@code rows} and {@code cols} follow the interchanges,
     * and updates the rest into the Schur complement. Returns the number e of pivots: rows and
     * columns 0..e-1 are eliminated, the fully summed ones from e to nfs - 1 are delayed.
     */
    private static int factorFront(double[] a, int m, int nfs, int[] rows, int[] cols, DenseProducts products,
                                   Workspace ws) {
        for (int k0 = 0; k0 < nfs; k0 += PANEL) {
            int k1 = Math.min(nfs, k0 + PANEL);
            for (int k = k0; k < k1; k++) {
                int r = pivotRow(a, m, nfs, k, k);
                if (r < 0) {
                    // bring the updates of this panel's pivots up to date, then go on column by column
                    finishPanel(a, m, k0, k, k1);
                    return factorDelaying(a, m, nfs, k, rows, cols);
                }
                swapRows(a, m, r, k, rows);
                eliminate(a, m, k, k + 1, k1);
            }
            if (k1 == m) {
                continue;
            }
            // the panel's block row of U
            for (int k = k0; k < k1; k++) {
                int kk = k * m;
                for (int i = k + 1; i < k1; i++) {
                    int ii = i * m;
                    double lik = a[ii + k];
                    if (lik != 0) {
                        for (int j = k1; j < m; j++) {
                            a[ii + j] -= lik * a[kk + j];
                        }
                    }
                }
            }
            // the trailing block
            int rest = m - k1;
            int w = k1 - k0;
            if (products != null && 2.0 * rest * rest * w >= PRODUCT_FLOPS) {
                ws.ensure(rest * w, w * rest, rest * rest);
                double[] left = ws.left;
                double[] right = ws.right;
                double[] c = ws.product;
                for (int i = 0; i < rest; i++) {
                    System.arraycopy(a, (k1 + i) * m + k0, left, i * w, w);
                }
                for (int k = 0; k < w; k++) {
                    System.arraycopy(a, (k0 + k) * m + k1, right, k * rest, rest);
                }
                products.multiply(false, false, rest, rest, w, left, right, c);
                for (int i = 0; i < rest; i++) {
                    int ii = (k1 + i) * m + k1;
                    int ci = i * rest;
                    for (int j = 0; j < rest; j++) {
                        a[ii + j] -= c[ci + j];
                    }
                }
            } else {
                updateTrailing(a, m, k1, k0, k1, k1);
            }
        }
        return nfs;
    }

    /** rows from..m-1, columns cfrom..m-1 minus L(rows, k0..k1-1) U(k0..k1-1, columns). */
    private static void updateTrailing(double[] a, int m, int from, int k0, int k1, int cfrom) {
        for (int i = from; i < m; i++) {
            int ii = i * m;
            for (int k = k0; k < k1; k++) {
                double lik = a[ii + k];
                if (lik != 0) {
                    int kk = k * m;
                    for (int j = cfrom; j < m; j++) {
                        a[ii + j] -= lik * a[kk + j];
                    }
                }
            }
        }
    }

    /**
     * The pivot row of column c for pivot position e: the diagonal-position row e when it passes
     * the threshold, else the largest fully summed entry; -1 when that is not acceptable.
     */
    private static int pivotRow(double[] a, int m, int nfs, int e, int c) {
        double maxOwn = 0;
        int r = -1;
        for (int i = e; i < nfs; i++) {
            double v = Math.abs(a[i * m + c]);
            if (v > maxOwn) {
                maxOwn = v;
                r = i;
            }
        }
        double maxAll = maxOwn;
        for (int i = nfs; i < m; i++) {
            maxAll = Math.max(maxAll, Math.abs(a[i * m + c]));
        }
        if (maxAll == 0 || !(maxOwn >= ACCEPTABLE_PIVOT * maxAll)) {
            return -1;
        }
        double diagonal = Math.abs(a[e * m + c]);
        return diagonal >= PIVOT_THRESHOLD * maxOwn && diagonal >= ACCEPTABLE_PIVOT * maxAll ? e : r;
    }

    private static void swapRows(double[] a, int m, int r, int k, int[] rows) {
        if (r == k) {
            return;
        }
        int rk = r * m;
        int kk = k * m;
        for (int j = 0; j < m; j++) {
            double t = a[rk + j];
            a[rk + j] = a[kk + j];
            a[kk + j] = t;
        }
        int t = rows[r];
        rows[r] = rows[k];
        rows[k] = t;
    }

    private static void swapColumns(double[] a, int m, int c, int k, int[] cols) {
        if (c == k) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ii = i * m;
            double t = a[ii + c];
            a[ii + c] = a[ii + k];
            a[ii + k] = t;
        }
        int t = cols[c];
        cols[c] = cols[k];
        cols[k] = t;
    }

    /** Pivot k (at a[k][k]): L's column below it, and the rank-1 update of columns cfrom..cto-1. */
    private static void eliminate(double[] a, int m, int k, int cfrom, int cto) {
        double pivot = a[k * m + k];
        int kk = k * m;
        for (int i = k + 1; i < m; i++) {
            int ii = i * m;
            double lik = a[ii + k] / pivot;
            a[ii + k] = lik;
            if (lik != 0) {
                for (int j = cfrom; j < cto; j++) {
                    a[ii + j] -= lik * a[kk + j];
                }
            }
        }
    }

    /** Applies the pivots k0..k-1 of the panel [k0, k1) to the columns from k1 on (rows k0 and below). */
    private static void finishPanel(double[] a, int m, int k0, int k, int k1) {
        if (k1 >= m || k == k0) {
            return;
        }
        for (int p = k0; p < k; p++) {
            int pp = p * m;
            for (int i = p + 1; i < k; i++) {
                int ii = i * m;
                double lip = a[ii + p];
                if (lip != 0) {
                    for (int j = k1; j < m; j++) {
                        a[ii + j] -= lip * a[pp + j];
                    }
                }
            }
        }
        updateTrailing(a, m, k, k0, k, k1);
    }

    /**
     * Unblocked right-looking elimination from pivot e on, every remaining column fully updated:
     * each fully summed column in turn is brought to position e and eliminated when it has an
     * acceptable pivot, else left (delayed). Returns the number of pivots.
     */
    private static int factorDelaying(double[] a, int m, int nfs, int e, int[] rows, int[] cols) {
        for (int c = e; c < nfs; c++) {
            int r = pivotRow(a, m, nfs, e, c);
            if (r < 0) {
                continue;
            }
            swapColumns(a, m, c, e, cols);
            swapRows(a, m, r, e, rows);
            eliminate(a, m, e, e + 1, m);
            e++;
        }
        return e;
    }

    /**
     * Solves A x = b. After delayed pivots (whose fronts pivot less freely) with one step of
     * iterative refinement, {@code x += A^{-1} (b - A x)}: on the XX chain it brings the residual
     * back to CSparse's.
     */
    @Override
    public double[] solve(double[] rhs) {
        double[] x = solveOnce(rhs);
        if (delayed > 0) {
            double[] r = new double[n];
            a.multiply(x, r);
            for (int i = 0; i < n; i++) {
                r[i] = rhs[i] - r[i];
            }
            double[] dx = solveOnce(r);
            for (int i = 0; i < n; i++) {
                x[i] += dx[i];
            }
        }
        return x;
    }

    /** Solves A^T x = b, refined as {@link #solve} is. */
    @Override
    public double[] solveTransposed(double[] rhs) {
        double[] x = solveTransposedOnce(rhs);
        if (delayed > 0) {
            double[] r = new double[n];
            a.multiplyTransposed(x, r);
            for (int i = 0; i < n; i++) {
                r[i] = rhs[i] - r[i];
            }
            double[] dx = solveTransposedOnce(r);
            for (int i = 0; i < n; i++) {
                x[i] += dx[i];
            }
        }
        return x;
    }

    /** The estimate from unrefined solves (refinement does not change it beyond rounding). */
    @Override
    public double conditionEstimate(RealCsc matrix) {
        LuFactorization unrefined = new LuFactorization() {
            @Override
            public double[] solve(double[] b) {
                return solveOnce(b);
            }

            @Override
            public double[] solveTransposed(double[] b) {
                return solveTransposedOnce(b);
            }

            @Override
            public long factorNonzeros() {
                return MultifrontalLU.this.factorNonzeros();
            }
        };
        return unrefined.conditionEstimate(matrix);
    }

    private double[] solveOnce(double[] rhs) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rhs[order[i]];
        }
        double[] z = new double[n];
        double[] t = new double[maxPivots()];
        int ns = pivots.length;
        // L z = P w: w by row labels, z by pivot position
        int ps = 0;
        for (int s = 0; s < ns; s++) {
            int e = pivots[s];
            int[] rows = rowLabels[s];
            int m = rows.length;
            double[] lp = lower[s];
            for (int k = 0; k < e; k++) {
                t[k] = w[rows[k]];
            }
            for (int k = 0; k < e; k++) {
                double tk = t[k];
                if (tk != 0) {
                    for (int i = k + 1; i < e; i++) {
                        t[i] -= lp[i * e + k] * tk;
                    }
                }
            }
            for (int i = e; i < m; i++) {
                double sum = 0;
                int ii = i * e;
                for (int k = 0; k < e; k++) {
                    sum += lp[ii + k] * t[k];
                }
                w[rows[i]] -= sum;
            }
            System.arraycopy(t, 0, z, ps, e);
            ps += e;
        }
        // U Q^T x = z, x by column labels
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            int e = pivots[s];
            ps -= e;
            int[] cols = colLabels[s];
            int m = cols.length;
            double[] up = upper[s];
            for (int k = e - 1; k >= 0; k--) {
                double sum = z[ps + k];
                int kk = k * m;
                for (int j = k + 1; j < m; j++) {
                    sum -= up[kk + j] * x[cols[j]];
                }
                x[cols[k]] = sum / up[kk + k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    private double[] solveTransposedOnce(double[] rhs) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rhs[order[i]];
        }
        double[] v = new double[n];
        double[] t = new double[maxPivots()];
        int ns = pivots.length;
        // U^T v = Q^T y: y by column labels, v by pivot position
        int ps = 0;
        for (int s = 0; s < ns; s++) {
            int e = pivots[s];
            int[] cols = colLabels[s];
            int m = cols.length;
            double[] up = upper[s];
            for (int k = 0; k < e; k++) {
                t[k] = y[cols[k]];
            }
            for (int k = 0; k < e; k++) {
                int kk = k * m;
                double tk = t[k] / up[kk + k];
                t[k] = tk;
                if (tk != 0) {
                    for (int i = k + 1; i < e; i++) {
                        t[i] -= up[kk + i] * tk;
                    }
                }
            }
            for (int k = 0; k < e; k++) {
                double tk = t[k];
                if (tk != 0) {
                    int kk = k * m;
                    for (int j = e; j < m; j++) {
                        y[cols[j]] -= up[kk + j] * tk;
                    }
                }
            }
            System.arraycopy(t, 0, v, ps, e);
            ps += e;
        }
        // L^T P x = v, x by row labels
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            int e = pivots[s];
            ps -= e;
            int[] rows = rowLabels[s];
            int m = rows.length;
            double[] lp = lower[s];
            System.arraycopy(v, ps, t, 0, e);
            for (int i = e; i < m; i++) {
                double xi = x[rows[i]];
                if (xi != 0) {
                    int ii = i * e;
                    for (int k = 0; k < e; k++) {
                        t[k] -= lp[ii + k] * xi;
                    }
                }
            }
            for (int k = e - 1; k >= 0; k--) {
                double sum = t[k];
                for (int i = k + 1; i < e; i++) {
                    sum -= lp[i * e + k] * t[i];
                }
                t[k] = sum;
            }
            for (int k = 0; k < e; k++) {
                x[rows[k]] = t[k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    private int maxPivots() {
        int max = 1;
        for (int e : pivots) {
            max = Math.max(max, e);
        }
        return max;
    }

    @Override
    public long factorNonzeros() {
        long nnz = 0;
        for (int s = 0; s < pivots.length; s++) {
            long e = pivots[s];
            long m = rowLabels[s].length;
            nnz += e * e + 2 * e * (m - e);
        }
        return nnz;
    }

    /** {@code A(order, order)}. */
    private static RealCsc permuted(RealCsc a, int[] order, int[] pinv) {
        int n = a.cols();
        int[] cp = a.colPtr();
        int[] ptr = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            ptr[k + 1] = ptr[k] + cp[j + 1] - cp[j];
        }
        int[] idx = new int[ptr[n]];
        double[] val = new double[ptr[n]];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            int q = ptr[k];
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                idx[q] = pinv[a.rowIdx()[p]];
                val[q++] = a.values()[p];
            }
        }
        return new RealCsc(n, n, ptr, idx, val);
    }

    private static RealCsc transpose(RealCsc a) {
        int n = a.cols();
        int[] count = new int[a.rows() + 1];
        for (int p = 0; p < a.nnz(); p++) {
            count[a.rowIdx()[p] + 1]++;
        }
        for (int i = 0; i < a.rows(); i++) {
            count[i + 1] += count[i];
        }
        int[] ptr = count.clone();
        int[] idx = new int[a.nnz()];
        double[] val = new double[a.nnz()];
        for (int j = 0; j < n; j++) {
            for (int p = a.colPtr()[j]; p < a.colPtr()[j + 1]; p++) {
                int q = count[a.rowIdx()[p]]++;
                idx[q] = j;
                val[q] = a.values()[p];
            }
        }
        return new RealCsc(n, a.rows(), ptr, idx, val);
    }
}
