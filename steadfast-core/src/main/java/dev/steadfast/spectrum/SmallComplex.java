package dev.steadfast.spectrum;

/** Small dense complex linear algebra for Ritz vectors (package-private helper). */
final class SmallComplex {
    /** Inverse-iteration steps of {@link #eigenvector}. */
    static final int INVERSE_ITERATIONS = 5;

    private SmallComplex() {
    }

    /**
     * The normalised eigenvector {re, im} of the real m x m matrix h (top-left block of the array)
     * at the eigenvalue mu = (mr, mi), by {@link #INVERSE_ITERATIONS} steps of inverse iteration with a slightly perturbed
     * shift.
     */
    static double[][] eigenvector(double[][] h, int m, double mr, double mi) {
        // one factorisation, then INVERSE_ITERATIONS solves (each m^2): two were not enough next to
        // a close or nearly defective eigenvalue (a Davies generator's: residual 1e-10 after two
        // steps, 5e-17 after four)
        double scale = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                scale = Math.max(scale, Math.abs(h[i][j]));
            }
        }
        double eps = 1e-13 * Math.max(scale, Math.hypot(mr, mi));
        double[] yr = new double[m];
        double[] yi = new double[m];
        if (eps == 0) {
            // the zero matrix (e.g. an undamped coherence block between degenerate levels): every vector
            yr[0] = 1;
            return new double[][] {yr, yi};
        }
        java.util.Arrays.fill(yr, 1.0);
        double[][] ar = new double[m][m];
        double[][] ai = new double[m][m];
        for (int i = 0; i < m; i++) {
            System.arraycopy(h[i], 0, ar[i], 0, m);
            ar[i][i] -= mr + eps;
            ai[i][i] -= mi;
        }
        int[] perm = factor(ar, ai, eps);
        for (int it = 0; it < INVERSE_ITERATIONS; it++) {
            solveFactored(ar, ai, perm, yr, yi);
            double nrm = 0;
            for (int i = 0; i < m; i++) {
                nrm += yr[i] * yr[i] + yi[i] * yi[i];
            }
            nrm = Math.sqrt(nrm);
            for (int i = 0; i < m; i++) {
                yr[i] /= nrm;
                yi[i] /= nrm;
            }
        }
        return new double[][] {yr, yi};
    }

    /**
     * LU with partial pivoting of (ar + i ai) in place (multipliers below the diagonal); a pivot
     * below {@code tiny} is replaced by tiny. Returns the row exchanged at each step.
     */
    static int[] factor(double[][] ar, double[][] ai, double tiny) {
        int m = ar.length;
        int[] perm = new int[m];
        for (int c = 0; c < m; c++) {
            int p = c;
            for (int r = c + 1; r < m; r++) {
                if (Math.hypot(ar[r][c], ai[r][c]) > Math.hypot(ar[p][c], ai[p][c])) {
                    p = r;
                }
            }
            perm[c] = p;
            if (p != c) {
                double[] t = ar[c]; ar[c] = ar[p]; ar[p] = t;
                t = ai[c]; ai[c] = ai[p]; ai[p] = t;
            }
            double pr = ar[c][c];
            double pi = ai[c][c];
            if (Math.hypot(pr, pi) < tiny) {
                pr = tiny;
                pi = 0;
                ar[c][c] = pr;
                ai[c][c] = 0;
            }
            double den = pr * pr + pi * pi;
            for (int r = c + 1; r < m; r++) {
                double fr = (ar[r][c] * pr + ai[r][c] * pi) / den;
                double fi = (ai[r][c] * pr - ar[r][c] * pi) / den;
                ar[r][c] = fr;
                ai[r][c] = fi;
                if (fr == 0 && fi == 0) {
                    continue;
                }
                for (int j = c + 1; j < m; j++) {
                    ar[r][j] -= fr * ar[c][j] - fi * ai[c][j];
                    ai[r][j] -= fr * ai[c][j] + fi * ar[c][j];
                }
            }
        }
        return perm;
    }

    /** Solves with the factors of {@link #factor}, in place. */
    static void solveFactored(double[][] ar, double[][] ai, int[] perm, double[] br, double[] bi) {
        int m = br.length;
        for (int c = 0; c < m; c++) {
            int p = perm[c];
            if (p != c) {
                double s = br[c]; br[c] = br[p]; br[p] = s;
                s = bi[c]; bi[c] = bi[p]; bi[p] = s;
            }
        }
        // the rows were exchanged whole (multipliers included): P A = L U, so permute first
        for (int c = 0; c < m; c++) {
            for (int r = c + 1; r < m; r++) {
                double fr = ar[r][c];
                double fi = ai[r][c];
                if (fr == 0 && fi == 0) {
                    continue;
                }
                br[r] -= fr * br[c] - fi * bi[c];
                bi[r] -= fr * bi[c] + fi * br[c];
            }
        }
        for (int r = m - 1; r >= 0; r--) {
            double sr = br[r];
            double si = bi[r];
            for (int j = r + 1; j < m; j++) {
                sr -= ar[r][j] * br[j] - ai[r][j] * bi[j];
                si -= ar[r][j] * bi[j] + ai[r][j] * br[j];
            }
            double pr = ar[r][r];
            double pi = ai[r][r];
            double den = pr * pr + pi * pi;
            br[r] = (sr * pr + si * pi) / den;
            bi[r] = (si * pr - sr * pi) / den;
        }
    }
}
