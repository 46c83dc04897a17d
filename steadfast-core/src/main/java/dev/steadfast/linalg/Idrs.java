package dev.steadfast.linalg;

import java.util.Random;

/**
 * IDR(s) with biorthogonalisation and right preconditioning (van Gijzen and Sonneveld, ACM TOMS
 * 38, 5 (2011), "Algorithm 913"): a short-recurrence Krylov method for nonsymmetric systems whose
 * iteration count is typically close to full GMRES while its memory is 3s+3 vectors and its work
 * per step O(s n). The shadow space is a seeded random orthonormal set, so runs are reproducible.
 * The "maintaining the convergence" choice of omega (angle 0.7) guards against stagnation on
 * matrices with strongly complex spectra, which Liouvillians have.
 */
public final class Idrs {
    private final int s;
    private final int maxIterations;
    private final double tolerance;

    public Idrs(int s, int maxIterations, double tolerance) {
        this.s = s;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    public KrylovResult solve(LinearOperator a, Preconditioner prec, double[] b, double[] x0) {
        int n = a.size();
        double[] x = x0 == null ? new double[n] : x0.clone();
        double[] r = new double[n];
        double bnorm = Gmres.norm(b);
        if (bnorm == 0) {
            return new KrylovResult(new double[n], 0, 0, true);
        }
        a.apply(x, r);
        for (int i = 0; i < n; i++) {
            r[i] = b[i] - r[i];
        }
        double[][] p = shadowSpace(n);
        double[][] g = new double[s][n];
        double[][] u = new double[s][n];
        double[][] m = new double[s][s];
        for (int i = 0; i < s; i++) {
            m[i][i] = 1;
        }
        double[] f = new double[s];
        double[] v = new double[n];
        double[] t = new double[n];
        double[] pv = new double[n];
        double om = 1;
        int iter = 0;
        double normr = Gmres.norm(r);
        while (normr > tolerance * bnorm && iter < maxIterations) {
            for (int i = 0; i < s; i++) {
                f[i] = Gmres.dot(p[i], r);
            }
            for (int k = 0; k < s; k++) {
                // solve the lower-triangular system M(k:s, k:s) c = f(k:s)
                double[] c = new double[s - k];
                for (int i = k; i < s; i++) {
                    double sum = f[i];
                    for (int j = k; j < i; j++) {
                        sum -= m[i][j] * c[j - k];
                    }
                    c[i - k] = sum / m[i][i];
                }
                System.arraycopy(r, 0, v, 0, n);
                for (int i = k; i < s; i++) {
                    Gmres.axpy(-c[i - k], g[i], v);
                }
                prec.apply(v, pv);
                // U(:,k) = U(:,k:s) c + om * pv
                double[] uk = new double[n];
                for (int i = k; i < s; i++) {
                    Gmres.axpy(c[i - k], u[i], uk);
                }
                Gmres.axpy(om, pv, uk);
                u[k] = uk;
                a.apply(u[k], g[k]);
                iter++;
                for (int i = 0; i < k; i++) {
                    double alpha = Gmres.dot(p[i], g[k]) / m[i][i];
                    Gmres.axpy(-alpha, g[i], g[k]);
                    Gmres.axpy(-alpha, u[i], u[k]);
                }
                for (int i = k; i < s; i++) {
                    m[i][k] = Gmres.dot(p[i], g[k]);
                }
                if (m[k][k] == 0) {
                    return new KrylovResult(x, iter, trueResidual(a, b, x, bnorm), false);
                }
                double beta = f[k] / m[k][k];
                Gmres.axpy(-beta, g[k], r);
                Gmres.axpy(beta, u[k], x);
                normr = Gmres.norm(r);
                if (normr <= tolerance * bnorm || iter >= maxIterations) {
                    break;
                }
                for (int i = k + 1; i < s; i++) {
                    f[i] -= beta * m[i][k];
                }
            }
            if (normr <= tolerance * bnorm || iter >= maxIterations) {
                break;
            }
            prec.apply(r, pv);
            a.apply(pv, t);
            iter++;
            om = omega(t, r);
            if (om == 0) {
                return new KrylovResult(x, iter, trueResidual(a, b, x, bnorm), false);
            }
            Gmres.axpy(om, pv, x);
            Gmres.axpy(-om, t, r);
            normr = Gmres.norm(r);
        }
        double rel = trueResidual(a, b, x, bnorm);
        return new KrylovResult(x, iter, rel, rel <= 10 * tolerance);
    }

    private static double omega(double[] t, double[] r) {
        double nt = Gmres.norm(t);
        double nr = Gmres.norm(r);
        double tr = Gmres.dot(t, r);
        if (nt == 0) {
            return 0;
        }
        double rho = Math.abs(tr / (nt * nr));
        double om = tr / (nt * nt);
        double angle = 0.7;
        if (rho < angle) {
            om *= angle / rho;
        }
        return om;
    }

    private double[][] shadowSpace(int n) {
        Random rnd = new Random(20261126L);
        double[][] p = new double[s][n];
        for (int k = 0; k < s; k++) {
            for (int i = 0; i < n; i++) {
                p[k][i] = rnd.nextGaussian();
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int j = 0; j < k; j++) {
                    Gmres.axpy(-Gmres.dot(p[j], p[k]), p[j], p[k]);
                }
            }
            double nk = Gmres.norm(p[k]);
            for (int i = 0; i < n; i++) {
                p[k][i] /= nk;
            }
        }
        return p;
    }

    private static double trueResidual(LinearOperator a, double[] b, double[] x, double bnorm) {
        double[] ax = new double[b.length];
        a.apply(x, ax);
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            double d = b[i] - ax[i];
            s += d * d;
        }
        return Math.sqrt(s) / bnorm;
    }
}
