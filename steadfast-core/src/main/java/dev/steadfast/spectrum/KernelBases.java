package dev.steadfast.spectrum;

import dev.steadfast.linalg.RealCsc;
import java.util.ArrayList;
import java.util.List;

/**
 * Bases of the right kernel ({@code M x = 0}) and left kernel ({@code w^T M = 0}) of a real square
 * matrix. Dense route: singular vectors of the singular values below {@code relTol * sigma_max}.
 * Sparse route: block inverse iteration {@code X <- orth((M - sigma I)^{-1} X)} (and with the
 * transpose for the left kernel) started from r seeded random vectors, r known beforehand.
 */
final class KernelBases {
    private KernelBases() {
    }

    /** {right, left}, each a list of orthonormal vectors. */
    static List<List<double[]>> dense(RealCsc m, double relTol) {
        dev.steadfast.linalg.NullSpaces k = dev.steadfast.linalg.NullSpaces.of(m, relTol);
        return List.of(k.right(), k.left());
    }

    /** Block inverse iteration for an r-dimensional kernel; stops when ||M X|| <= tol or after 50 sweeps. */
    static List<List<double[]>> sparse(RealCsc m, int r, double sigma, double tol) {
        ShiftInvert op = new ShiftInvert(m, sigma);
        List<double[]> right = iterate(m, r, op, false, tol);
        List<double[]> left = iterate(m, r, op, true, tol);
        return List.of(right, left);
    }

    private static List<double[]> iterate(RealCsc m, int r, ShiftInvert op, boolean transposed, double tol) {
        int n = m.cols();
        java.util.Random rnd = new java.util.Random(77L + (transposed ? 1 : 0));
        List<double[]> x = new ArrayList<>();
        for (int k = 0; k < r; k++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = rnd.nextDouble() - 0.5;
            }
            x.add(v);
        }
        x = orthonormal(x);
        for (int sweep = 0; sweep < 50; sweep++) {
            List<double[]> y = new ArrayList<>();
            for (double[] v : x) {
                y.add(transposed ? op.solveTransposed(v) : op.solve(v));
            }
            x = orthonormal(y);
            if (residual(m, x, transposed) <= tol) {
                return x;
            }
        }
        throw new ArithmeticException(String.format("kernel iteration did not converge: residual %.3g",
                residual(m, x, transposed)));
    }

    private static double residual(RealCsc m, List<double[]> x, boolean transposed) {
        double worst = 0;
        double[] y = new double[m.rows()];
        for (double[] v : x) {
            if (transposed) {
                m.multiplyTransposed(v, y);
            } else {
                m.multiply(v, y);
            }
            worst = Math.max(worst, ShiftInvertArnoldi.norm(y));
        }
        return worst;
    }

    static List<double[]> orthonormal(List<double[]> vs) {
        List<double[]> q = new ArrayList<>();
        for (double[] v0 : vs) {
            double[] v = v0.clone();
            for (int pass = 0; pass < 2; pass++) {
                for (double[] u : q) {
                    ShiftInvertArnoldi.axpy(-ShiftInvertArnoldi.dot(u, v), u, v);
                }
            }
            double nv = ShiftInvertArnoldi.norm(v);
            if (nv == 0) {
                throw new ArithmeticException("kernel iteration lost rank");
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= nv;
            }
            q.add(v);
        }
        return q;
    }
}
