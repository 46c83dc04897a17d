package dev.steadfast.gaussian;

import java.util.Arrays;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The symplectic spectrum of a covariance matrix and the uncertainty principle. By Williamson's
 * theorem V = S diag(ν_1, ν_1, ..., ν_n, ν_n) Sᵀ with S symplectic; the ν_k ≥ ½ are the moduli of
 * the eigenvalues of {@code iΩV}. {@code V + iΩ/2 ≥ 0} exactly when every ν_k ≥ ½.
 */
public final class Symplectic {
    /** Largest 2n for which the smallest eigenvalue of V + iΩ/2 is computed exactly (dense symmetric eigen of 4n). */
    static final int EXACT_UNCERTAINTY_LIMIT = 600;

    private Symplectic() {
    }

    /** The symplectic eigenvalues ν_1 ≤ ... ≤ ν_n of V (2n × 2n). */
    public static double[] eigenvalues(double[][] v) {
        int m = v.length;
        DMatrixRMaj wv = Matrices.dense(Matrices.omegaLeft(v));
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, false);
        if (!eig.decompose(wv)) {
            throw new ArithmeticException("the eigen-decomposition of Ω V did not converge");
        }
        double[] nu = new double[m];
        for (int k = 0; k < m; k++) {
            Complex_F64 z = eig.getEigenvalue(k);
            nu[k] = Math.hypot(z.real, z.imaginary);
        }
        Arrays.sort(nu);
        double[] out = new double[m / 2];
        for (int k = 0; k < out.length; k++) {
            out[k] = (nu[2 * k] + nu[2 * k + 1]) / 2;
        }
        return out;
    }

    /**
     * The smallest eigenvalue of the Hermitian matrix {@code V + iΩ/2} (≥ 0 for a physical state),
     * from its real symmetric embedding {@code [[V, −Ω/2], [Ω/2, V]]} (same eigenvalues, each
     * twice). For 2n above {@value #EXACT_UNCERTAINTY_LIMIT} it is not computed (NaN): use
     * {@link #satisfiesUncertainty}.
     */
    public static double uncertaintyMinEigenvalue(double[][] v) {
        int m = v.length;
        if (m > EXACT_UNCERTAINTY_LIMIT) {
            return Double.NaN;
        }
        DMatrixRMaj e = embedding(v, 0);
        var eig = DecompositionFactory_DDRM.eig(2 * m, false, true);
        if (!eig.decompose(e)) {
            throw new ArithmeticException("the eigen-decomposition of V + iΩ/2 did not converge");
        }
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < 2 * m; k++) {
            min = Math.min(min, eig.getEigenvalue(k).real);
        }
        return min;
    }

    /** Whether {@code V + iΩ/2 + tolerance·I} is positive definite (a Cholesky factorisation, O(n³)). */
    public static boolean satisfiesUncertainty(double[][] v, double tolerance) {
        DMatrixRMaj e = embedding(v, tolerance);
        return DecompositionFactory_DDRM.chol(e.numRows, true).decompose(e);
    }

    /**
     * For a phase-insensitive V (commuting with Ω): whether {@code V − I/2 + tolerance·I} is
     * positive definite, which is then equivalent to {@code V + iΩ/2 ≥ 0} (a Cholesky
     * factorisation of size 2n instead of 4n).
     */
    public static boolean satisfiesPassiveUncertainty(double[][] v, double tolerance) {
        DMatrixRMaj e = new DMatrixRMaj(v);
        for (int i = 0; i < v.length; i++) {
            e.add(i, i, tolerance - 0.5);
        }
        return DecompositionFactory_DDRM.chol(e.numRows, true).decompose(e);
    }

    private static DMatrixRMaj embedding(double[][] v, double shift) {
        int m = v.length;
        DMatrixRMaj e = new DMatrixRMaj(2 * m, 2 * m);
        double[][] w = Quadratures.omega(m / 2);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                e.set(i, j, v[i][j]);
                e.set(m + i, m + j, v[i][j]);
                e.set(i, m + j, -w[i][j] / 2);
                e.set(m + i, j, w[i][j] / 2);
            }
            e.add(i, i, shift);
            e.add(m + i, m + i, shift);
        }
        return e;
    }

    /** {@code det V} by LU. */
    static double determinant(double[][] v) {
        return CommonOps_DDRM.det(Matrices.dense(v));
    }
}
