package dev.steadfast.heom;

import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;

/**
 * Block-Jacobi preconditioner of the normalised HEOM generator {@code N = M + u tᵀ}
 * ({@code u = t/|t|²}): the exact inverse of each ADO's diagonal block of N (dense LU with partial
 * pivoting), i.e. of {@code L_sys − Σ n_k ν_k} on that ADO. The system block
 * {@code L_sys + u tᵀ} is singular whenever H has several eigenvalues (−i[H, ·] has a kernel of
 * dimension ≥ d); it is then shifted by {@code −s} with s the mean damping {@code Re ν_k} of the
 * first tier, which keeps the preconditioner an approximate inverse of the right scale.
 */
final class BlockJacobi implements Preconditioner {
    private final int[] start;
    private final double[][][] lu;
    private final int[][] pivots;

    private BlockJacobi(int[] start, double[][][] lu, int[][] pivots) {
        this.start = start;
        this.lu = lu;
        this.pivots = pivots;
    }

    static BlockJacobi of(RealCsc m, HeomCoordinates coords, Hierarchy hierarchy, double[] t) {
        int blocks = 0;
        for (int i = 0; i < hierarchy.size(); i++) {
            blocks += coords.owns(i) ? 1 : 0;
        }
        int[] start = new int[blocks];
        double[][][] lu = new double[blocks][][];
        int[][] piv = new int[blocks][];
        int b = 0;
        for (int i = 0; i < hierarchy.size(); i++) {
            if (!coords.owns(i)) {
                continue;
            }
            int o = coords.offset(i);
            int n = coords.count(i);
            double[][] a = block(m, o, n);
            if (i == 0) {
                double tt = 0;
                for (double v : t) {
                    tt += v * v;
                }
                for (int r = 0; r < n; r++) {
                    for (int c = 0; c < n; c++) {
                        a[r][c] += t[o + r] * t[o + c] / tt;
                    }
                }
            }
            start[b] = o;
            piv[b] = new int[n];
            double[][] f = copy(a);
            if (!factor(f, piv[b])) {
                double shift = Math.max(1e-3, meanDiagonal(m, coords, hierarchy));
                for (int r = 0; r < n; r++) {
                    a[r][r] -= shift;
                }
                f = copy(a);
                if (!factor(f, piv[b])) {
                    f = null;
                }
            }
            lu[b++] = f;
        }
        return new BlockJacobi(start, lu, piv);
    }

    /** Mean of −M_jj over the first-tier ADOs: the typical damping rate. */
    private static double meanDiagonal(RealCsc m, HeomCoordinates coords, Hierarchy h) {
        double s = 0;
        int count = 0;
        for (int i = 1; i < h.size() && h.tier(i) == 1; i++) {
            if (coords.owns(i)) {
                double[][] a = block(m, coords.offset(i), 1);
                s -= a[0][0];
                count++;
            }
        }
        return count == 0 ? 1 : s / count;
    }

    private static double[][] block(RealCsc m, int o, int n) {
        double[][] a = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int p = m.colPtr()[o + c]; p < m.colPtr()[o + c + 1]; p++) {
                int r = m.rowIdx()[p] - o;
                if (r >= 0 && r < n) {
                    a[r][c] += m.values()[p];
                }
            }
        }
        return a;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** In-place LU with partial pivoting; false when a pivot is negligible. */
    private static boolean factor(double[][] a, int[] piv) {
        int n = a.length;
        double scale = 0;
        for (double[] row : a) {
            for (double v : row) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int r = k + 1; r < n; r++) {
                if (Math.abs(a[r][k]) > Math.abs(a[p][k])) {
                    p = r;
                }
            }
            if (!(Math.abs(a[p][k]) > 1e-12 * scale)) {
                return false;
            }
            piv[k] = p;
            double[] tmp = a[k];
            a[k] = a[p];
            a[p] = tmp;
            for (int r = k + 1; r < n; r++) {
                double f = a[r][k] /= a[k][k];
                for (int c = k + 1; c < n; c++) {
                    a[r][c] -= f * a[k][c];
                }
            }
        }
        return true;
    }

    @Override
    public void apply(double[] r, double[] z) {
        System.arraycopy(r, 0, z, 0, r.length);
        for (int b = 0; b < lu.length; b++) {
            double[][] a = lu[b];
            if (a == null) {
                continue;
            }
            int o = start[b];
            int n = a.length;
            for (int k = 0; k < n; k++) {
                int p = pivots[b][k];
                double t = z[o + k];
                z[o + k] = z[o + p];
                z[o + p] = t;
            }
            for (int i = 0; i < n; i++) {
                double s = z[o + i];
                for (int j = 0; j < i; j++) {
                    s -= a[i][j] * z[o + j];
                }
                z[o + i] = s;
            }
            for (int i = n - 1; i >= 0; i--) {
                double s = z[o + i];
                for (int j = i + 1; j < n; j++) {
                    s -= a[i][j] * z[o + j];
                }
                z[o + i] = s / a[i][i];
            }
        }
    }
}
