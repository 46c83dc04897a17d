package dev.steadfast.gaussian;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.SchurTransformer;

/**
 * The real Schur form {@code A = P T Pᵀ} (P orthogonal, T quasi-upper-triangular with 1×1 and 2×2
 * diagonal blocks, a 2×2 block holding a complex-conjugate pair of eigenvalues), by Hipparchus'
 * Hessenberg reduction and Francis QR iteration, with the eigenvalues read off the blocks.
 *
 * @param p      the orthogonal factor
 * @param t      the quasi-triangular factor
 * @param starts the first row of each diagonal block
 * @param sizes  each block's size (1 or 2)
 */
record RealSchur(double[][] p, double[][] t, int[] starts, int[] sizes) {

    static RealSchur of(double[][] a) {
        SchurTransformer s = new SchurTransformer(MatrixUtils.createRealMatrix(a));
        double[][] t = s.getT().getData();
        int m = a.length;
        int[] starts = new int[m];
        int[] sizes = new int[m];
        int count = 0;
        for (int i = 0; i < m; ) {
            int size = i + 1 < m && t[i + 1][i] != 0 ? 2 : 1;
            starts[count] = i;
            sizes[count++] = size;
            if (size == 1 && i + 1 < m) {
                t[i + 1][i] = 0;
            }
            i += size;
        }
        return new RealSchur(s.getP().getData(), t, java.util.Arrays.copyOf(starts, count),
                java.util.Arrays.copyOf(sizes, count));
    }

    /** The real parts of the eigenvalues, one per eigenvalue (a 2×2 block gives two equal ones). */
    double[] realParts() {
        double[] re = new double[t.length];
        for (int b = 0; b < starts.length; b++) {
            int i = starts[b];
            if (sizes[b] == 1) {
                re[i] = t[i][i];
            } else {
                double tr = (t[i][i] + t[i + 1][i + 1]) / 2;
                double det = t[i][i] * t[i + 1][i + 1] - t[i][i + 1] * t[i + 1][i];
                double disc = tr * tr - det;
                if (disc >= 0) {
                    re[i] = tr + Math.sqrt(disc);
                    re[i + 1] = tr - Math.sqrt(disc);
                } else {
                    re[i] = tr;
                    re[i + 1] = tr;
                }
            }
        }
        return re;
    }

    /** The imaginary part (≥ 0) of the eigenvalues of the block starting at row {@code i}. */
    double imaginaryPart(int b) {
        int i = starts[b];
        if (sizes[b] == 1) {
            return 0;
        }
        double tr = (t[i][i] + t[i + 1][i + 1]) / 2;
        double det = t[i][i] * t[i + 1][i + 1] - t[i][i + 1] * t[i + 1][i];
        return Math.sqrt(Math.max(0, det - tr * tr));
    }
}
