package dev.steadfast.linalg;

/**
 * Restarted GMRES(m) with right preconditioning (Saad, Iterative Methods for Sparse Linear
 * Systems, alg. 9.5): minimises ||b - A x|| over x0 + M^{-1} K_m(A M^{-1}, r0), with modified
 * Gram–Schmidt (re-orthogonalised once) and Givens rotations. Written here because no maintained
 * JVM library provides GMRES for our matrices (see docs/dependencies.md); it is small and is
 * tested against the direct LU on the same systems.
 */
public final class Gmres {
    private final int restart;
    private final int maxIterations;
    private final double tolerance;

    /**
     * @param restart       Krylov dimension between restarts (memory: restart+1 vectors)
     * @param maxIterations cap on matrix-vector products
     * @param tolerance     target relative residual ||b - Ax||/||b||
     */
    public Gmres(int restart, int maxIterations, double tolerance) {
        this.restart = restart;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public KrylovResult solve(LinearOperator a, Preconditioner m, double[] b, double[] x0) {
        int n = a.size();
        double[] x = x0 == null ? new double[n] : x0.clone();
        double bnorm = norm(b);
        if (bnorm == 0) {
            return new KrylovResult(new double[n], 0, 0, true);
        }
        double[][] v = new double[restart + 1][];
        double[][] z = new double[restart][];
        double[][] h = new double[restart + 1][restart];
        double[] cs = new double[restart];
        double[] sn = new double[restart];
        double[] g = new double[restart + 1];
        double[] w = new double[n];
        double[] r = new double[n];
        int iterations = 0;
        double rel = residual(a, b, x, r) / bnorm;
        while (rel > tolerance && iterations < maxIterations) {
            double beta = norm(r);
            v[0] = scaled(r, 1 / beta);
            java.util.Arrays.fill(g, 0);
            g[0] = beta;
            int k = 0;
            for (; k < restart && iterations < maxIterations; k++) {
                if (z[k] == null) {
                    z[k] = new double[n];
                }
                m.apply(v[k], z[k]);
                a.apply(z[k], w);
                iterations++;
                for (int pass = 0; pass < 2; pass++) {
                    for (int i = 0; i <= k; i++) {
                        double hik = dot(w, v[i]);
                        h[i][k] = (pass == 0 ? 0 : h[i][k]) + hik;
                        axpy(-hik, v[i], w);
                    }
                }
                double hn = norm(w);
                h[k + 1][k] = hn;
                for (int i = 0; i < k; i++) {
                    double t = cs[i] * h[i][k] + sn[i] * h[i + 1][k];
                    h[i + 1][k] = -sn[i] * h[i][k] + cs[i] * h[i + 1][k];
                    h[i][k] = t;
                }
                double den = Math.hypot(h[k][k], h[k + 1][k]);
                cs[k] = den == 0 ? 1 : h[k][k] / den;
                sn[k] = den == 0 ? 0 : h[k + 1][k] / den;
                h[k][k] = den;
                h[k + 1][k] = 0;
                g[k + 1] = -sn[k] * g[k];
                g[k] = cs[k] * g[k];
                if (hn == 0 || Math.abs(g[k + 1]) / bnorm <= tolerance) {
                    k++;
                    break;
                }
                v[k + 1] = scaled(w, 1 / hn);
            }
            // solve the k x k triangular system and update x += sum y_i z_i
            double[] y = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = g[i];
                for (int j = i + 1; j < k; j++) {
                    s -= h[i][j] * y[j];
                }
                y[i] = s / h[i][i];
            }
            for (int i = 0; i < k; i++) {
                axpy(y[i], z[i], x);
            }
            double newRel = residual(a, b, x, r) / bnorm;
            if (!Double.isFinite(newRel)) {
                return new KrylovResult(x, iterations, newRel, false);
            }
            rel = newRel;
        }
        return new KrylovResult(x, iterations, rel, rel <= tolerance);
    }

    private static double residual(LinearOperator a, double[] b, double[] x, double[] r) {
        a.apply(x, r);
        for (int i = 0; i < r.length; i++) {
            r[i] = b[i] - r[i];
        }
        return norm(r);
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    static double[] scaled(double[] x, double s) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = s * x[i];
        }
        return y;
    }
}
