package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Ollivier-Zurek discord D(A|B), measuring B. */
class DiscordTest {
    private static final Space AB = RandomStates.TWO_QUBITS;
    private static final Space ONE = Space.of(Site.qubit("x"));

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 10);
    }

    /** States classical on b in a random basis: rho = sum_k p_k rho_A^k ⊗ |e_k><e_k|, D(A|B) = 0. */
    @ParameterizedTest
    @MethodSource("seeds")
    void vanishesOnStatesClassicalOnB(long seed) {
        Random rng = new Random(seed);
        CMatrix u = RandomStates.unitary(2, rng);
        double p = rng.nextDouble();
        CMatrix m = new CMatrix(4, 4);
        for (int k = 0; k < 2; k++) {
            CMatrix ek = CMatrix.projector(new double[] {u.re(0, k), u.re(1, k)}, new double[] {u.im(0, k), u.im(1, k)});
            m = m.plus(RandomStates.state(ONE, rng).matrix().kron(ek).scale(k == 0 ? p : 1 - p, 0));
        }
        DensityMatrix rho = new DensityMatrix(AB, m);
        assertEquals(0, Measures.discord(rho, 0, 1), 1e-9);
    }

    /** For pure states the discord is the entanglement entropy S(rho_A) (= S(rho_B)). */
    @ParameterizedTest
    @MethodSource("seeds")
    void equalsEntanglementEntropyForPureStates(long seed) {
        Random rng = new Random(100 + seed);
        DensityMatrix rho = RandomStates.pure(AB, RandomStates.pureAmplitudes(4, rng));
        double s = Measures.entropy(rho, new int[] {0});
        assertEquals(s, Measures.discord(rho, 0, 1), 1e-9);
        assertEquals(s, Measures.discord(rho, 1, 0), 1e-9);
    }

    /** Luo, PRA 77, 042303 (2008), Werner state (c1 = c2 = c3 = -p). */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.05, 0.2, 1.0 / 3, 0.5, 0.75, 0.99, 1})
    void wernerStateMatchesLuo(double p) {
        // (1+3p)/4 log2(1+3p) + 3(1-p)/4 log2(1-p) - (1-p)/2 log2(1-p) - (1+p)/2 log2(1+p)
        double expected = xlog2x(1 + 3 * p) / 4 + 3 * xlog2x(1 - p) / 4 - xlog2x(1 - p) / 2 - xlog2x(1 + p) / 2;
        assertEquals(expected, Measures.discord(RandomStates.werner(p), 0, 1), 1e-9);
    }

    /**
     * Luo 2008 for Bell-diagonal states rho = (I + sum c_i s_i ⊗ s_i)/4: D = sum_k l_k log2(4 l_k)
     * - [(1-c)/2 log2(1-c) + (1+c)/2 log2(1+c)], c = max |c_i|. Random Bell weights put the optimal
     * axis on x, y or z, so the optimiser has to find it.
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void bellDiagonalStatesMatchLuo(long seed) {
        Random rng = new Random(200 + seed);
        double[] w = new double[4];
        double sum = 0;
        for (int k = 0; k < 4; k++) {
            w[k] = -Math.log(rng.nextDouble());
            sum += w[k];
        }
        double information = 0;
        for (int k = 0; k < 4; k++) {
            w[k] /= sum;
            information += xlog2x(4 * w[k]) / 4;
        }
        // weights in order phi+, phi-, psi+, psi-
        double cx = w[0] - w[1] + w[2] - w[3];
        double cy = -w[0] + w[1] + w[2] - w[3];
        double cz = w[0] + w[1] - w[2] - w[3];
        double c = Math.max(Math.abs(cx), Math.max(Math.abs(cy), Math.abs(cz)));
        double classical = xlog2x(1 - c) / 2 + xlog2x(1 + c) / 2;
        DensityMatrix rho = RandomStates.bellMixture(w);
        assertEquals(information - classical, Measures.discord(rho, 0, 1), 1e-9);
        assertEquals(information, Measures.mutualInformation(rho, new int[] {0}, new int[] {1}), 1e-12);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void invariantUnderLocalUnitariesAndBounded(long seed) {
        Random rng = new Random(300 + seed);
        DensityMatrix rho = RandomStates.state(AB, 1 + (int) (seed % 4), rng);
        double d = Measures.discord(rho, 0, 1);
        DensityMatrix turned = RandomStates.rotate(rho, RandomStates.localUnitary(AB, rng));
        assertEquals(d, Measures.discord(turned, 0, 1), 1e-9);
        assertTrue(d >= 0 && d <= Measures.mutualInformation(rho, new int[] {0}, new int[] {1}) + 1e-12, "D <= I");
        // Xi, Lu, Sun, Li, PRA 85, 032109 (2012): D(A|B) <= S(B), the entropy of the measured qubit
        assertTrue(d <= Measures.entropy(rho, new int[] {1}) + 1e-9, "D(A|B) <= S(B)");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void vanishesOnProductStates(long seed) {
        Random rng = new Random(400 + seed);
        DensityMatrix rho = RandomStates.product(AB, RandomStates.state(ONE, rng), RandomStates.state(ONE, rng));
        assertEquals(0, Measures.discord(rho, 0, 1), 1e-12);
    }

    /**
     * rho = (|0><0| ⊗ |0><0| + |+><+| ⊗ |1><1|)/2 is classical on B (D(A|B) = 0) but not on A:
     * D(B|A) > 0. The convention (which qubit is measured) matters.
     */
    @Test
    void discordIsAsymmetric() {
        double s = Math.sqrt(0.5);
        CMatrix zero = CMatrix.projector(new double[] {1, 0}, new double[2]);
        CMatrix one = CMatrix.projector(new double[] {0, 1}, new double[2]);
        CMatrix plus = CMatrix.projector(new double[] {s, s}, new double[2]);
        DensityMatrix rho = new DensityMatrix(AB, zero.kron(zero).plus(plus.kron(one)).scale(0.5, 0));
        assertEquals(0, Measures.discord(rho, 0, 1), 1e-9);
        // independent reference: NumPy/SciPy, explicit projectors on A, Nelder-Mead from 64 starts
        assertEquals(0.20175207338571166, Measures.discord(rho, 1, 0), 1e-8);
    }

    private static double xlog2x(double x) {
        return x > 0 ? x * Math.log(x) / Math.log(2) : 0;
    }
}
