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

/** Uhlmann and Bell fidelities. */
class FidelityTest {
    private static final Space AB = RandomStates.TWO_QUBITS;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void identicalSymmetricBoundedAndUnitarilyInvariant(long seed) {
        Random rng = new Random(seed);
        Space s = Space.of(Site.qubit("q"), Site.levels("t", 3));
        DensityMatrix rho = RandomStates.state(s, 1 + (int) (seed % 6), rng);
        DensityMatrix sigma = RandomStates.state(s, rng);
        assertEquals(1, Measures.fidelity(rho, rho), 1e-12);
        assertEquals(1, Measures.fidelity(sigma, sigma), 1e-12);
        double f = Measures.fidelity(rho, sigma);
        assertEquals(f, Measures.fidelity(sigma, rho), 1e-10);
        assertTrue(f >= 0 && f <= 1);
        CMatrix u = RandomStates.unitary(6, rng);
        assertEquals(f, Measures.fidelity(RandomStates.rotate(rho, u), RandomStates.rotate(sigma, u)), 1e-10);
    }

    /** For a pure rho = |psi><psi|: F = <psi|sigma|psi>. */
    @ParameterizedTest
    @MethodSource("seeds")
    void pureStateFidelityIsOverlap(long seed) {
        Random rng = new Random(50 + seed);
        double[][] psi = RandomStates.pureAmplitudes(4, rng);
        DensityMatrix rho = RandomStates.pure(AB, psi);
        DensityMatrix sigma = RandomStates.state(AB, rng);
        CMatrix m = sigma.matrix();
        double re = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                // conj(psi_i) sigma_ij psi_j, real part
                double ar = psi[0][i] * psi[0][j] + psi[1][i] * psi[1][j];
                double ai = psi[0][i] * psi[1][j] - psi[1][i] * psi[0][j];
                re += ar * m.re(i, j) - ai * m.im(i, j);
            }
        }
        assertEquals(re, Measures.fidelity(rho, sigma), 1e-12);
        assertEquals(re, Measures.fidelity(sigma, rho), 1e-12);
    }

    /** Qubits: F = Tr(rho sigma) + 2 sqrt(det rho det sigma) (Hubner 1992). */
    @ParameterizedTest
    @MethodSource("seeds")
    void qubitClosedForm(long seed) {
        Random rng = new Random(80 + seed);
        Space one = Space.of(Site.qubit("q"));
        DensityMatrix rho = RandomStates.state(one, rng);
        DensityMatrix sigma = RandomStates.state(one, rng);
        double overlap = rho.matrix().times(sigma.matrix()).traceRe();
        double expected = overlap + 2 * Math.sqrt(det2(rho.matrix()) * det2(sigma.matrix()));
        assertEquals(expected, Measures.fidelity(rho, sigma), 1e-12);
    }

    @Test
    void orthogonalPureStatesAndCommutingStates() {
        assertEquals(0, Measures.fidelity(States.Bell.PHI_PLUS.state(AB), States.Bell.PSI_MINUS.state(AB)), 1e-12);
        assertEquals(0, Measures.fidelity(States.basis(AB, 0, 1), States.basis(AB, 1, 1)), 1e-12);
        // diagonal states: F = (sum sqrt(p_i q_i))^2
        double[] p = {0.1, 0.2, 0.3, 0.4};
        double[] q = {0.25, 0.05, 0.6, 0.1};
        CMatrix a = new CMatrix(4, 4);
        CMatrix b = new CMatrix(4, 4);
        double bc = 0;
        for (int i = 0; i < 4; i++) {
            a.set(i, i, p[i], 0);
            b.set(i, i, q[i], 0);
            bc += Math.sqrt(p[i] * q[i]);
        }
        assertEquals(bc * bc, Measures.fidelity(new DensityMatrix(AB, a), new DensityMatrix(AB, b)), 1e-14);
    }

    @ParameterizedTest
    @EnumSource(States.Bell.class)
    void bellFidelities(States.Bell bell) {
        DensityMatrix rho = bell.state(AB);
        for (States.Bell other : States.Bell.values()) {
            assertEquals(other == bell ? 1 : 0, Measures.bellFidelity(rho, 0, 1, other), 1e-15);
        }
        // Werner: <psi-|rho|psi-> = (1 + 3p)/4, the others (1 - p)/4
        DensityMatrix w = RandomStates.werner(0.7);
        double expected = bell == States.Bell.PSI_MINUS ? (1 + 3 * 0.7) / 4 : (1 - 0.7) / 4;
        assertEquals(expected, Measures.bellFidelity(w, 0, 1, bell), 1e-15);
        assertEquals(expected, Measures.fidelity(bell.state(AB), w), 1e-12);
    }

    @Test
    void bellFidelityFollowsSiteOrder() {
        // |01> has psi+ fidelity 1/2 in either order; (|01> + |10>)/sqrt2 is symmetric, (|01> - |10>) antisymmetric
        DensityMatrix rho = States.Bell.PSI_MINUS.state(AB);
        assertEquals(1, Measures.bellFidelity(rho, 1, 0, States.Bell.PSI_MINUS), 1e-15);
        DensityMatrix basis = States.basis(AB, 0, 1);
        assertEquals(0.5, Measures.bellFidelity(basis, 1, 0, States.Bell.PSI_PLUS), 1e-15);
        assertEquals(0, Measures.bellFidelity(basis, 1, 0, States.Bell.PHI_PLUS), 1e-15);
    }

    private static double det2(CMatrix m) {
        return m.re(0, 0) * m.re(1, 1) - (m.re(0, 1) * m.re(0, 1) + m.im(0, 1) * m.im(0, 1));
    }
}
