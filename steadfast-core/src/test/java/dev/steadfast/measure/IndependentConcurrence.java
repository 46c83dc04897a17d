package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * A second, independent route to Wootters' concurrence for tests: the eigenvalues of the
 * non-Hermitian {@code rho rho~} from EJML's general real eigensolver applied to its 8x8 real
 * form {@code [[A, -B], [B, A]]} (every eigenvalue of M = A + iB appears twice), with
 * {@code rho~} built by explicit products with {@code sy ⊗ sy}.
 */
final class IndependentConcurrence {
    private IndependentConcurrence() {
    }

    static double of(CMatrix rho) {
        CMatrix sy = new CMatrix(2, 2, new double[4], new double[] {0, -1, 1, 0});
        CMatrix yy = sy.kron(sy);
        CMatrix m = rho.times(yy.times(rho.conjugate()).times(yy));
        DMatrixRMaj r = new DMatrixRMaj(8, 8);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                r.set(i, j, m.re(i, j));
                r.set(i + 4, j + 4, m.re(i, j));
                r.set(i + 4, j, m.im(i, j));
                r.set(i, j + 4, -m.im(i, j));
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(8, false, false);
        if (!eig.decompose(r)) {
            throw new AssertionError("EJML failed");
        }
        double[] ev = new double[8];
        for (int k = 0; k < 8; k++) {
            ev[k] = eig.getEigenvalue(k).real;
        }
        Arrays.sort(ev);
        double[] l = new double[4];
        for (int k = 0; k < 4; k++) {
            l[k] = Math.sqrt(Math.max(0, 0.5 * (ev[2 * k] + ev[2 * k + 1])));
        }
        return Math.max(0, l[3] - l[2] - l[1] - l[0]);
    }

    /** Binary entropy in bits, written out here independently of the main code. */
    static double h(double x) {
        double s = 0;
        for (double p : new double[] {x, 1 - x}) {
            if (p > 0) {
                s -= p * Math.log(p) / Math.log(2);
            }
        }
        return s;
    }
}
