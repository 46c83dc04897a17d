package dev.steadfast.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The smallest eigenvalue, block by block, of a matrix with a known spectrum: a direct sum (on
 * interleaved indices) of {@code 2 P - 0.3} on 90 states and {@code P' + 0.1} on 40, P and P' rank-one
 * projectors onto random complex vectors: eigenvalues -0.3 and 1.7, 0.1 and 1.1. The large block takes
 * the LAPACK path where native BLAS loads, the small one the Java eigensolver.
 */
class StateChecksTest {

    @Test
    void smallestEigenvalueOfABlockDiagonalMatrix() {
        Random rnd = new Random(4);
        int d = 130;
        int[] big = new int[90];
        int[] small = new int[40];
        for (int i = 0, b = 0, s = 0; i < d; i++) {
            if (i % 13 < 9) {
                big[b++] = i;
            } else {
                small[s++] = i;
            }
        }
        CMatrix m = new CMatrix(d, d);
        addBlock(m, big, 2, -0.3, rnd);
        addBlock(m, small, 1, 0.1, rnd);
        assertEquals(-0.3, StateChecks.minEigenvalue(m), 1e-12);
        CMatrix positive = new CMatrix(d, d);
        addBlock(positive, big, 2, 0.25, rnd);
        addBlock(positive, small, 1, 0.1, rnd);
        assertEquals(0.1, StateChecks.minEigenvalue(positive), 1e-12);
    }

    private static void addBlock(CMatrix m, int[] states, double weight, double shift, Random rnd) {
        int n = states.length;
        double[] vr = new double[n];
        double[] vi = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            vr[i] = rnd.nextGaussian();
            vi[i] = rnd.nextGaussian();
            norm += vr[i] * vr[i] + vi[i] * vi[i];
        }
        double s = 1 / Math.sqrt(norm);
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                // weight * v_a conj(v_b)
                double re = weight * s * s * (vr[a] * vr[b] + vi[a] * vi[b]);
                double im = weight * s * s * (vi[a] * vr[b] - vr[a] * vi[b]);
                m.set(states[a], states[b], re + (a == b ? shift : 0), im);
            }
        }
    }
}
