package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Concurrence, entanglement of formation, negativity and log-negativity. */
class EntanglementTest {
    private static final Space AB = RandomStates.TWO_QUBITS;
    private static final int[] A = {0};
    private static final int[] B = {1};

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    @ParameterizedTest
    @EnumSource(States.Bell.class)
    void bellStatesAreMaximallyEntangled(States.Bell bell) {
        DensityMatrix rho = bell.state(AB);
        assertEquals(1, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(1, Measures.entanglementOfFormation(rho, 0, 1), 1e-12);
        assertEquals(0.5, Measures.negativity(rho, A, B), 1e-12);
        assertEquals(1, Measures.logNegativity(rho, A, B), 1e-12);
        assertEquals(1, Measures.concurrence(rho, 1, 0), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 0.1, 1.0 / 3, 0.34, 0.5, 0.8, 1})
    void wernerStates(double p) {
        DensityMatrix rho = RandomStates.werner(p);
        double c = Math.max(0, (3 * p - 1) / 2);
        assertEquals(c, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(Math.max(0, (3 * p - 1) / 4), Measures.negativity(rho, A, B), 1e-12);
        assertEquals(Math.max(0, Math.log((1 + 3 * p) / 2) / Math.log(2)), Measures.logNegativity(rho, A, B), 1e-12);
        assertEquals(IndependentConcurrence.h((1 + Math.sqrt(1 - c * c)) / 2), Measures.entanglementOfFormation(rho, 0, 1), 1e-12);
        assertEquals(p > 1.0 / 3 + 1e-9, Measures.concurrence(rho, 0, 1) > 1e-12, "entangled iff p > 1/3");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void concurrenceAgreesWithIndependentRouteAndBounds(long seed) {
        Random rng = new Random(seed);
        for (int rank = 1; rank <= 4; rank++) {
            DensityMatrix rho = RandomStates.state(AB, rank, rng);
            double c = Measures.concurrence(rho, 0, 1);
            // the independent route takes square roots of eigenvalues: ~1e-8 for rank-deficient states
            assertEquals(IndependentConcurrence.of(rho.matrix()), c, rank == 4 ? 1e-12 : 1e-7);
            assertTrue(c >= 0 && c <= 1);
            double eof = Measures.entanglementOfFormation(rho, 0, 1);
            assertEquals(IndependentConcurrence.h((1 + Math.sqrt(1 - c * c)) / 2), eof, 1e-10);
            assertTrue(eof >= 0 && eof <= 1 + 1e-15 && eof <= c + 1e-12, "E_F <= C for two qubits");
        }
    }

    /** Verstraete et al., J. Phys. A 34, 10327 (2001): sqrt((1-C)^2 + C^2) - (1-C) <= 2N <= C. */
    @ParameterizedTest
    @MethodSource("seeds")
    void negativityIsBoundedByConcurrence(long seed) {
        Random rng = new Random(100 + seed);
        for (int rank = 1; rank <= 4; rank++) {
            DensityMatrix rho = RandomStates.state(AB, rank, rng);
            double c = Measures.concurrence(rho, 0, 1);
            double n2 = 2 * Measures.negativity(rho, A, B);
            assertTrue(n2 <= c + 1e-12, "2N <= C");
            assertTrue(n2 >= Math.sqrt((1 - c) * (1 - c) + c * c) - (1 - c) - 1e-12, "2N >= lower bound");
            // Peres-Horodecki: for two qubits, entangled iff NPT
            assertEquals(c > 1e-9, n2 > 1e-9);
            assertTrue(n2 >= 0 || n2 > -1e-14, "negativity is never negative beyond round-off");
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantUnderLocalUnitaries(long seed) {
        Random rng = new Random(200 + seed);
        DensityMatrix rho = RandomStates.state(AB, 2, rng);
        DensityMatrix turned = RandomStates.rotate(rho, RandomStates.localUnitary(AB, rng));
        assertEquals(Measures.concurrence(rho, 0, 1), Measures.concurrence(turned, 0, 1), 1e-12);
        assertEquals(Measures.negativity(rho, A, B), Measures.negativity(turned, A, B), 1e-12);
        assertEquals(Measures.logNegativity(rho, A, B), Measures.logNegativity(turned, A, B), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void productStatesAreUnentangled(long seed) {
        Random rng = new Random(300 + seed);
        Space one = Space.of(Site.qubit("x"));
        DensityMatrix rho = RandomStates.product(AB, RandomStates.state(one, rng), RandomStates.state(one, rng));
        assertEquals(0, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(0, Measures.entanglementOfFormation(rho, 0, 1), 1e-12);
        assertEquals(0, Measures.negativity(rho, A, B), 1e-12);
        assertEquals(0, Measures.logNegativity(rho, A, B), 1e-12);
        // pure product states too (rank-1 factors): rho rho~ is then the zero matrix
        DensityMatrix pure = RandomStates.product(AB, RandomStates.state(one, 1, rng), RandomStates.state(one, 1, rng));
        assertEquals(0, Measures.concurrence(pure, 0, 1), 1e-12);
        assertEquals(0, Measures.negativity(pure, A, B), 1e-12);
    }

    /** Pure states: C = 2|a00 a11 - a01 a10| and E_F = S(rho_A). */
    @ParameterizedTest
    @MethodSource("seeds")
    void pureStatesAgreeWithAmplitudeFormula(long seed) {
        Random rng = new Random(400 + seed);
        double[][] psi = RandomStates.pureAmplitudes(4, rng);
        double[] r = psi[0];
        double[] i = psi[1];
        double detRe = (r[0] * r[3] - i[0] * i[3]) - (r[1] * r[2] - i[1] * i[2]);
        double detIm = (r[0] * i[3] + i[0] * r[3]) - (r[1] * i[2] + i[1] * r[2]);
        DensityMatrix rho = RandomStates.pure(AB, psi);
        double c = 2 * Math.hypot(detRe, detIm);
        assertEquals(c, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(Measures.entropy(rho, A), Measures.entanglementOfFormation(rho, 0, 1), 1e-10);
        // pure state: ||rho^T_B||_1 = (sum_i sqrt(lambda_i))^2 = 1 + C for two qubits
        assertEquals(c / 2, Measures.negativity(rho, A, B), 1e-12);
    }

    /** Pure states of a qubit and a boson: E_N = 2 log2(sqrt(l+) + sqrt(l-)), l from the qubit's reduced state. */
    @ParameterizedTest
    @MethodSource("seeds")
    void negativityOfQubitBosonPureStates(long seed) {
        Random rng = new Random(500 + seed);
        Space s = Space.of(Site.qubit("q"), Site.boson("c", 3));
        DensityMatrix rho = RandomStates.pure(s, RandomStates.pureAmplitudes(6, rng));
        CMatrix q = rho.partialTrace(0).matrix();
        double det = q.re(0, 0) * q.re(1, 1) - (q.re(0, 1) * q.re(0, 1) + q.im(0, 1) * q.im(0, 1));
        double disc = Math.sqrt(Math.max(0, 1 - 4 * det));
        double sum = Math.sqrt((1 + disc) / 2) + Math.sqrt((1 - disc) / 2);
        assertEquals(2 * Math.log(sum) / Math.log(2), Measures.logNegativity(rho, new int[] {0}, new int[] {1}), 1e-12);
        assertEquals((sum * sum - 1) / 2, Measures.negativity(rho, new int[] {1}, new int[] {0}), 1e-12);
    }

    /** A Bell pair on sites 0 and 2 of three (site 1 in a mixed state), with spin-1/2 and 2-level sites. */
    @Test
    void bellPairInsideLargerSpace() {
        Space s = Space.of(Site.spin("s", 0.5), Site.qubit("m"), Site.levels("l", 2));
        double[] re = new double[8];
        double[] im = new double[8];
        double amp = 0.5; // (|0 x 0> + |1 x 1>)/sqrt2 ⊗ (|0> + |1>)/sqrt2 on the middle site
        for (int mid = 0; mid < 2; mid++) {
            re[s.basisIndex(0, mid, 0)] = amp;
            re[s.basisIndex(1, mid, 1)] = amp;
        }
        DensityMatrix rho = States.pure(s, re, im);
        assertEquals(1, Measures.concurrence(rho, 0, 2), 1e-12);
        assertEquals(1, Measures.concurrence(rho, 2, 0), 1e-12);
        assertEquals(0, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(0.5, Measures.negativity(rho, new int[] {2}, new int[] {0}), 1e-12);
        assertEquals(0, Measures.negativity(rho, new int[] {0, 2}, new int[] {1}), 1e-12);
        assertEquals(1, Measures.logNegativity(rho, new int[] {0}, new int[] {1, 2}), 1e-12);
    }

    /** A separable (hence PPT) mixture of random product states has zero negativity. */
    @Test
    void separableMixturesHaveZeroNegativity() {
        Random rng = new Random(77);
        Space one = Space.of(Site.qubit("x"));
        Space three = Space.of(Site.levels("t", 3));
        Space s = Space.of(Site.qubit("x"), Site.levels("t", 3));
        IntStream.range(0, 10).forEach(trial -> {
            CMatrix m = new CMatrix(6, 6);
            for (int k = 0; k < 4; k++) {
                m = m.plus(RandomStates.state(one, 1, rng).matrix().kron(RandomStates.state(three, 1, rng).matrix()).scale(0.25, 0));
            }
            DensityMatrix rho = new DensityMatrix(s, m);
            assertEquals(0, Measures.negativity(rho, new int[] {0}, new int[] {1}), 1e-12);
            assertEquals(0, Measures.logNegativity(rho, new int[] {1}, new int[] {0}), 1e-12);
        });
    }
}
