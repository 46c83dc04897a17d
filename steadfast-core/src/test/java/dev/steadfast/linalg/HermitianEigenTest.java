package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The facade on both sides of its Jacobi cut-off: one contract whichever strategy runs. */
class HermitianEigenTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, HermitianEigen.JACOBI_MAX, HermitianEigen.JACOBI_MAX + 1, 24})
    void decomposeEigenvaluesAndApplyAgree(int n) {
        CMatrix h = JacobiHermitianEigenTest.randomHermitian(n, new Random(n));
        double scale = h.frobeniusNorm();
        Eigensystem es = HermitianEigen.decompose(h);
        CMatrix v = es.vectors();
        assertTrue(v.adjoint().times(v).maxAbsDifference(CMatrix.identity(n)) < 1e-12, "V is unitary");
        assertTrue(es.fromEigenbasis(diagonal(es.values())).maxAbsDifference(h) < 1e-12 * scale, "H = V E V†");
        assertArrayEquals(es.values(), HermitianEigen.eigenvalues(h), 1e-12 * scale);
        CMatrix cube = HermitianEigen.apply(h, x -> x * x * x);
        assertTrue(cube.maxAbsDifference(h.times(h).times(h)) < 1e-11 * scale * scale * scale, "f(H) = H^3");
    }

    @Test
    void rejectsNonSquareMatrices() {
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.eigenvalues(new CMatrix(2, 3)));
        assertThrows(IllegalArgumentException.class, () -> HermitianEigen.decompose(new CMatrix(3, 2)));
    }

    private static CMatrix diagonal(double[] values) {
        CMatrix d = new CMatrix(values.length, values.length);
        for (int k = 0; k < values.length; k++) {
            d.set(k, k, values[k], 0);
        }
        return d;
    }
}
