package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The complex Jacobi solver against the EJML real-form solver and against its own contract. */
class JacobiHermitianEigenTest {

    static CMatrix randomHermitian(int n, Random rng) {
        CMatrix g = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.set(i, j, rng.nextGaussian(), rng.nextGaussian());
            }
        }
        return g.hermitianPart();
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 3", "4, 4", "4, 5", "5, 6", "8, 7", "12, 8", "16, 9"})
    void eigenvaluesAgreeWithRealForm(int n, long seed) {
        Random rng = new Random(seed);
        for (int trial = 0; trial < 20; trial++) {
            CMatrix h = randomHermitian(n, rng);
            double scale = h.frobeniusNorm();
            assertArrayEquals(RealFormHermitianEigen.eigenvalues(h), JacobiHermitianEigen.eigenvalues(h), 1e-12 * scale);
        }
    }

    @ParameterizedTest
    @CsvSource({"2, 11", "4, 12", "6, 13", "9, 14"})
    void decompositionReconstructsAndIsUnitary(int n, long seed) {
        Random rng = new Random(seed);
        CMatrix h = randomHermitian(n, rng);
        Eigensystem d = JacobiHermitianEigen.decompose(h);
        CMatrix v = d.vectors();
        assertTrue(v.adjoint().times(v).maxAbsDifference(CMatrix.identity(n)) < 1e-13);
        CMatrix lambda = new CMatrix(n, n);
        for (int k = 0; k < n; k++) {
            lambda.set(k, k, d.values()[k], 0);
            if (k > 0) {
                assertTrue(d.values()[k - 1] <= d.values()[k], "ascending");
            }
        }
        assertTrue(v.times(lambda).times(v.adjoint()).maxAbsDifference(h) < 1e-13 * h.frobeniusNorm());
    }

    @Test
    void matrixFunctionAgreesWithRealForm() {
        Random rng = new Random(21);
        CMatrix g = randomHermitian(5, rng);
        CMatrix psd = g.times(g);
        CMatrix sqrt = JacobiHermitianEigen.decompose(psd).apply(x -> Math.sqrt(Math.max(0, x)));
        assertTrue(sqrt.times(sqrt).maxAbsDifference(psd) < 1e-12 * psd.frobeniusNorm());
        CMatrix reference = RealFormHermitianEigen.apply(psd, x -> Math.sqrt(Math.max(0, x)));
        assertTrue(sqrt.maxAbsDifference(reference) < 1e-11 * psd.frobeniusNorm());
    }

    @Test
    void degenerateAndDiagonalMatrices() {
        assertArrayEquals(new double[] {1, 1, 1, 1}, JacobiHermitianEigen.eigenvalues(CMatrix.identity(4)), 0);
        // a rank-2 projector onto span{(1, i, 0, 0)/sqrt2, (0, 0, 1, 1)/sqrt2}: spectrum {0, 0, 1, 1}
        double s = Math.sqrt(0.5);
        CMatrix p = CMatrix.projector(new double[] {s, 0, 0, 0}, new double[] {0, s, 0, 0})
                .plus(CMatrix.projector(new double[] {0, 0, s, s}, new double[4]));
        assertArrayEquals(new double[] {0, 0, 1, 1}, JacobiHermitianEigen.eigenvalues(p), 1e-15);
        CMatrix diag = CMatrix.ofReal(new double[][] {{3, 0, 0}, {0, -1, 0}, {0, 0, 2}});
        assertArrayEquals(new double[] {-1, 2, 3}, JacobiHermitianEigen.eigenvalues(diag), 0);
    }

    @Test
    void tinyEigenvaluesKeepHighAccuracy() {
        // diag(1, 1e-14) rotated by a complex unitary: Jacobi keeps the small one to ~1e-16 absolute
        double c = Math.cos(0.3);
        double sn = Math.sin(0.3);
        CMatrix u = new CMatrix(2, 2, new double[] {c, 0, 0, c}, new double[] {0, sn, sn, 0});
        CMatrix d = CMatrix.ofReal(new double[][] {{1, 0}, {0, 1e-14}});
        CMatrix h = u.times(d).times(u.adjoint());
        assertEquals(1e-14, JacobiHermitianEigen.eigenvalues(h)[0], 1e-16);
    }
}
