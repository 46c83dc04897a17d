package dev.steadfast.dynamics;

import dev.steadfast.linalg.RealCsc;
import org.ejml.data.DMatrixRMaj;

/**
 * {@code exp(tau M) x} by Arnoldi projection with adaptive steps, after Sidje's Expokit
 * ({@code dgexpv}, ACM TOMS 24, 1998).
 *
 * <p>Each step builds an m-dimensional Krylov basis V and Hessenberg H of M at the current
 * vector w (||w|| = beta), exponentiates the augmented (m+2) x (m+2) matrix
 * {@code [[H, 0], [h_{m+1,m} e_m^T, 0], [0, 1]]} times tau (dense Padé), and takes
 * {@code w <- beta [V, v_{m+1}] exp(tau H_aug)[0:m+1, 0]}. The local error is estimated from the
 * two correction terms of the expansion (Saad's a-posteriori estimate, Expokit's rule); a step is
 * accepted when it is at most {@code 1.2 tau tol ||x0||} and the next step size is
 * {@code 0.9 tau (tau tol / err)^(1/m)}. A breakdown ({@code h_{j+1,j} ~ 0}) means w lies in an
 * invariant subspace and the step is exact. Steps are cut to land on each output time.
 */
final class KrylovPropagator implements Propagator {
    private final RealCsc mat;
    private final double tol;
    private final int m;

    KrylovPropagator(RealCsc mat, double tol, int krylovDimension) {
        this.mat = mat;
        this.tol = tol;
        this.m = Math.max(2, Math.min(krylovDimension, mat.cols()));
    }

    @Override
    public Stats run(double[] x0, double[] times, Sink sink) {
        int n = x0.length;
        double anorm = Math.max(mat.norm1(), 1e-300);
        double[] w = x0.clone();
        double scale = Math.max(norm(w), 1e-300);
        double absTol = tol * scale;
        double beta = norm(w);
        double fact = Math.pow((m + 1) / Math.E, m + 1) * Math.sqrt(2 * Math.PI * (m + 1));
        double tau = (1 / anorm) * Math.pow(fact * tol / (4 * Math.max(beta, 1e-300) / scale * anorm), 1.0 / m);
        double t = 0;
        long steps = 0;
        long apps = 0;
        double[][] v = new double[m + 1][];
        for (int i = 0; i < times.length; i++) {
            while (t < times[i] && beta > 0) {
                double step = Math.min(tau, times[i] - t);
                boolean cutByOutput = step < tau;
                // Arnoldi
                double[][] h = new double[m + 2][m + 2];
                v[0] = scaled(w, 1 / beta);
                int mb = m;
                int k1 = 2;
                double btol = 1e-14 * anorm;
                for (int j = 0; j < m; j++) {
                    double[] p = new double[n];
                    mat.multiply(v[j], p);
                    apps++;
                    for (int q = 0; q <= j; q++) {
                        double c = dot(v[q], p);
                        h[q][j] = c;
                        axpy(-c, v[q], p);
                    }
                    double s = norm(p);
                    if (s < btol) {
                        k1 = 0;
                        mb = j + 1;
                        step = times[i] - t;
                        break;
                    }
                    h[j + 1][j] = s;
                    v[j + 1] = scaled(p, 1 / s);
                }
                double avnorm = 0;
                if (k1 != 0) {
                    h[m + 1][m] = 1;
                    double[] p = new double[n];
                    mat.multiply(v[m], p);
                    apps++;
                    avnorm = norm(p);
                }
                DMatrixRMaj f;
                double err;
                double xm = 1.0 / m;
                int rejections = 0;
                while (true) {
                    int mx = mb + k1;
                    DMatrixRMaj hm = new DMatrixRMaj(mx, mx);
                    for (int a = 0; a < mx; a++) {
                        for (int b = 0; b < mx; b++) {
                            hm.set(a, b, h[a][b]);
                        }
                    }
                    f = MatrixExponential.exp(hm, step);
                    if (k1 == 0) {
                        err = 0;
                        break;
                    }
                    double p1 = Math.abs(f.get(m, 0)) * beta;
                    double p2 = Math.abs(f.get(m + 1, 0)) * beta * avnorm;
                    if (p1 > 10 * p2) {
                        err = p2;
                        xm = 1.0 / m;
                    } else if (p1 > p2) {
                        err = p1 * p2 / (p1 - p2);
                        xm = 1.0 / m;
                    } else {
                        err = p1;
                        xm = 1.0 / (m - 1);
                    }
                    if (err <= 1.2 * step * absTol) {
                        break;
                    }
                    step = 0.9 * step * Math.pow(step * absTol / err, xm);
                    if (++rejections > 50 || step <= 1e-300) {
                        throw new ArithmeticException("Krylov step size underflow at t = " + t);
                    }
                }
                int mx = mb + Math.max(0, k1 - 1);
                double[] nw = new double[n];
                for (int q = 0; q < mx; q++) {
                    axpy(beta * f.get(q, 0), v[q], nw);
                }
                w = nw;
                beta = norm(w);
                t += step;
                steps++;
                if (k1 != 0) {
                    double grow = err > 0 ? Math.min(10, 0.9 * Math.pow(step * absTol / err, xm)) : 10;
                    double proposed = step * grow;
                    // a step shortened only to hit an output time says nothing against the old size
                    tau = cutByOutput && rejections == 0 ? Math.max(tau, proposed) : proposed;
                }
                if (t >= times[i] - 1e-14 * Math.max(1, Math.abs(times[i]))) {
                    t = times[i];
                }
            }
            sink.accept(i, w);
        }
        return new Stats(steps, apps);
    }

    private static double[] scaled(double[] x, double s) {
        double[] y = x.clone();
        for (int i = 0; i < y.length; i++) {
            y[i] *= s;
        }
        return y;
    }

    private static double norm(double[] x) {
        return Math.sqrt(dot(x, x));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += a * x[i];
        }
    }
}
