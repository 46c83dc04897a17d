package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Von Neumann entropy, purity and mutual information. */
class InformationTest {
    private static final Space AB = RandomStates.TWO_QUBITS;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest
    @EnumSource(States.Bell.class)
    void bellStates(States.Bell bell) {
        DensityMatrix rho = bell.state(AB);
        assertEquals(1, Measures.entropy(rho, new int[] {0}), 1e-12);
        assertEquals(1, Measures.entropy(rho, new int[] {1}), 1e-12);
        assertEquals(0, Measures.entropy(rho, new int[] {0, 1}), 1e-12);
        assertEquals(2, Measures.mutualInformation(rho, new int[] {0}, new int[] {1}), 1e-12);
        assertEquals(0.5, Measures.purity(rho, new int[] {1}), 1e-15);
        assertEquals(1, Measures.purity(rho, new int[] {0, 1}), 1e-15);
    }

    @Test
    void maximallyMixedAndBasisStates() {
        Space s = Space.of(Site.qubit("q"), Site.levels("t", 3), Site.boson("c", 4));
        DensityMatrix mixed = States.maximallyMixed(s);
        assertEquals(Math.log(24) / Math.log(2), Measures.entropy(mixed, new int[] {0, 1, 2}), 1e-12);
        assertEquals(Math.log(3) / Math.log(2), Measures.entropy(mixed, new int[] {1}), 1e-12);
        assertEquals(0.25, Measures.purity(mixed, new int[] {2}), 1e-15);
        assertEquals(0, Measures.mutualInformation(mixed, new int[] {0, 2}, new int[] {1}), 1e-12);
        DensityMatrix basis = States.basis(s, 1, 2, 3);
        assertEquals(0, Measures.entropy(basis, new int[] {2, 0}), 0);
        assertEquals(1, Measures.purity(basis, new int[] {1}), 0);
    }

    /** A classical mixture diag(p) has S = Shannon(p); a qubit with Bloch radius r has S = h((1+r)/2). */
    @ParameterizedTest
    @MethodSource("seeds")
    void entropyOfQubitMatchesBlochRadius(long seed) {
        Random rng = new Random(seed);
        Space one = Space.of(Site.qubit("q"));
        DensityMatrix rho = RandomStates.state(one, rng);
        CMatrix m = rho.matrix();
        double x = 2 * m.re(0, 1);
        double y = 2 * m.im(1, 0);
        double z = m.re(0, 0) - m.re(1, 1);
        double r = Math.sqrt(x * x + y * y + z * z);
        assertEquals(IndependentConcurrence.h((1 + r) / 2), Measures.entropy(rho, new int[] {0}), 1e-12);
        assertEquals((1 + r * r) / 2, Measures.purity(rho, new int[] {0}), 1e-14);
    }

    /** Schmidt symmetry S(A) = S(B) for pure states; Araki-Lieb and subadditivity for mixed ones. */
    @ParameterizedTest
    @MethodSource("seeds")
    void entropyInequalities(long seed) {
        Random rng = new Random(100 + seed);
        Space s = Space.of(Site.qubit("q"), Site.levels("t", 3), Site.qubit("r"));
        DensityMatrix pure = RandomStates.pure(s, RandomStates.pureAmplitudes(12, rng));
        assertEquals(Measures.entropy(pure, new int[] {1}), Measures.entropy(pure, new int[] {0, 2}), 1e-11);
        assertEquals(Measures.purity(pure, new int[] {1}), Measures.purity(pure, new int[] {2, 0}), 1e-13);
        assertEquals(2 * Measures.entropy(pure, new int[] {0}),
                Measures.mutualInformation(pure, new int[] {0}, new int[] {1, 2}), 1e-11);
        DensityMatrix rho = RandomStates.state(s, 3, rng);
        int[] a = {0};
        int[] b = {1, 2};
        double sa = Measures.entropy(rho, a);
        double sb = Measures.entropy(rho, b);
        double sab = Measures.entropy(rho, new int[] {0, 1, 2});
        assertTrue(sab <= sa + sb + 1e-12, "subadditivity");
        assertTrue(sab >= Math.abs(sa - sb) - 1e-12, "Araki-Lieb");
        double mi = Measures.mutualInformation(rho, a, b);
        assertEquals(sa + sb - sab, mi, 1e-12);
        assertTrue(mi >= -1e-12 && mi <= 2 * Math.min(1, Math.log(6) / Math.log(2)) + 1e-12);
        assertEquals(mi, Measures.mutualInformation(rho, b, a), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantUnderLocalUnitariesAndZeroOnProducts(long seed) {
        Random rng = new Random(200 + seed);
        DensityMatrix rho = RandomStates.state(AB, 2, rng);
        DensityMatrix turned = RandomStates.rotate(rho, RandomStates.localUnitary(AB, rng));
        int[] a = {0};
        int[] b = {1};
        assertEquals(Measures.entropy(rho, a), Measures.entropy(turned, a), 1e-12);
        assertEquals(Measures.mutualInformation(rho, a, b), Measures.mutualInformation(turned, a, b), 1e-12);
        assertEquals(Measures.purity(rho, b), Measures.purity(turned, b), 1e-14);
        Space one = Space.of(Site.qubit("x"));
        DensityMatrix product = RandomStates.product(AB, RandomStates.state(one, rng), RandomStates.state(one, rng));
        assertEquals(0, Measures.mutualInformation(product, a, b), 1e-12);
    }

    /** Werner state: S = -(1+3p)/4 log2((1+3p)/4) - 3 (1-p)/4 log2((1-p)/4), reduced states maximally mixed. */
    @Test
    void wernerEntropies() {
        for (double p : new double[] {0, 0.2, 0.6, 1}) {
            DensityMatrix rho = RandomStates.werner(p);
            double l1 = (1 + 3 * p) / 4;
            double l2 = (1 - p) / 4;
            double s = -l1 * log2(l1) - 3 * (l2 > 0 ? l2 * log2(l2) : 0);
            assertEquals(s, Measures.entropy(rho, new int[] {0, 1}), 1e-12);
            assertEquals(2 - s, Measures.mutualInformation(rho, new int[] {0}, new int[] {1}), 1e-12);
        }
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
