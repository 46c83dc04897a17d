package dev.steadfast.linalg;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Eigenvalues and matrix functions of complex Hermitian matrices.
 *
 * <p>EJML has no complex eigensolver, so a Hermitian {@code H = A + iB} (A symmetric, B
 * antisymmetric) is handled through its real symmetric form {@code R = [[A, -B], [B, A]]}, whose
 * spectrum is that of H with every eigenvalue doubled, and for which
 * {@code f(R) = [[Re f(H), -Im f(H)], [Im f(H), Re f(H)]]} for any real function f. The cost is
 * that of a symmetric eigendecomposition of size 2n; it is meant for reduced states and small
 * systems. Replace this class (not its callers) when a native complex solver is wanted.
 */
public final class HermitianEigen {
    private HermitianEigen() {
    }

    /** Eigenvalues of the Hermitian part of {@code h}, ascending. */
    public static double[] eigenvalues(CMatrix h) {
        int n = requireSquare(h);
        if (n == 1) {
            return new double[] {h.re(0, 0)};
        }
        if (n == 2) {
            return eigenvalues2(h);
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, false, true);
        if (!eig.decompose(realForm(h))) {
            throw new ArithmeticException("Hermitian eigendecomposition did not converge (n=" + n + ")");
        }
        double[] all = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            all[i] = eig.getEigenvalue(i).real;
        }
        Arrays.sort(all);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = 0.5 * (all[2 * i] + all[2 * i + 1]);
        }
        return out;
    }

    private static double[] eigenvalues2(CMatrix h) {
        double a = h.re(0, 0);
        double d = h.re(1, 1);
        double br = 0.5 * (h.re(0, 1) + h.re(1, 0));
        double bi = 0.5 * (h.im(0, 1) - h.im(1, 0));
        double mean = 0.5 * (a + d);
        double rad = Math.sqrt(0.25 * (a - d) * (a - d) + br * br + bi * bi);
        return new double[] {mean - rad, mean + rad};
    }

    /**
     * The matrix function {@code f(H)} of the Hermitian part of {@code h}, computed from its
     * eigendecomposition: {@code f(H) = sum_k f(lambda_k) |v_k><v_k|}.
     */
    public static CMatrix apply(CMatrix h, DoubleUnaryOperator f) {
        int n = requireSquare(h);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(2 * n, true, true);
        if (!eig.decompose(realForm(h))) {
            throw new ArithmeticException("Hermitian eigendecomposition did not converge (n=" + n + ")");
        }
        int m = 2 * n;
        double[] fr = new double[m * m];
        for (int k = 0; k < m; k++) {
            double fk = f.applyAsDouble(eig.getEigenvalue(k).real);
            if (fk == 0) {
                continue;
            }
            DMatrixRMaj v = eig.getEigenVector(k);
            double[] vd = v.data;
            for (int i = 0; i < m; i++) {
                double vi = fk * vd[i];
                if (vi == 0) {
                    continue;
                }
                int o = i * m;
                for (int j = 0; j < m; j++) {
                    fr[o + j] += vi * vd[j];
                }
            }
        }
        CMatrix out = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // top-left block is Re f(H); bottom-left block is Im f(H)
                out.set(i, j, fr[i * m + j], fr[(n + i) * m + j]);
            }
        }
        return out;
    }

    /** The real symmetric form {@code [[A, -B], [B, A]]} of the Hermitian part of {@code h = A + iB}. */
    static DMatrixRMaj realForm(CMatrix h) {
        int n = h.rows();
        DMatrixRMaj r = new DMatrixRMaj(2 * n, 2 * n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double a = 0.5 * (h.re(i, j) + h.re(j, i));
                double b = 0.5 * (h.im(i, j) - h.im(j, i));
                r.set(i, j, a);
                r.set(n + i, n + j, a);
                r.set(n + i, j, b);
                r.set(i, n + j, -b);
            }
        }
        return r;
    }

    private static int requireSquare(CMatrix h) {
        if (h.rows() != h.cols()) {
            throw new IllegalArgumentException("not square: " + h.rows() + "x" + h.cols());
        }
        return h.rows();
    }
}
