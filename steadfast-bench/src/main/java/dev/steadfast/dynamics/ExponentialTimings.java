package dev.steadfast.dynamics;

import dev.steadfast.bench.Timing;
import dev.steadfast.linalg.RealCsc;
import org.ejml.data.DMatrixRMaj;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Timings of the package-private {@link MatrixExponential} against Hipparchus'
 * {@code MatrixUtils.matrixExponential} (the same scaling-and-squaring Padé method, with a degree
 * chosen by norm), for {@link dev.steadfast.bench.NumericsBench}. The Hipparchus time includes the
 * copies between EJML and Hipparchus matrices that delegation would add.
 */
public final class ExponentialTimings {
    private ExponentialTimings() {
    }

    /**
     * Median µs of {@code exp(t M)} both ways, their largest difference relative to the largest
     * entry, and each one's trace-preservation error {@code max_j |sum_{i in diag} E_ij - [j in diag]|}
     * (exactly 0 in exact arithmetic for a Lindblad generator in a Hermitian basis whose diagonal
     * coordinates are the populations).
     */
    public static String exponential(String label, RealCsc generator, int[] diagonal, double t) {
        DMatrixRMaj m = new DMatrixRMaj(generator.toDense());
        DMatrixRMaj ours = MatrixExponential.exp(m, t);
        DMatrixRMaj theirs = hipparchus(m, t);
        double diff = 0;
        double scale = 0;
        for (int i = 0; i < ours.data.length; i++) {
            diff = Math.max(diff, Math.abs(ours.data[i] - theirs.data[i]));
            scale = Math.max(scale, Math.abs(ours.data[i]));
        }
        double norm = org.ejml.dense.row.NormOps_DDRM.normP1(m) * t;
        double hand = micros(() -> MatrixExponential.exp(m, t).data[0]);
        double hip = micros(() -> hipparchus(m, t).data[0]);
        return String.format("expm case=%s n=%d norm1_tM=%.3g hand_us=%.1f hipparchus_us=%.1f hipparchus_over_hand=%.2f"
                + " relative_difference=%.1e trace_error_hand=%.1e trace_error_hipparchus=%.1e", label, m.numRows, norm,
                hand, hip, hip / hand, diff / scale, traceError(ours, diagonal), traceError(theirs, diagonal));
    }

    private static double traceError(DMatrixRMaj e, int[] diagonal) {
        boolean[] isDiagonal = new boolean[e.numCols];
        for (int i : diagonal) {
            isDiagonal[i] = true;
        }
        double worst = 0;
        for (int j = 0; j < e.numCols; j++) {
            double s = 0;
            for (int i : diagonal) {
                s += e.unsafe_get(i, j);
            }
            worst = Math.max(worst, Math.abs(s - (isDiagonal[j] ? 1 : 0)));
        }
        return worst;
    }

    private static DMatrixRMaj hipparchus(DMatrixRMaj m, double t) {
        int n = m.numRows;
        RealMatrix a = MatrixUtils.createRealMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.setEntry(i, j, t * m.unsafe_get(i, j));
            }
        }
        RealMatrix e = MatrixUtils.matrixExponential(a);
        DMatrixRMaj out = new DMatrixRMaj(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                out.unsafe_set(i, j, e.getEntry(i, j));
            }
        }
        return out;
    }

    private static double micros(java.util.function.DoubleSupplier task) {
        return Timing.medianNanos(task, 1500, 41) * 1e-3;
    }
}
