package dev.steadfast.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.linsol.lu.LinearSolverLu_DDRM;

/** {@link DenseProducts} in pure Java by EJML: available everywhere, several times slower than native BLAS. */
final class JavaDenseProducts implements DenseProducts {
    static final JavaDenseProducts INSTANCE = new JavaDenseProducts();

    private JavaDenseProducts() {
    }

    @Override
    public void multiply(boolean transposeA, boolean transposeB, int m, int n, int k, double[] a, double[] b, double[] c) {
        DMatrixRMaj am = transposeA ? DMatrixRMaj.wrap(k, m, a) : DMatrixRMaj.wrap(m, k, a);
        DMatrixRMaj bm = transposeB ? DMatrixRMaj.wrap(n, k, b) : DMatrixRMaj.wrap(k, n, b);
        DMatrixRMaj cm = DMatrixRMaj.wrap(m, n, c);
        if (transposeA && transposeB) {
            CommonOps_DDRM.multTransAB(am, bm, cm);
        } else if (transposeA) {
            CommonOps_DDRM.multTransA(am, bm, cm);
        } else if (transposeB) {
            CommonOps_DDRM.multTransB(am, bm, cm);
        } else {
            CommonOps_DDRM.mult(am, bm, cm);
        }
    }

    @Override
    public Solver factor(int n, double[] a) {
        LUDecompositionAlt_DDRM decomposition = new LUDecompositionAlt_DDRM();
        LinearSolverLu_DDRM lu = new LinearSolverLu_DDRM(decomposition);
        if (!lu.setA(DMatrixRMaj.wrap(n, n, a.clone()))) {
            return null;
        }
        DMatrixRMaj factor = decomposition.getLU();
        for (int i = 0; i < n; i++) {
            if (factor.get(i, i) == 0) {
                return null;
            }
        }
        double quality = lu.quality();
        DMatrixRMaj in = new DMatrixRMaj(n, 1);
        DMatrixRMaj out = new DMatrixRMaj(n, 1);
        return new Solver() {
            @Override
            public synchronized void solveInPlace(double[] x) {
                System.arraycopy(x, 0, in.data, 0, n);
                lu.solve(in, out);
                System.arraycopy(out.data, 0, x, 0, n);
            }

            @Override
            public double quality() {
                return quality;
            }
        };
    }
}
