package dev.steadfast.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Kernel dimension of a small real matrix: the number of singular values at most 1e-9 times the
 * largest (dense SVD). Used by the direct steady-state solvers to count the dimension of a degenerate kernel.
 */
public final class KernelDimension {
    private KernelDimension() {
    }

    /** The count, or -1 when the SVD fails. */
    public static int of(RealCsc l) {
        double[][] a = l.toDense();
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(a.length, a.length, false, false, true);
        if (!svd.decompose(new DMatrixRMaj(a))) {
            return -1;
        }
        double max = 0;
        for (double v : svd.getSingularValues()) {
            max = Math.max(max, v);
        }
        int k = 0;
        for (double v : svd.getSingularValues()) {
            if (v <= 1e-9 * max) {
                k++;
            }
        }
        return k;
    }
}
