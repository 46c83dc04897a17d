package dev.steadfast.gaussian;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * An independent route to {@code A X + X Aᵀ + D = 0} for tiny systems: the vectorised equation
 * {@code (I ⊗ A + A ⊗ I) vec X = −vec D}, solved by dense LU (m² unknowns).
 */
final class KroneckerLyapunov {
    private KroneckerLyapunov() {
    }

    static double[][] solve(double[][] a, double[][] d) {
        int m = a.length;
        DMatrixRMaj k = new DMatrixRMaj(m * m, m * m);
        DMatrixRMaj rhs = new DMatrixRMaj(m * m, 1);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                int row = i * m + j; // X_ij
                rhs.set(row, 0, -d[i][j]);
                for (int l = 0; l < m; l++) {
                    k.add(row, l * m + j, a[i][l]); // (A X)_ij
                    k.add(row, i * m + l, a[j][l]); // (X Aᵀ)_ij
                }
            }
        }
        DMatrixRMaj x = new DMatrixRMaj(m * m, 1);
        if (!CommonOps_DDRM.solve(k, rhs, x)) {
            throw new ArithmeticException("singular Kronecker system");
        }
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                out[i][j] = x.get(i * m + j, 0);
            }
        }
        return out;
    }
}
