package dev.steadfast.linalg;

/**
 * The dense part of the multifrontal LU ({@link MultifrontalLU}): one front, a row-major m x m
 * array, factorised in place in column panels — pivots only among its fully summed rows and
 * columns (threshold {@link MultifrontalLU#ACCEPTABLE_PIVOT} of the column), columns without an
 * acceptable pivot delayed to the parent front — and the rest updated into the Schur complement,
 * large trailing updates through {@link DenseProducts}.
 */
final class DenseFront {
    /** Width of the column panels of a front's factorisation. */
    private static final int PANEL = 48;
    /**
     * Trailing updates of at least this many flops go to native dgemm when the factorisation's
     * share of such updates pays for loading it ({@link DenseProducts#forWork}); plain loops
     * otherwise. EJML's products are not used: no faster than the loops warm (100-150-level cavity)
     * and 0.1 s slower in a cold process.
     */
    private static final double PRODUCT_FLOPS = 2e6;

    private DenseFront() {
    }

    /** The flops of the trailing updates large enough for dense products (with diagonal pivots). */
    static double productFlops(FrontalStructure structure) {
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
    static final class Workspace {
        int[] map = new int[16];
        double[] left = new double[0];
        double[] right = new double[0];
        double[] product = new double[0];
        double[] front = new double[0];

        /**
         * The front array, zeroed in its first {@code size} entries: one buffer for every front (the
         * contribution blocks are copied out), so that the factorisation does not allocate and
         * collect an array the size of each front.
         */
        double[] front(int size) {
            if (front.length < size) {
                front = new double[Math.max(size, Math.min(Integer.MAX_VALUE - 8, 2L * front.length) > size
                        ? (int) Math.min(Integer.MAX_VALUE - 8, 2L * front.length) : size)];
            } else {
                java.util.Arrays.fill(front, 0, size, 0.0);
            }
            return front;
        }

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
    static int factor(double[] a, int m, int nfs, int[] rows, int[] cols, DenseProducts products,
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
            blockRowOfU(a, m, k0, k1, k1);
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

    /**
     * The block row of U of pivot rows k0..end-1, columns cfrom..m-1: L11^{-1} A12, row by row (row i
     * needs the finished rows above it).
     */
    private static void blockRowOfU(double[] a, int m, int k0, int end, int cfrom) {
        for (int i = k0 + 1; i < end; i++) {
            subtractRows(a, m, i, k0, i, cfrom);
        }
    }

    /** rows from..m-1, columns cfrom..m-1 minus L(rows, k0..k1-1) U(k0..k1-1, columns). */
    private static void updateTrailing(double[] a, int m, int from, int k0, int k1, int cfrom) {
        for (int i = from; i < m; i++) {
            subtractRows(a, m, i, k0, k1, cfrom);
        }
    }

    /**
     * Row i, columns cfrom..m-1, minus sum over k in [k0, k1) of a[i][k] times row k: four rows of U
     * at a time, so that row i is read and written once per four (the loops' rate doubles).
     */
    private static void subtractRows(double[] a, int m, int i, int k0, int k1, int cfrom) {
        int ii = i * m;
        int k = k0;
        for (; k + 3 < k1; k += 4) {
            double l0 = a[ii + k];
            double l1 = a[ii + k + 1];
            double l2 = a[ii + k + 2];
            double l3 = a[ii + k + 3];
            if (l0 == 0 && l1 == 0 && l2 == 0 && l3 == 0) {
                continue;
            }
            int r0 = k * m;
            int r1 = r0 + m;
            int r2 = r1 + m;
            int r3 = r2 + m;
            for (int j = cfrom; j < m; j++) {
                a[ii + j] -= l0 * a[r0 + j] + l1 * a[r1 + j] + l2 * a[r2 + j] + l3 * a[r3 + j];
            }
        }
        for (; k < k1; k++) {
            double lik = a[ii + k];
            if (lik != 0) {
                int kk = k * m;
                for (int j = cfrom; j < m; j++) {
                    a[ii + j] -= lik * a[kk + j];
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
        if (maxAll == 0 || !(maxOwn >= MultifrontalLU.ACCEPTABLE_PIVOT * maxAll)) {
            return -1;
        }
        double diagonal = Math.abs(a[e * m + c]);
        return diagonal >= MultifrontalLU.PIVOT_THRESHOLD * maxOwn && diagonal >= MultifrontalLU.ACCEPTABLE_PIVOT * maxAll ? e : r;
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
        blockRowOfU(a, m, k0, k, k1);
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
}
