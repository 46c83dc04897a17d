package dev.steadfast.linalg;

/**
 * An LU factorisation of a square real matrix, ready to solve {@code A x = b} and
 * {@code A^T x = b}. Made by {@link LuFactorizations}: dense (small) or sparse (multifrontal or
 * CSparse).
 */
public interface LuFactorization {
    /** Solves A x = b; returns x (b is not modified). */
    double[] solve(double[] b);

    /** Solves A^T x = b; returns x (b is not modified). */
    double[] solveTransposed(double[] b);

    /** Nonzeros of L plus U. */
    long factorNonzeros();

    /**
     * Hager–Higham estimate of the 1-norm condition number {@code ||A||_1 ||A^{-1}||_1}: a lower
     * bound that is usually within a factor 3 of the truth.
     */
    default double conditionEstimate(RealCsc a) {
        int n = a.cols();
        double[] x = new double[n];
        java.util.Arrays.fill(x, 1.0 / n);
        double est = 0;
        for (int iter = 0; iter < 5; iter++) {
            double[] y = solve(x);
            double ny = 0;
            for (double v : y) {
                ny += Math.abs(v);
            }
            if (!Double.isFinite(ny)) {
                return Double.POSITIVE_INFINITY;
            }
            if (iter > 0 && ny <= est) {
                break;
            }
            est = ny;
            double[] xi = new double[n];
            for (int i = 0; i < n; i++) {
                xi[i] = y[i] >= 0 ? 1 : -1;
            }
            double[] z = solveTransposed(xi);
            int jmax = 0;
            double zx = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(z[i]) > Math.abs(z[jmax])) {
                    jmax = i;
                }
                zx += z[i] * x[i];
            }
            if (Math.abs(z[jmax]) <= zx) {
                break;
            }
            java.util.Arrays.fill(x, 0);
            x[jmax] = 1;
        }
        // Higham's alternative vector guards against the estimator being fooled
        double[] alt = new double[n];
        for (int i = 0; i < n; i++) {
            alt[i] = (i % 2 == 0 ? 1 : -1) * (1 + (n > 1 ? (double) i / (n - 1) : 0));
        }
        double[] y = solve(alt);
        double ny = 0;
        for (double v : y) {
            ny += Math.abs(v);
        }
        est = Math.max(est, 2 * ny / (3.0 * n));
        return est * a.norm1();
    }
}
