package dev.steadfast.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Small dense helpers on {@code double[][]} for this package (row-major, square unless stated). */
final class Matrices {
    private Matrices() {
    }

    static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    static double maxAbs(double[][] a) {
        double m = 0;
        for (double[] row : a) {
            for (double v : row) {
                m = Math.max(m, Math.abs(v));
            }
        }
        return m;
    }

    static double frobenius(double[][] a) {
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s += v * v;
            }
        }
        return Math.sqrt(s);
    }

    /** {@code Ω X} (rows mixed pairwise: (x, p) → (p, −x)). */
    static double[][] omegaLeft(double[][] x) {
        double[][] y = new double[x.length][];
        for (int k = 0; k < x.length; k += 2) {
            y[k] = x[k + 1].clone();
            y[k + 1] = x[k].clone();
            for (int j = 0; j < y[k + 1].length; j++) {
                y[k + 1][j] = -y[k + 1][j];
            }
        }
        return y;
    }

    /** {@code X Ωᵀ} (columns mixed pairwise). */
    static double[][] omegaTransposeRight(double[][] x) {
        double[][] y = new double[x.length][x[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < x[i].length; k += 2) {
                y[i][k] = x[i][k + 1];
                y[i][k + 1] = -x[i][k];
            }
        }
        return y;
    }

    static double[] omega(double[] g) {
        double[] b = new double[g.length];
        for (int k = 0; k < g.length; k += 2) {
            b[k] = g[k + 1];
            b[k + 1] = -g[k];
        }
        return b;
    }

    static DMatrixRMaj dense(double[][] a) {
        return new DMatrixRMaj(a);
    }

    static double[][] array(DMatrixRMaj m) {
        double[][] a = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            System.arraycopy(m.data, i * m.numCols, a[i], 0, m.numCols);
        }
        return a;
    }

    /** {@code a b}. */
    static double[][] times(double[][] a, double[][] b) {
        DMatrixRMaj c = new DMatrixRMaj(a.length, b[0].length);
        CommonOps_DDRM.mult(dense(a), dense(b), c);
        return array(c);
    }

    /** {@code a b aᵀ}. */
    static double[][] congruence(double[][] a, double[][] b) {
        DMatrixRMaj da = dense(a);
        DMatrixRMaj t = new DMatrixRMaj(a.length, b[0].length);
        CommonOps_DDRM.mult(da, dense(b), t);
        DMatrixRMaj c = new DMatrixRMaj(a.length, a.length);
        CommonOps_DDRM.multTransB(t, da, c);
        return array(c);
    }

    /** {@code aᵀ b a}. */
    static double[][] congruenceTranspose(double[][] a, double[][] b) {
        DMatrixRMaj da = dense(a);
        DMatrixRMaj t = new DMatrixRMaj(a[0].length, b[0].length);
        CommonOps_DDRM.multTransA(da, dense(b), t);
        DMatrixRMaj c = new DMatrixRMaj(a[0].length, a[0].length);
        CommonOps_DDRM.mult(t, da, c);
        return array(c);
    }

    /** The Lyapunov residual {@code A V + V Aᵀ + D} (A V by A's non-zeros when A is sparse). */
    static double[][] lyapunovResidual(double[][] a, double[][] v, double[][] d) {
        double[][] av = sparseTimes(a, v);
        double[][] r = new double[a.length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                r[i][j] = av[i][j] + av[j][i] + d[i][j];
            }
        }
        return r;
    }

    /** {@code a b}, skipping the zeros of a (O(nnz(a)·m) for a sparse a). */
    static double[][] sparseTimes(double[][] a, double[][] b) {
        int m = a.length;
        long nnz = 0;
        for (double[] row : a) {
            for (double x : row) {
                nnz += x != 0 ? 1 : 0;
            }
        }
        if (nnz > (long) m * m / 8) {
            return times(a, b);
        }
        double[][] c = new double[m][b[0].length];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < m; k++) {
                double x = a[i][k];
                if (x != 0) {
                    double[] bk = b[k];
                    double[] ci = c[i];
                    for (int j = 0; j < ci.length; j++) {
                        ci[j] += x * bk[j];
                    }
                }
            }
        }
        return c;
    }

    static double symmetryError(double[][] v) {
        double e = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < i; j++) {
                e = Math.max(e, Math.abs(v[i][j] - v[j][i]));
            }
        }
        return e;
    }
}
