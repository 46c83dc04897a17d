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
        RealCsc b = a.permutedSymmetric(order, pinv);
        RealCsc bt = b.transpose();
        // the loops run these updates at about a third of dgemm's rate (warm, 200-level cavity: 0.29 s
        // vs 0.22 s), so loading the library pays from four times the usual work: cold, the 200-level
        // cavity factorises in 0.65 s with the loops, 0.75-0.8 s loading it; the 300-level in 1.4 s vs 1.9 s
        DenseProducts chosen = DenseProducts.forWork(DenseFront.productFlops(structure) / 4);
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
        DenseFront.Workspace ws = new DenseFront.Workspace();
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
            int e = DenseFront.factor(front, m, nfs, rl, cl, products, ws);
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
}
