package dev.steadfast.spectrum;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/** Biorthonormalisation of a left kernel against a right kernel. */
final class Biorthonormal {
    private Biorthonormal() {
    }

    /** Wl (X^T Wl)^{-1}, so that the new left vectors satisfy w_k^T x_l = delta_kl. */
    static List<double[]> left(List<double[]> right, List<double[]> left) {
        int r = right.size();
        if (left.size() != r) {
            throw new ArithmeticException("left and right kernels differ in dimension: " + left.size() + " vs " + r);
        }
        if (r == 0) {
            throw new ArithmeticException("the generator has no steady state (empty kernel)");
        }
        // B_kl = w_k . x_l; the new left vectors W' = W C need C^T B = I, i.e. C = B^{-T}
        DMatrixRMaj b = new DMatrixRMaj(r, r);
        for (int k = 0; k < r; k++) {
            for (int l = 0; l < r; l++) {
                b.set(k, l, ShiftInvertArnoldi.dot(left.get(k), right.get(l)));
            }
        }
        DMatrixRMaj inv = new DMatrixRMaj(r, r);
        if (!CommonOps_DDRM.invert(b, inv)) {
            throw new ArithmeticException("left and right kernels are not biorthogonalisable (defective zero eigenvalue?)");
        }
        List<double[]> out = new ArrayList<>();
        int n = left.get(0).length;
        for (int k = 0; k < r; k++) {
            double[] w = new double[n];
            for (int j = 0; j < r; j++) {
                ShiftInvertArnoldi.axpy(inv.get(k, j), left.get(j), w);
            }
            out.add(w);
        }
        return out;
    }
}
