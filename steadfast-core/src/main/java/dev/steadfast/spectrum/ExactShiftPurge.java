package dev.steadfast.spectrum;

import java.util.List;
import org.ejml.data.Complex_F64;

/**
 * The purge of a thick (Krylov–Schur-type) restart with exact shifts: an orthogonal similarity Z of
 * the small Hessenberg-like matrix H of a Krylov decomposition whose trailing columns span the left
 * eigenvector(s) of each unwanted Ritz value (a QR with column pivoting of {@code H - mu I}, or of
 * {@code H^2 - 2 Re mu H + |mu|^2 I} for a conjugate pair), so that the leading block of
 * {@code Z^T H Z} carries only the wanted Ritz values ({@link ShiftInvertArnoldi}).
 */
final class ExactShiftPurge {
    private ExactShiftPurge() {
    }

    /** Whether b is the complex conjugate of a (to rounding), a being complex. */
    static boolean isConjugatePair(Complex_F64 a, Complex_F64 b) {
        return a.imaginary != 0 && Math.abs(a.real - b.real) <= 1e-12 * a.getMagnitude()
                && Math.abs(a.imaginary + b.imaginary) <= 1e-12 * a.getMagnitude();
    }

    /**
     * Purges the Ritz values {@code mus[r..j)} from {@code hj} in place (exact shifts): returns the
     * orthogonal Z with {@code hj <- Z^T hj Z}, whose leading r x r block then carries the wanted
     * Ritz values.
     */
    static double[][] purge(double[][] hj, List<Complex_F64> mus, int r, int j) {
        double[][] z = identity(j);
        int active = j;
        int i = r;
        while (i < j && active > r) {
            Complex_F64 mu = mus.get(i);
            boolean pair = mu.imaginary != 0 && i + 1 < j && isConjugatePair(mu, mus.get(i + 1)) && active - 2 >= r;
            double[][] poly = new double[active][active];
            for (int a = 0; a < active; a++) {
                for (int b = 0; b < active; b++) {
                    poly[a][b] = hj[a][b];
                }
            }
            if (pair) {
                double tr = 2 * mu.real;
                double det = mu.real * mu.real + mu.imaginary * mu.imaginary;
                double[][] sq = new double[active][active];
                for (int a = 0; a < active; a++) {
                    for (int c = 0; c < active; c++) {
                        double v = hj[a][c];
                        if (v == 0) {
                            continue;
                        }
                        for (int b = 0; b < active; b++) {
                            sq[a][b] += v * hj[c][b];
                        }
                    }
                }
                for (int a = 0; a < active; a++) {
                    for (int b = 0; b < active; b++) {
                        poly[a][b] = sq[a][b] - tr * hj[a][b];
                    }
                    poly[a][a] += det;
                }
            } else {
                for (int a = 0; a < active; a++) {
                    poly[a][a] -= mu.real;
                }
            }
            double[][] qa = pivotedQ(poly, active);
            // hj <- diag(qa, I)^T hj diag(qa, I); z <- z diag(qa, I)
            rightMultiply(hj, qa, active, j);
            leftMultiplyTransposed(hj, qa, active, j);
            rightMultiply(z, qa, active, j);
            active -= pair ? 2 : 1;
            i += pair ? 2 : 1;
        }
        return z;
    }

    /** The orthogonal factor Q of a QR factorisation with column pivoting of the a x a matrix (destroyed). */
    private static double[][] pivotedQ(double[][] x, int a) {
        double[][] vs = new double[a][];
        double[] betas = new double[a];
        double[] colNorm = new double[a];
        for (int c = 0; c < a; c++) {
            double s = 0;
            for (int i = 0; i < a; i++) {
                s += x[i][c] * x[i][c];
            }
            colNorm[c] = s;
        }
        for (int step = 0; step < a - 1; step++) {
            int piv = step;
            for (int c = step + 1; c < a; c++) {
                if (colNorm[c] > colNorm[piv]) {
                    piv = c;
                }
            }
            if (piv != step) {
                for (int i = 0; i < a; i++) {
                    double t = x[i][step];
                    x[i][step] = x[i][piv];
                    x[i][piv] = t;
                }
                double t = colNorm[step];
                colNorm[step] = colNorm[piv];
                colNorm[piv] = t;
            }
            double alpha = 0;
            for (int i = step; i < a; i++) {
                alpha += x[i][step] * x[i][step];
            }
            alpha = Math.sqrt(alpha);
            double[] v = new double[a];
            if (alpha == 0) {
                vs[step] = v;
                continue;
            }
            double x0 = x[step][step];
            double sign = x0 >= 0 ? 1 : -1;
            v[step] = x0 + sign * alpha;
            for (int i = step + 1; i < a; i++) {
                v[i] = x[i][step];
            }
            double vv = 0;
            for (int i = step; i < a; i++) {
                vv += v[i] * v[i];
            }
            double beta = 2 / vv;
            vs[step] = v;
            betas[step] = beta;
            for (int c = step; c < a; c++) {
                double d = 0;
                for (int i = step; i < a; i++) {
                    d += v[i] * x[i][c];
                }
                d *= beta;
                for (int i = step; i < a; i++) {
                    x[i][c] -= d * v[i];
                }
            }
            for (int c = step + 1; c < a; c++) {
                colNorm[c] -= x[step][c] * x[step][c];
                if (colNorm[c] < 0) {
                    double s = 0;
                    for (int i = step + 1; i < a; i++) {
                        s += x[i][c] * x[i][c];
                    }
                    colNorm[c] = s;
                }
            }
        }
        // Q = H_0 H_1 ... H_{a-2}, applied to the identity from the right end
        double[][] qm = identity(a);
        for (int step = a - 2; step >= 0; step--) {
            double[] v = vs[step];
            if (v == null || betas[step] == 0) {
                continue;
            }
            for (int c = 0; c < a; c++) {
                double d = 0;
                for (int i = step; i < a; i++) {
                    d += v[i] * qm[i][c];
                }
                d *= betas[step];
                for (int i = step; i < a; i++) {
                    qm[i][c] -= d * v[i];
                }
            }
        }
        return qm;
    }

    /** x[:, 0..a) <- x[:, 0..a) qa (x has rows rows). */
    private static void rightMultiply(double[][] x, double[][] qa, int a, int rows) {
        double[] tmp = new double[a];
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < a; c++) {
                double s = 0;
                for (int b = 0; b < a; b++) {
                    s += x[i][b] * qa[b][c];
                }
                tmp[c] = s;
            }
            System.arraycopy(tmp, 0, x[i], 0, a);
        }
    }

    /** x[0..a), :] <- qa^T x[0..a), :] (x has cols columns). */
    private static void leftMultiplyTransposed(double[][] x, double[][] qa, int a, int cols) {
        double[] tmp = new double[a];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < a; r++) {
                double s = 0;
                for (int b = 0; b < a; b++) {
                    s += qa[b][r] * x[b][c];
                }
                tmp[r] = s;
            }
            for (int r = 0; r < a; r++) {
                x[r][c] = tmp[r];
            }
        }
    }

    private static double[][] identity(int a) {
        double[][] x = new double[a][a];
        for (int i = 0; i < a; i++) {
            x[i][i] = 1;
        }
        return x;
    }
}
