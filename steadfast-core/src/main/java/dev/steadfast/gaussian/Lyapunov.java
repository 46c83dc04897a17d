package dev.steadfast.gaussian;

/**
 * Solves the continuous Lyapunov equation {@code A X + X Aᵀ + D = 0} by the Bartels–Stewart
 * method: with the real Schur form {@code A = P T Pᵀ} the equation becomes
 * {@code T Y + Y Tᵀ = F}, {@code F = −Pᵀ D P}, {@code X = P Y Pᵀ}; Y is found block column by block
 * column from the last, each block by back substitution over T's diagonal blocks (1×1 or 2×2
 * Sylvester equations of at most 4 unknowns). For a symmetric D, Y is symmetric and only its
 * upper block triangle is solved for. O(m³) for m = 2n. It has a unique solution exactly when no
 * two eigenvalues of A sum to zero, which holds for a stable A (every Re λ &lt; 0).
 */
public final class Lyapunov {
    private Lyapunov() {
    }

    /** X with {@code A X + X Aᵀ + D = 0}, given the Schur form of A and a symmetric D. */
    static double[][] solve(RealSchur schur, double[][] d) {
        double[][] f = Matrices.congruenceTranspose(schur.p(), d);
        for (double[] row : f) {
            for (int j = 0; j < row.length; j++) {
                row[j] = -row[j];
            }
        }
        double[][] y = solveQuasiTriangular(schur, f);
        return Matrices.congruence(schur.p(), y);
    }

    /** X with {@code A X + X Aᵀ + D = 0}, for a symmetric D. */
    public static double[][] solve(double[][] a, double[][] d) {
        return solve(RealSchur.of(a), d);
    }

    /** Y with {@code T Y + Y Tᵀ = F}, F symmetric; Y is kept symmetric (both triangles written). */
    private static double[][] solveQuasiTriangular(RealSchur s, double[][] f) {
        double[][] t = s.t();
        int m = t.length;
        int[] starts = s.starts();
        int[] sizes = s.sizes();
        double[][] y = new double[m][m];
        double[] rhs = new double[4];
        for (int b = starts.length - 1; b >= 0; b--) {
            int j0 = starts[b];
            int q = sizes[b];
            int jEnd = j0 + q;
            // R[r][jj] = F[r][jj] − Σ_{k ≥ jEnd} Y[r][k] T[jj][k], for rows r < jEnd
            double[][] r = new double[q][jEnd];
            for (int jj = 0; jj < q; jj++) {
                double[] tRow = t[j0 + jj];
                for (int row = 0; row < jEnd; row++) {
                    double[] yRow = y[row];
                    double acc = f[row][j0 + jj];
                    for (int k = jEnd; k < m; k++) {
                        acc -= yRow[k] * tRow[k];
                    }
                    r[jj][row] = acc;
                }
            }
            for (int a = b; a >= 0; a--) {
                int i0 = starts[a];
                int p = sizes[a];
                int iEnd = i0 + p;
                for (int jj = 0; jj < q; jj++) {
                    double[] yCol = y[j0 + jj]; // Y[l][j0+jj] = Y[j0+jj][l] by symmetry
                    for (int ii = 0; ii < p; ii++) {
                        double[] tRow = t[i0 + ii];
                        double acc = r[jj][i0 + ii];
                        for (int l = iEnd; l < m; l++) {
                            acc -= tRow[l] * yCol[l];
                        }
                        rhs[jj * p + ii] = acc;
                    }
                }
                double[] z = smallSylvester(t, i0, p, j0, q, rhs);
                for (int jj = 0; jj < q; jj++) {
                    for (int ii = 0; ii < p; ii++) {
                        y[i0 + ii][j0 + jj] = z[jj * p + ii];
                        y[j0 + jj][i0 + ii] = z[jj * p + ii];
                    }
                }
            }
        }
        return y;
    }

    /**
     * Z (p×q, column-major) with {@code T_ii Z + Z T_jjᵀ = R}: the Kronecker form
     * {@code (I_q ⊗ T_ii + T_jj ⊗ I_p) vec Z = vec R}, solved by Gaussian elimination with pivoting.
     */
    private static double[] smallSylvester(double[][] t, int i0, int p, int j0, int q, double[] rhs) {
        int n = p * q;
        double[][] k = new double[n][n + 1];
        for (int c1 = 0; c1 < q; c1++) {
            for (int r1 = 0; r1 < p; r1++) {
                int row = c1 * p + r1;
                for (int r2 = 0; r2 < p; r2++) {
                    k[row][c1 * p + r2] += t[i0 + r1][i0 + r2];
                }
                for (int c2 = 0; c2 < q; c2++) {
                    k[row][c2 * p + r1] += t[j0 + c1][j0 + c2];
                }
                k[row][n] = rhs[row];
            }
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(k[r][c]) > Math.abs(k[piv][c])) {
                    piv = r;
                }
            }
            double[] tmp = k[c];
            k[c] = k[piv];
            k[piv] = tmp;
            if (k[c][c] == 0) {
                throw new ArithmeticException("the Lyapunov equation is singular (two eigenvalues of the drift sum to zero)");
            }
            for (int r = c + 1; r < n; r++) {
                double factor = k[r][c] / k[c][c];
                for (int cc = c; cc <= n; cc++) {
                    k[r][cc] -= factor * k[c][cc];
                }
            }
        }
        double[] z = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double acc = k[r][n];
            for (int c = r + 1; c < n; c++) {
                acc -= k[r][c] * z[c];
            }
            z[r] = acc / k[r][r];
        }
        return z;
    }
}
