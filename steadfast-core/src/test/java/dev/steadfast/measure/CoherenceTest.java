package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** l1 and relative-entropy coherence in the product basis. */
class CoherenceTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void plusStatesAreMaximallyCoherent(int n) {
        DensityMatrix rho = RandomStates.plusStates(n);
        int[] all = SiteArguments.range(0, n);
        assertEquals(Math.pow(2, n) - 1, Measures.coherenceL1(rho, all), 1e-12);
        assertEquals(n, Measures.coherenceRelativeEntropy(rho, all), 1e-12);
        // every single site is |+>, and k of them carry k bits
        assertEquals(1, Measures.coherenceL1(rho, new int[] {n - 1}), 1e-12);
        assertEquals(Math.min(n, 2), Measures.coherenceRelativeEntropy(rho, SiteArguments.range(0, Math.min(n, 2))), 1e-12);
    }

    @Test
    void diagonalStatesHaveNoCoherence() {
        Random rng = new Random(5);
        Space s = Space.of(Site.qubit("q"), Site.boson("c", 3));
        DensityMatrix full = RandomStates.state(s, rng);
        CMatrix diag = new CMatrix(6, 6);
        for (int i = 0; i < 6; i++) {
            diag.set(i, i, full.matrix().re(i, i), 0);
        }
        DensityMatrix rho = new DensityMatrix(s, diag);
        assertEquals(0, Measures.coherenceL1(rho, new int[] {0, 1}), 0);
        assertEquals(0, Measures.coherenceRelativeEntropy(rho, new int[] {1, 0}), 1e-12);
        assertEquals(0, Measures.coherenceRelativeEntropy(rho, new int[] {1}), 1e-12);
    }

    /** A qubit with Bloch vector (x, y, z): C_l1 = sqrt(x^2 + y^2), C_re = h((1+z)/2) - h((1+r)/2). */
    @Test
    void qubitClosedForms() {
        Random rng = new Random(9);
        Space one = Space.of(Site.qubit("q"));
        for (int trial = 0; trial < 20; trial++) {
            DensityMatrix rho = RandomStates.state(one, rng);
            CMatrix m = rho.matrix();
            double x = 2 * m.re(0, 1);
            double y = 2 * m.im(1, 0);
            double z = m.re(1, 1) - m.re(0, 0);
            double r = Math.sqrt(x * x + y * y + z * z);
            assertEquals(Math.hypot(x, y), Measures.coherenceL1(rho, new int[] {0}), 1e-14);
            double expected = IndependentConcurrence.h((1 + z) / 2) - IndependentConcurrence.h((1 + r) / 2);
            assertEquals(expected, Measures.coherenceRelativeEntropy(rho, new int[] {0}), 1e-12);
        }
    }

    /** Bounds C_l1 <= d - 1, C_re <= log2 d, C_re <= S(diag); and basis order does not matter. */
    @Test
    void boundsAndSiteOrder() {
        Random rng = new Random(13);
        Space s = Space.of(Site.qubit("q"), Site.levels("t", 3), Site.qubit("r"));
        for (int trial = 0; trial < 10; trial++) {
            DensityMatrix rho = RandomStates.state(s, 1 + trial % 4, rng);
            double l1 = Measures.coherenceL1(rho, new int[] {0, 1});
            double re = Measures.coherenceRelativeEntropy(rho, new int[] {0, 1});
            assertTrue(l1 >= 0 && l1 <= 5 + 1e-12);
            assertTrue(re >= 0 && re <= Math.log(6) / Math.log(2) + 1e-12);
            assertEquals(l1, Measures.coherenceL1(rho, new int[] {1, 0}), 1e-13);
            assertEquals(re, Measures.coherenceRelativeEntropy(rho, new int[] {1, 0}), 1e-12);
        }
    }
}
