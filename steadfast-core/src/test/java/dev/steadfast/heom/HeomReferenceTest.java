package dev.steadfast.heom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Space;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateMethod;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HEOM steady states against QuTiP 4.7.1's {@code HEOMSolver.steady_state} at the same truncation.
 * The reference values were produced by
 * {@code src/test/resources/dev/steadfast/heom/qutip_heom_reference.py} (run with /usr/bin/python3,
 * Debian's python3-qutip 4.7.1); its output is pasted below line by line.
 */
class HeomReferenceTest {
    static final CMatrix SX = CMatrix.ofReal(new double[][] {{0, 1}, {1, 0}});
    static final CMatrix SZ = CMatrix.ofReal(new double[][] {{1, 0}, {0, -1}});
    static final Space QUBIT = Space.qubits("q", 1);
    /** H = ε/2 σz + Δ/2 σx with ε = 1, Δ = 0.5 (QuTiP's basis: σz = diag(1, −1)). */
    static final CMatrix H = SZ.scale(0.5, 0).plus(SX.scale(0.25, 0));

    static HeomSystem spinBoson(BathSpectrum j, double temperature, int terms, Decomposition dec, int depth) {
        return new HeomSystem(QUBIT, H, List.of(), List.of(new HeomBath("bath", SZ, j, temperature, terms, dec)), depth);
    }

    static HeomState solve(HeomSystem s, SteadyStateMethod method) {
        SteadyState<HeomState> r = SteadyStates.solve(new HeomGenerator(s), SteadyStateOptions.defaults().withMethod(method));
        return assertInstanceOf(SteadyState.Unique.class, r).state() instanceof HeomState h ? h : null;
    }

    static void assertState(double r00, double r11, double re01, double im01, CMatrix rho, double tol) {
        assertEquals(r00, rho.re(0, 0), tol);
        assertEquals(r11, rho.re(1, 1), tol);
        assertEquals(re01, rho.re(0, 1), tol);
        assertEquals(im01, rho.im(0, 1), tol);
    }

    // spinboson_pade rho00=1.366929662913761e-01 rho11=8.633070337086239e-01 re01=-1.628008467712859e-01 im01=-5.117434254131581e-17
    @Test
    void spinBosonPadeMatchesQutip() {
        for (SteadyStateMethod m : List.of(SteadyStateMethod.DIRECT, SteadyStateMethod.ITERATIVE)) {
            HeomState s = solve(spinBoson(new DrudeLorentzSpectrum(0.1, 0.5), 0.5, 2, Decomposition.PADE, 5), m);
            assertState(1.366929662913761e-01, 8.633070337086239e-01, -1.628008467712859e-01, 0, s.system().matrix(), 1e-9);
        }
    }

    // spinboson_matsubara rho00=1.192921541133150e-01 rho11=8.807078458866850e-01 re01=-1.723613250584183e-01 im01=-7.372574772901430e-18
    @Test
    void spinBosonMatsubaraMatchesQutip() {
        HeomState s = solve(spinBoson(new DrudeLorentzSpectrum(0.1, 0.5), 0.5, 2, Decomposition.MATSUBARA, 5),
                SteadyStateMethod.AUTO);
        assertState(1.192921541133150e-01, 8.807078458866850e-01, -1.723613250584183e-01, 0, s.system().matrix(), 1e-9);
    }

    // underdamped rho00=1.388889329320637e-01 rho11=8.611110670679363e-01 re01=-1.777181393253267e-01 im01=2.734540254707427e-20
    @Test
    void underdampedMatchesQutip() {
        HeomState s = solve(spinBoson(new UnderdampedSpectrum(0.2, 0.4, 1.2), 0.5, 1, Decomposition.MATSUBARA, 4),
                SteadyStateMethod.AUTO);
        assertState(1.388889329320637e-01, 8.611110670679363e-01, -1.777181393253267e-01, 0, s.system().matrix(), 1e-9);
    }

    // two_baths rho00=1.161601780982594e-01 rho11=8.838398219017406e-01 re01=0 im01=0
    // two_baths j1=-1.663653021622849e-02 j2=1.663653021622850e-02   (QuTiP tutorial sign: into the bath)
    @Test
    void qubitBetweenTwoBathsHeatCurrentsMatchQutip() {
        HeomSystem s = new HeomSystem(QUBIT, SZ.scale(0.75, 0), List.of(), List.of(
                new HeomBath("hot", SX, new DrudeLorentzSpectrum(0.05, 1.0), 1.0, 1, Decomposition.PADE),
                new HeomBath("cold", SX, new DrudeLorentzSpectrum(0.05, 1.0), 0.25, 1, Decomposition.PADE)), 4);
        HeomState st = solve(s, SteadyStateMethod.AUTO);
        assertState(1.161601780982594e-01, 8.838398219017406e-01, 0, 0, st.system().matrix(), 1e-9);
        double hot = HeatCurrents.of(s, st, "hot");
        double cold = HeatCurrents.of(s, st, "cold");
        assertEquals(1.663653021622849e-02, hot, 1e-10);
        assertEquals(-1.663653021622850e-02, cold, 1e-10);
        assertTrue(Math.abs(hot + cold) < 1e-10);
    }
}
