package dev.steadfast.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;

/**
 * A Hermitian n × n matrix {@code M' = U_Rᵀ M_R U_R} acting through r ≪ n modes: M_R (r × r,
 * complex Hermitian) is a matrix on the modes R, U_R (r × n, real) the rows R of an orthogonal
 * matrix. Products with an n × n complex matrix cost O(n² r). Complex n × n matrices are stored
 * as one array, row-major, (re, im) interleaved.
 *
 * @param ur  U_R
 * @param re  Re M_R
 * @param im  Im M_R
 */
record LowRank(double[][] ur, double[][] re, double[][] im) {

    /** The restriction to the modes {@code r} of the n × n matrix (re, im). */
    static LowRank of(double[][] u, double[][] re, double[][] im, int[] r) {
        double[][] br = new double[r.length][r.length];
        double[][] bi = new double[r.length][r.length];
        for (int q = 0; q < r.length; q++) {
            for (int t = 0; t < r.length; t++) {
                br[q][t] = re[r[q]][r[t]];
                bi[q][t] = im[r[q]][r[t]];
            }
        }
        return new LowRank(u, br, bi);
    }

    private int n() {
        return ur[0].length;
    }

    /** {@code M'_ii} (real: M' is Hermitian). */
    double[] diagonal() {
        int n = n();
        int r = ur.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int q = 0; q < r; q++) {
                for (int t = 0; t < r; t++) {
                    acc += ur[q][i] * re[q][t] * ur[t][i];
                }
            }
            d[i] = acc;
        }
        return d;
    }

    /** {@code sign · M'} as an interleaved complex array. */
    double[] dense(double sign) {
        int n = n();
        double[][][] t = times(re, im, ur); // M_R U_R: r × n complex
        double[] out = new double[2 * n * n];
        for (int q = 0; q < ur.length; q++) {
            for (int i = 0; i < n; i++) {
                double u = sign * ur[q][i];
                if (u == 0) {
                    continue;
                }
                int row = 2 * i * n;
                for (int j = 0; j < n; j++) {
                    out[row + 2 * j] += u * t[0][q][j];
                    out[row + 2 * j + 1] += u * t[1][q][j];
                }
            }
        }
        return out;
    }

    /** {@code y = M'X + XM'} for X (interleaved complex n × n). */
    void leftAndRight(double[] x, double[] y) {
        int n = n();
        int r = ur.length;
        java.util.Arrays.fill(y, 0);
        // M'X = U_Rᵀ (M_R (U_R X))
        double[][] wr = new double[r][n];
        double[][] wi = new double[r][n];
        for (int q = 0; q < r; q++) {
            for (int k = 0; k < n; k++) {
                double u = ur[q][k];
                if (u == 0) {
                    continue;
                }
                int row = 2 * k * n;
                for (int j = 0; j < n; j++) {
                    wr[q][j] += u * x[row + 2 * j];
                    wi[q][j] += u * x[row + 2 * j + 1];
                }
            }
        }
        double[][][] z = product(re, im, wr, wi);
        for (int q = 0; q < r; q++) {
            for (int i = 0; i < n; i++) {
                double u = ur[q][i];
                int row = 2 * i * n;
                for (int j = 0; j < n; j++) {
                    y[row + 2 * j] += u * z[0][q][j];
                    y[row + 2 * j + 1] += u * z[1][q][j];
                }
            }
        }
        // XM' = ((X U_Rᵀ) M_R) U_R
        double[][] vr = new double[n][r];
        double[][] vi = new double[n][r];
        for (int i = 0; i < n; i++) {
            int row = 2 * i * n;
            for (int q = 0; q < r; q++) {
                double ar = 0;
                double ai = 0;
                double[] uq = ur[q];
                for (int k = 0; k < n; k++) {
                    ar += x[row + 2 * k] * uq[k];
                    ai += x[row + 2 * k + 1] * uq[k];
                }
                vr[i][q] = ar;
                vi[i][q] = ai;
            }
        }
        for (int i = 0; i < n; i++) {
            int row = 2 * i * n;
            for (int t = 0; t < r; t++) {
                double cr = 0;
                double ci = 0;
                for (int q = 0; q < r; q++) {
                    cr += vr[i][q] * re[q][t] - vi[i][q] * im[q][t];
                    ci += vr[i][q] * im[q][t] + vi[i][q] * re[q][t];
                }
                double[] ut = ur[t];
                for (int j = 0; j < n; j++) {
                    y[row + 2 * j] += cr * ut[j];
                    y[row + 2 * j + 1] += ci * ut[j];
                }
            }
        }
    }

    /** The largest eigenvalue of {@code shift·I + M_R} (real symmetric embedding). */
    double maxEigenvalue(double shift) {
        return maxEigenvalue(re, im, shift);
    }

    /** The largest eigenvalue of {@code shift·I + U_cᵀ M U_c}, U_c the columns {@code cluster} of U. */
    double maxEigenvalueOn(int[] cluster, double shift) {
        int g = cluster.length;
        double[][] cr = new double[g][g];
        double[][] ci = new double[g][g];
        int r = ur.length;
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                for (int q = 0; q < r; q++) {
                    for (int t = 0; t < r; t++) {
                        double w = ur[q][cluster[a]] * ur[t][cluster[b]];
                        cr[a][b] += w * re[q][t];
                        ci[a][b] += w * im[q][t];
                    }
                }
            }
        }
        return maxEigenvalue(cr, ci, shift);
    }

    private static double maxEigenvalue(double[][] hr, double[][] hi, double shift) {
        int g = hr.length;
        if (g == 1) {
            return hr[0][0] + shift;
        }
        DMatrixRMaj e = new DMatrixRMaj(2 * g, 2 * g);
        for (int a = 0; a < g; a++) {
            for (int b = 0; b < g; b++) {
                e.set(a, b, hr[a][b]);
                e.set(g + a, g + b, hr[a][b]);
                e.set(a, g + b, -hi[a][b]);
                e.set(g + a, b, hi[a][b]);
            }
        }
        var eig = DecompositionFactory_DDRM.eig(2 * g, false, true);
        if (!eig.decompose(e)) {
            return Double.POSITIVE_INFINITY;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 2 * g; k++) {
            max = Math.max(max, eig.getEigenvalue(k).real);
        }
        return max + shift;
    }

    /** (M_R) · U_R as {re, im} r × n. */
    private static double[][][] times(double[][] re, double[][] im, double[][] u) {
        return product(re, im, u, new double[u.length][u[0].length]);
    }

    /** (a_re + i a_im)(b_re + i b_im), a r × r, b r × n. */
    private static double[][][] product(double[][] ar, double[][] ai, double[][] br, double[][] bi) {
        int r = ar.length;
        int n = br[0].length;
        double[][] zr = new double[r][n];
        double[][] zi = new double[r][n];
        for (int q = 0; q < r; q++) {
            for (int t = 0; t < r; t++) {
                double xr = ar[q][t];
                double xi = ai[q][t];
                if (xr == 0 && xi == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    zr[q][j] += xr * br[t][j] - xi * bi[t][j];
                    zi[q][j] += xr * bi[t][j] + xi * br[t][j];
                }
            }
        }
        return new double[][][] {zr, zi};
    }
}
