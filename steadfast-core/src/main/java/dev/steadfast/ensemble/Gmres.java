package dev.steadfast.ensemble;

import dev.steadfast.linalg.RealCsc;
import java.util.function.UnaryOperator;

/**
 * Restarted GMRES(m) with right preconditioning for {@code A x = b}: Arnoldi on {@code A P^{-1}}
 * with modified Gram–Schmidt and Givens rotations (Saad &amp; Schultz 1986). Stops when
 * {@code ||b - A x|| <= tol ||b||} (the recursively updated residual, confirmed by an explicit one
 * at each restart) or after {@code maxIterations} matrix–vector products.
 */
final class Gmres {
    record Result(double[] x, int iterations, double relativeResidual, boolean converged) {
    }

    private Gmres() {
    }

    static Result solve(RealCsc a, UnaryOperator<double[]> precondition, double[] b, double tol, int restart, int maxIterations) {
        int n = b.length;
        double bnorm = norm(b);
        double[] x = new double[n];
        if (bnorm == 0) {
            return new Result(x, 0, 0, true);
        }
        double[] r = b.clone();
        int it = 0;
        double rel = 1;
        double[] ax = new double[n];
        while (true) {
            double beta = norm(r);
            rel = beta / bnorm;
            if (rel <= tol || it >= maxIterations) {
                return new Result(x, it, rel, rel <= tol);
            }
            double[][] v = new double[restart + 1][];
            double[][] h = new double[restart + 1][restart];
            double[] cs = new double[restart];
            double[] sn = new double[restart];
            double[] g = new double[restart + 1];
            v[0] = scaled(r, 1 / beta);
            g[0] = beta;
            int k = 0;
            for (; k < restart && it < maxIterations; k++, it++) {
                double[] w = new double[n];
                a.multiply(precondition.apply(v[k]), w);
                for (int i = 0; i <= k; i++) {
                    double hik = dot(w, v[i]);
                    h[i][k] = hik;
                    axpy(-hik, v[i], w);
                }
                double hn = norm(w);
                h[k + 1][k] = hn;
                v[k + 1] = hn > 0 ? scaled(w, 1 / hn) : w;
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
                if (Math.abs(g[k + 1]) <= tol * bnorm || hn == 0) {
                    k++;
                    it++;
                    break;
                }
            }
            // y = H^{-1} g (upper triangular k x k); x += P^{-1} V y
            double[] y = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = g[i];
                for (int j = i + 1; j < k; j++) {
                    s -= h[i][j] * y[j];
                }
                y[i] = h[i][i] == 0 ? 0 : s / h[i][i];
            }
            double[] u = new double[n];
            for (int i = 0; i < k; i++) {
                axpy(y[i], v[i], u);
            }
            axpy(1, precondition.apply(u), x);
            a.multiply(x, ax);
            for (int i = 0; i < n; i++) {
                r[i] = b[i] - ax[i];
            }
        }
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

    private static void axpy(double alpha, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += alpha * x[i];
        }
    }

    private static double[] scaled(double[] a, double s) {
        double[] o = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            o[i] = s * a[i];
        }
        return o;
    }
}
