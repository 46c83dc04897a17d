package dev.steadfast.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.decomposition.lu.LUDecompositionAlt_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
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

    @Override
    public double[] hermitianEigenvalues(int n, double[] re, double[] im) {
        return HermitianEigen.eigenvalues(new CMatrix(n, n, re.clone(), im.clone()));
    }

    @Override
    public void symmetricEigen(int n, double[] a, double[] values, double[] vectors) {
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(DMatrixRMaj.wrap(n, n, a.clone()))) {
            throw new ArithmeticException("symmetric eigendecomposition did not converge (n=" + n + ")");
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(eig.getEigenvalue(x).real, eig.getEigenvalue(y).real));
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(order[k]).real;
            DMatrixRMaj vk = eig.getEigenVector(order[k]);
            for (int i = 0; i < n; i++) {
                vectors[i * n + k] = vk.get(i, 0);
            }
        }
    }
}
