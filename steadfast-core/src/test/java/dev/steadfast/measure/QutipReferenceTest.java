package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import org.junit.jupiter.api.Test;

/**
 * Fixed states rho = G G†/Tr(G G†) from literal matrices G, with reference values computed
 * independently in Python with QuTiP 4.7.1 (concurrence, entropy_vn(base=2), ptrace,
 * partial_transpose + numpy eigvalsh for (log-)negativity, fidelity squared) and, for the discord
 * (not in QuTiP), NumPy/SciPy: explicit projectors on the measured qubit, Nelder-Mead over
 * (theta, phi) from 64 starting points. QuTiP's ptrace keeps sites in sorted order; the
 * reversed-order discord was obtained by permuting the qubits explicitly.
 */
class QutipReferenceTest {
    private static final double[][] G4_RE = {
        {-0.211, -0.518, 0.150, -1.790}, {0.284, -0.322, -0.726, 0.099},
        {-1.951, -0.158, -0.731, 0.410}, {0.442, -0.928, -0.933, -1.470}};
    private static final double[][] G4_IM = {
        {-0.788, 0.319, 0.857, 0.229}, {0.035, -0.867, 0.196, -0.816},
        {0.240, -0.203, 0.856, 0.202}, {1.369, -0.408, 0.756, 0.225}};
    private static final double[][] G8_RE = {
        {1.697, -1.962}, {0.874, -1.024}, {-0.869, -0.018}, {-1.511, -1.195},
        {-0.506, -0.322}, {-1.904, -0.874}, {-0.146, -0.132}, {-0.662, -0.004}};
    private static final double[][] G8_IM = {
        {-0.513, 1.173}, {-0.809, 0.059}, {-0.490, 0.855}, {-0.972, 0.877},
        {-1.195, -1.367}, {-0.548, 0.092}, {-1.521, -0.504}, {-0.004, -0.036}};

    private static final Space TWO = Space.of(Site.qubit("q0"), Site.qubit("q1"));
    private static final Space THREE = Space.of(Site.qubit("q0"), Site.qubit("q1"), Site.qubit("q2"));

    static DensityMatrix state(Space space, double[][] re, double[][] im) {
        CMatrix g = CMatrix.ofReal(re).plus(CMatrix.ofReal(im).scale(0, 1));
        CMatrix r = g.times(g.adjoint());
        return new DensityMatrix(space, r.scale(1 / r.traceRe(), 0));
    }

    @Test
    void twoQubitFullRankState() {
        DensityMatrix rho = state(TWO, G4_RE, G4_IM);
        int[] a = {0};
        int[] b = {1};
        assertEquals(0.18272570925048306, Measures.concurrence(rho, 0, 1), 1e-12);
        assertEquals(1.392174666883278, Measures.entropy(rho, new int[] {0, 1}), 1e-12);
        assertEquals(0.8637478261391354, Measures.entropy(rho, a), 1e-12);
        assertEquals(0.9928160526478964, Measures.entropy(rho, b), 1e-12);
        assertEquals(0.4643892119037538, Measures.mutualInformation(rho, a, b), 1e-12);
        assertEquals(0.06648190064134685, Measures.negativity(rho, a, b), 1e-12);
        assertEquals(0.18010176712116352, Measures.logNegativity(rho, a, b), 1e-12);
        assertEquals(0.4281071508203985, Measures.purity(rho, new int[] {0, 1}), 1e-13);
        assertEquals(1.2021276473669162, Measures.coherenceL1(rho, new int[] {0, 1}), 1e-13);
        assertEquals(0.5114933208170858, Measures.coherenceRelativeEntropy(rho, new int[] {0, 1}), 1e-12);
        assertEquals(0.10358543548969967, Measures.discord(rho, 0, 1), 1e-8);
        assertEquals(0.12925380509867612, Measures.discord(rho, 1, 0), 1e-8);
    }

    @Test
    void threeQubitRankTwoState() {
        DensityMatrix rho = state(THREE, G8_RE, G8_IM);
        assertEquals(0.22312100748061892, Measures.concurrence(rho, 0, 2), 1e-12);
        assertEquals(0.2693755445280023, Measures.negativity(rho, new int[] {0}, new int[] {1, 2}), 1e-12);
        assertEquals(0.07559938844219816, Measures.negativity(rho, new int[] {2}, new int[] {0}), 1e-12);
        assertEquals(0.747403339098238, Measures.entropy(rho, new int[] {1}), 1e-12);
        assertEquals(0.9381529709400992, Measures.entropy(rho, new int[] {0, 1, 2}), 1e-12);
        assertEquals(0.43772499931091957, Measures.mutualInformation(rho, new int[] {0}, new int[] {2}), 1e-12);
        assertEquals(1.0238963344833842, Measures.mutualInformation(rho, new int[] {0, 1}, new int[] {2}), 1e-12);
        assertEquals(0.15265181715750675, Measures.discord(rho, 0, 2), 1e-8);
        assertEquals(0.09117049903519248, Measures.discord(rho, 2, 0), 1e-8);
    }

    @Test
    void fidelityBetweenTheTwo() {
        // QuTiP fidelity(r4, ptrace(r8, [0, 2]))**2
        DensityMatrix r4 = state(TWO, G4_RE, G4_IM);
        DensityMatrix r02 = state(THREE, G8_RE, G8_IM).partialTrace(0, 2);
        DensityMatrix sameSpace = new DensityMatrix(TWO, r02.matrix());
        assertEquals(0.5961303469269785, Measures.fidelity(r4, sameSpace), 1e-12);
    }
}
