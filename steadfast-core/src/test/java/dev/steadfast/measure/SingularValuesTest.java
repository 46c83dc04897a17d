package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One-sided Jacobi singular values against the spectrum of the Hermitian dilation [[0, M], [M†, 0]]. */
class SingularValuesTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6})
    void agreeWithHermitianDilation(int n) {
        Random rng = new Random(31 + n);
        for (int trial = 0; trial < 10; trial++) {
            CMatrix m = RandomStates.ginibre(n, n, rng);
            if (trial % 2 == 1 && n > 1) {
                // rank-deficient: last column a combination of the first
                for (int i = 0; i < n; i++) {
                    m.set(i, n - 1, 2 * m.re(i, 0) - m.im(i, 0), 2 * m.im(i, 0) + m.re(i, 0));
                }
            }
            CMatrix dilation = new CMatrix(2 * n, 2 * n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    dilation.set(i, n + j, m.re(i, j), m.im(i, j));
                    dilation.set(n + j, i, m.re(i, j), -m.im(i, j));
                }
            }
            double[] ev = HermitianEigen.eigenvalues(dilation); // ascending: the top n are the singular values
            double[] sv = SingularValues.ofInPlace(n, m.re().clone(), m.im().clone());
            for (int k = 0; k < n; k++) {
                assertEquals(ev[2 * n - 1 - k], sv[k], 1e-13 * (1 + ev[2 * n - 1]));
            }
        }
    }
}
