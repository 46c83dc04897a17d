package dev.steadfast.linalg;

/**
 * Multifrontal sparse LU: the fronts of a {@link FrontalStructure} (AMD order of {@code A + A^T},
 * fundamental supernodes) are assembled in postorder from A's entries and the children's
 * contribution blocks (extend-add), and each front's fully summed block is factorised densely,
 * blocked, with its Schur complement updated by {@link DenseProducts} (native dgemm where the work
 * pays for it) in large fronts and plain loops in small ones. Threshold partial pivoting restricted
 * to the front's fully summed rows: the diagonal when it is at least {@value #PIVOT_THRESHOLD} of the
 * largest fully summed entry of its column, else that largest. A column whose fully summed entries
 * are all below {@value #ACCEPTABLE_PIVOT} of its largest entry in the front would need a delayed
 * pivot, which this LU does not do: it reports {@link Outcome.PivotDelayed} and the caller factorises
 * with {@link CsparseLU} instead (as {@link LuFactorizations} does).
 */
public final class MultifrontalLU implements LuFactorization {
    /** Keeps the diagonal pivot when it is at least this fraction of the largest fully summed entry. */
    public static final double PIVOT_THRESHOLD = 0.1;
    /** A pivot smaller than this fraction of its column's largest entry in the front is refused. */
    public static final double ACCEPTABLE_PIVOT = 0.01;
    /** Width of the column panels of a front's factorisation. */
    private static final int PANEL = 48;
    /** Trailing updates of at least this many flops go to {@link DenseProducts}; plain loops below. */
    private static final double PRODUCT_FLOPS = 2e6;

    /** The result of a factorisation. */
    public sealed interface Outcome {
        /** Factorised. */
        record Factored(MultifrontalLU lu) implements Outcome {
        }

        /** A column (in A's numbering) had no acceptable pivot among its front's fully summed rows. */
        record PivotDelayed(int column) implements Outcome {
        }

        /** A column (in A's numbering) was exactly zero in its front: A is singular. */
        record Singular(int column) implements Outcome {
        }
    }

    private final int n;
    private final FrontalStructure structure;
    /** Supernode s's L panel, front rows x own columns, row-major (the diagonal block's strict lower part is L's). */
    private final double[][] lower;
    /** Supernode s's U panel, own columns x front columns, row-major (upper part of the diagonal block with the diagonal). */
    private final double[][] upper;
    /** Pivot k of supernode s is row {@code first[s] + rowOfPivot[first[s] + k]} of the permuted matrix. */
    private final int[] rowOfPivot;

