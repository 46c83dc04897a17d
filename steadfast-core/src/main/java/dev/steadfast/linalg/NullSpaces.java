package dev.steadfast.linalg;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Kernels of a small real square matrix by dense SVD (EJML): the singular vectors whose singular
 * values are at most {@code relativeTolerance} times the largest.
 *
 * @param right          orthonormal basis of {@code {x : M x = 0}}
 * @param left           orthonormal basis of {@code {w : w^T M = 0}}
 * @param singularValues all singular values of M, ascending
 */
public record NullSpaces(List<double[]> right, List<double[]> left, double[] singularValues) {

    /**
     * The singular values in ascending order.
     *
     * @throws ArithmeticException when the SVD fails
     */
    public static double[] singularValues(RealCsc m) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.rows(), m.cols(), false, false, true);
        if (!svd.decompose(new DMatrixRMaj(m.toDense()))) {
            throw new ArithmeticException("SVD of the generator failed");
        }
        double[] s = svd.getSingularValues().clone();
        java.util.Arrays.sort(s);
        return s;
    }

    /** The kernel dimension; -1 when the SVD fails. */
    public static int dimension(RealCsc m, double relativeTolerance) {
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.rows(), m.cols(), false, false, true);
        if (!svd.decompose(new DMatrixRMaj(m.toDense()))) {
            return -1;
        }
        double[] s = svd.getSingularValues();
        double max = max(s);
        int k = 0;
        for (double v : s) {
            if (v <= relativeTolerance * max) {
                k++;
            }
        }
        return k;
    }

    /**
     * Both kernels.
     *
     * @throws ArithmeticException when the SVD fails
     */
    public static NullSpaces of(RealCsc m, double relativeTolerance) {
        int n = m.cols();
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m.rows(), n, true, true, false);
        if (!svd.decompose(new DMatrixRMaj(m.toDense()))) {
            throw new ArithmeticException("SVD of the generator failed");
        }
        double[] s = svd.getSingularValues();
        double max = max(s);
        DMatrixRMaj u = svd.getU(null, false);
        DMatrixRMaj v = svd.getV(null, false);
        List<double[]> right = new ArrayList<>();
        List<double[]> left = new ArrayList<>();
        for (int k = 0; k < s.length; k++) {
            if (s[k] <= relativeTolerance * max) {
                right.add(column(v, k));
                left.add(column(u, k));
            }
        }
        double[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        return new NullSpaces(List.copyOf(right), List.copyOf(left), sorted);
    }

    private static double max(double[] s) {
        double max = 0;
        for (double v : s) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double[] column(DMatrixRMaj a, int k) {
        double[] c = new double[a.numRows];
        for (int i = 0; i < c.length; i++) {
            c[i] = a.get(i, k);
        }
        return c;
    }
}