    private MultifrontalLU(int n, FrontalStructure structure, double[][] lower, double[][] upper, int[] rowOfPivot) {
        this.n = n;
        this.structure = structure;
        this.lower = lower;
        this.upper = upper;
        this.rowOfPivot = rowOfPivot;
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
        // B = A(order, order) by columns and by rows
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[order[k]] = k;
        }
        RealCsc b = permuted(a, order, pinv);
        RealCsc bt = transpose(b);
        DenseProducts products = DenseProducts.forWork(structure.flops());
        int[][] children = FrontalStructure.childLists(structure.parent());
        double[][] contribution = new double[ns][];
        double[][] lower = new double[ns][];
        double[][] upper = new double[ns][];
        int[] rowOfPivot = new int[n];
        int[] pos = new int[n];
        int maxFront = 0;
        for (int[] fr : frontRows) {
            maxFront = Math.max(maxFront, fr.length);
        }
        Workspace ws = new Workspace();
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int l = first[s + 1] - 1;
            int np = l - f + 1;
            int[] rows = frontRows[s];
            int m = rows.length;
            double[] front = new double[m * m];
            for (int i = 0; i < m; i++) {
                pos[rows[i]] = i;
            }
            // A's entries: the own columns (rows from f down), then the own rows (columns after l)
            for (int j = f; j <= l; j++) {
                int col = j - f;
                for (int p = b.colPtr()[j]; p < b.colPtr()[j + 1]; p++) {
                    int i = b.rowIdx()[p];
                    if (i >= f) {
                        front[pos[i] * m + col] += b.values()[p];
                    }
                }
                for (int p = bt.colPtr()[j]; p < bt.colPtr()[j + 1]; p++) {
                    int jj = bt.rowIdx()[p];
                    if (jj > l) {
                        front[col * m + pos[jj]] += bt.values()[p];
                    }
                }
            }
            // extend-add of the children's contribution blocks
            for (int ch : children[s]) {
                int[] cr = frontRows[ch];
                int cn = first[ch + 1] - first[ch];
                int cm = cr.length - cn;
                double[] cb = contribution[ch];
                int[] map = ws.map(cm);
                for (int q = 0; q < cm; q++) {
                    map[q] = pos[cr[cn + q]];
                }
                for (int q = 0; q < cm; q++) {
                    int base = map[q] * m;
                    int cbase = q * cm;
                    for (int r = 0; r < cm; r++) {
                        front[base + map[r]] += cb[cbase + r];
                    }
                }
                contribution[ch] = null;
            }
            int[] label = new int[np];
            for (int k = 0; k < np; k++) {
                label[k] = k;
            }
            int failed = factorFront(front, m, np, label, products, ws);
            if (failed < 0) {
                return new Outcome.Singular(order[f + (-failed - 1)]);
            }
            if (failed > 0) {
                return new Outcome.PivotDelayed(order[f + failed - 1]);
            }
            System.arraycopy(label, 0, rowOfPivot, f, np);
            double[] lp = new double[m * np];
            double[] up = new double[np * m];
            for (int i = 0; i < m; i++) {
                System.arraycopy(front, i * m, lp, i * np, np);
            }
            System.arraycopy(front, 0, up, 0, np * m);
            lower[s] = lp;
            upper[s] = up;
            int cm = m - np;
            if (cm > 0 && structure.parent()[s] >= 0) {
                double[] cb = new double[cm * cm];
                for (int q = 0; q < cm; q++) {
                    System.arraycopy(front, (np + q) * m + np, cb, q * cm, cm);
                }
                contribution[s] = cb;
            }
        }
        return new Outcome.Factored(new MultifrontalLU(n, structure, lower, upper, rowOfPivot));
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
     * Factorises the first {@code np} columns of the row-major m x m front in place (pivots among the
     * first np rows, whose order {@code label} records) and updates the trailing block into the
     * Schur complement. Returns 0, or k + 1 when own column k needed a delayed pivot, or -(k + 1)
     * when it was zero.
     */
    private static int factorFront(double[] a, int m, int np, int[] label, DenseProducts products, Workspace ws) {
        for (int k0 = 0; k0 < np; k0 += PANEL) {
            int k1 = Math.min(np, k0 + PANEL);
            for (int k = k0; k < k1; k++) {
                double maxOwn = 0;
                int r = -1;
                for (int i = k; i < np; i++) {
                    double v = Math.abs(a[i * m + k]);
                    if (v > maxOwn) {
                        maxOwn = v;
                        r = i;
                    }
                }
                double maxAll = maxOwn;
                for (int i = np; i < m; i++) {
                    maxAll = Math.max(maxAll, Math.abs(a[i * m + k]));
                }
                if (maxAll == 0) {
                    return -(k + 1);
                }
                if (!(maxOwn >= ACCEPTABLE_PIVOT * maxAll)) {
                    return k + 1;
                }
                if (Math.abs(a[k * m + k]) >= PIVOT_THRESHOLD * maxOwn) {
                    r = k;
                }
                if (r != k) {
                    int rk = r * m;
                    int kk = k * m;
                    for (int j = 0; j < m; j++) {
                        double t = a[rk + j];
                        a[rk + j] = a[kk + j];
                        a[kk + j] = t;
                    }
                    int t = label[r];
                    label[r] = label[k];
                    label[k] = t;
                }
                double pivot = a[k * m + k];
                int kk = k * m;
                for (int i = k + 1; i < m; i++) {
                    int ii = i * m;
                    double lik = a[ii + k] / pivot;
                    a[ii + k] = lik;
                    if (lik != 0) {
                        for (int j = k + 1; j < k1; j++) {
                            a[ii + j] -= lik * a[kk + j];
                        }
                    }
                }
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
            if (2.0 * rest * rest * w >= PRODUCT_FLOPS) {
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
                for (int i = k1; i < m; i++) {
                    int ii = i * m;
                    for (int k = k0; k < k1; k++) {
                        double lik = a[ii + k];
                        if (lik != 0) {
                            int kk = k * m;
                            for (int j = k1; j < m; j++) {
                                a[ii + j] -= lik * a[kk + j];
                            }
                        }
                    }
                }
            }
        }
        return 0;
    }

    @Override
    public double[] solve(double[] rhs) {
        int[] order = structure.order();
        int[] first = structure.first();
        int[][] frontRows = structure.frontRows();
        int ns = structure.supernodes();
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = rhs[order[i]];
        }
        double[] z = new double[n];
        double[] t = new double[maxOwn()];
        // L z = P w: w in the rows' own numbering, z in pivot order
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int np = first[s + 1] - f;
            int[] rows = frontRows[s];
            int m = rows.length;
            double[] lp = lower[s];
            for (int k = 0; k < np; k++) {
                t[k] = w[f + rowOfPivot[f + k]];
            }
            for (int k = 0; k < np; k++) {
                double tk = t[k];
                if (tk != 0) {
                    for (int i = k + 1; i < np; i++) {
                        t[i] -= lp[i * np + k] * tk;
                    }
                }
            }
            for (int i = np; i < m; i++) {
                double sum = 0;
                int ii = i * np;
                for (int k = 0; k < np; k++) {
                    sum += lp[ii + k] * t[k];
                }
                w[rows[i]] -= sum;
            }
            System.arraycopy(t, 0, z, f, np);
        }
        // U x = z
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            int f = first[s];
            int np = first[s + 1] - f;
            int[] rows = frontRows[s];
            int m = rows.length;
            double[] up = upper[s];
            for (int k = np - 1; k >= 0; k--) {
                double sum = z[f + k];
                int kk = k * m;
                for (int j = k + 1; j < m; j++) {
                    sum -= up[kk + j] * x[rows[j]];
                }
                x[f + k] = sum / up[kk + k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    @Override
    public double[] solveTransposed(double[] rhs) {
        int[] order = structure.order();
        int[] first = structure.first();
        int[][] frontRows = structure.frontRows();
        int ns = structure.supernodes();
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = rhs[order[i]];
        }
        double[] t = new double[maxOwn()];
        // U^T y' = y
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int np = first[s + 1] - f;
            int[] rows = frontRows[s];
            int m = rows.length;
            double[] up = upper[s];
            System.arraycopy(y, f, t, 0, np);
            for (int k = 0; k < np; k++) {
                int kk = k * m;
                double tk = t[k] / up[kk + k];
                t[k] = tk;
                if (tk != 0) {
                    for (int i = k + 1; i < np; i++) {
                        t[i] -= up[kk + i] * tk;
                    }
                }
            }
            for (int k = 0; k < np; k++) {
                double tk = t[k];
                if (tk != 0) {
                    int kk = k * m;
                    for (int j = np; j < m; j++) {
                        y[rows[j]] -= up[kk + j] * tk;
                    }
                }
            }
            System.arraycopy(t, 0, y, f, np);
        }
        // L^T P x = y', x in the rows' own numbering
        double[] x = new double[n];
        for (int s = ns - 1; s >= 0; s--) {
            int f = first[s];
            int np = first[s + 1] - f;
            int[] rows = frontRows[s];
            int m = rows.length;
            double[] lp = lower[s];
            System.arraycopy(y, f, t, 0, np);
            for (int i = np; i < m; i++) {
                double xi = x[rows[i]];
                if (xi != 0) {
                    int ii = i * np;
                    for (int k = 0; k < np; k++) {
                        t[k] -= lp[ii + k] * xi;
                    }
                }
            }
            for (int k = np - 1; k >= 0; k--) {
                double sum = t[k];
                for (int i = k + 1; i < np; i++) {
                    sum -= lp[i * np + k] * t[i];
                }
                t[k] = sum;
            }
            for (int k = 0; k < np; k++) {
                x[f + rowOfPivot[f + k]] = t[k];
            }
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[order[i]] = x[i];
        }
        return out;
    }

    private int maxOwn() {
        int[] first = structure.first();
        int max = 1;
        for (int s = 0; s + 1 < first.length; s++) {
            max = Math.max(max, first[s + 1] - first[s]);
        }
        return max;
    }

    @Override
    public long factorNonzeros() {
        long nnz = 0;
        int[] first = structure.first();
        for (int s = 0; s < structure.supernodes(); s++) {
            long np = first[s + 1] - first[s];
            long m = structure.frontRows()[s].length;
            nnz += np * np + 2 * np * (m - np);
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
