package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heat currents of the two-qubit thermal machine (Brask, Haack, Brunner, Huber, NJP 17, 113029,
 * 2015) in the local master equation: H = w/2 (sz1 + sz2) + g (sp1 sm2 + sm1 sp2), a hot bath
 * on q1 and a cold one on q2.
 *
 * <p>Closed form. With gamma_k = rate_k (2 n_k + 1), r_k = n_k/(2 n_k + 1), the adjoint
 * dissipator gives D_h†(sz1) = -rate_h - gamma_h sz1 and D_h†(sp1 sm2) = -(gamma_h/2) sp1 sm2, so
 * J_h = Tr[H D_h(rho)] = w gamma_h (r_h - p_1) - g gamma_h Re<sp1 sm2>, p_1 the excited population
 * of q1. The steady state is an X state with rho_{eg,ge} = i x purely imaginary,
 * x = 2 g gamma_h gamma_c (r_h - r_c)/[(4g^2 + gamma_h gamma_c)(gamma_h + gamma_c)], so the second
 * term vanishes; and d p_1/dt = 0 gives gamma_h (r_h - p_1) = 2 g x. Hence
 * J_h = 2 g w x = 4 g^2 w gamma_h gamma_c (r_h - r_c)/[(4g^2 + gamma_h gamma_c)(gamma_h + gamma_c)].
 */
class HeatCurrentsTest {
    private static final Space S = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    static Operator hamiltonian(double w, double g) {
        Operator s1 = Operators.sigmaMinus(S, "q1");
        Operator s2 = Operators.sigmaMinus(S, "q2");
        return Operators.sigmaZ(S, "q1").plus(Operators.sigmaZ(S, "q2")).scale(w / 2)
                .plus(s1.dag().times(s2).plus(s1.times(s2.dag())).scale(g));
    }

    static OpenSystem machine(double w, double g, double rh, double rc, double th, double tc) {
        return new OpenSystem(hamiltonian(w, g), List.of(
                new ThermalBath("hot", Operators.sigmaMinus(S, "q1"), w, th, rh),
                new ThermalBath("cold", Operators.sigmaMinus(S, "q2"), w, tc, rc)));
    }

    static double closedFormHotCurrent(double w, double g, double rh, double rc, double th, double tc) {
        double nh = 1 / Math.expm1(w / th);
        double nc = tc == 0 ? 0 : 1 / Math.expm1(w / tc);
        double gh = rh * (2 * nh + 1);
        double gc = rc * (2 * nc + 1);
        double xh = nh / (2 * nh + 1);
        double xc = nc / (2 * nc + 1);
        return 4 * g * g * w * gh * gc * (xh - xc) / ((4 * g * g + gh * gc) * (gh + gc));
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0.05, 0.01, 1.0, 5.0, 0.5", "1.0, 0.1, 0.1, 0.1, 2.0, 0.1", "1.0, 0.02, 0.05, 0.2, 1.0, 0.3",
        "2.0, 0.3, 0.2, 0.05, 4.0, 1.0"})
    void machineCurrentsMatchClosedFormAndConserveEnergy(double w, double g, double rh, double rc, double th, double tc) {
        OpenSystem sys = machine(w, g, rh, rc, th, tc);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        double jh = HeatCurrents.heatCurrent(sys, rho, "hot");
        double jc = HeatCurrents.heatCurrent(sys, rho, "cold");
        double expected = closedFormHotCurrent(w, g, rh, rc, th, tc);
        assertEquals(expected, jh, 1e-12 * Math.max(1, Math.abs(expected)));
        assertTrue(jh > 0, "heat flows in from the hotter bath");
        assertEquals(0, jh + jc, 1e-12, "first law at steady state");
        // second route: J_h = w gamma_h (r_h - p_1), with p_1 read from the state
        double nh = 1 / Math.expm1(w / th);
        double p1 = rho.expect(Operators.sigmaZ(S, "q1")) / 2 + 0.5;
        assertEquals(w * rh * (2 * nh + 1) * (nh / (2 * nh + 1) - p1), jh, 1e-12);
        double sigma = HeatCurrents.entropyProduction(sys, rho);
        assertEquals(jh * (1 / tc - 1 / th), sigma, 1e-12 * Math.max(1, sigma));
        assertTrue(sigma > 0, "second law");
    }

    @Test
    void equalTemperaturesCarryNoCurrent() {
        OpenSystem sys = machine(1.0, 0.1, 0.05, 0.2, 0.7, 0.7);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        assertEquals(0, HeatCurrents.heatCurrent(sys, rho, "hot"), 1e-13);
        assertEquals(0, HeatCurrents.entropyProduction(sys, rho), 1e-13);
    }

    @ParameterizedTest
    @CsvSource({"1.0, 0.5, 0.1", "2.5, 3.0, 1.0", "0.7, 0.0, 0.3"})
    void singleThermalQubitAtSteadyStateHasNoCurrent(double w, double t, double rate) {
        Space one = Space.of(Site.qubit("q"));
        OpenSystem sys = new OpenSystem(Operators.sigmaZ(one, "q").scale(w / 2),
                List.of(new ThermalBath("bath", Operators.sigmaMinus(one, "q"), w, t, rate)));
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        assertEquals(0, HeatCurrents.heatCurrent(sys, rho, "bath"), 1e-13);
        assertEquals(0, HeatCurrents.entropyProduction(sys, rho), 1e-13);
    }

    /**
     * Sign convention away from the steady state: an excited qubit emits into its bath, so
     * J = Tr[H D(|1><1|)] = -gamma (n + 1) w < 0, and sigma = -J/T = gamma (n + 1) w / T > 0.
     */
    @Test
    void excitedQubitLosesEnergyToItsBath() {
        Space one = Space.of(Site.qubit("q"));
        double w = 1.3;
        double t = 0.8;
        double rate = 0.2;
        OpenSystem sys = new OpenSystem(Operators.sigmaZ(one, "q").scale(w / 2),
                List.of(new ThermalBath("bath", Operators.sigmaMinus(one, "q"), w, t, rate)));
        DensityMatrix excited = States.basis(one, 1);
        double n = 1 / Math.expm1(w / t);
        assertEquals(-rate * (n + 1) * w, HeatCurrents.heatCurrent(sys, excited, "bath"), 1e-14);
        assertEquals(rate * (n + 1) * w / t, HeatCurrents.entropyProduction(sys, excited), 1e-14);
        // the ground state absorbs: J = +gamma n w
        assertEquals(rate * n * w, HeatCurrents.heatCurrent(sys, States.basis(one, 0), "bath"), 1e-14);
    }

    /** Entries sharing a name are summed; entropy production takes each entry with its own temperature. */
    @Test
    void entriesWithOneNameAreSummed() {
        double w = 1.0;
        double g = 0.1;
        Operator sm1 = Operators.sigmaMinus(S, "q1");
        Operator sm2 = Operators.sigmaMinus(S, "q2");
        List<Dissipator> split = List.of(new ThermalBath("hot", sm1, w, 2.0, 0.03),
                new ThermalBath("hot", sm1, w, 2.0, 0.07), new ThermalBath("cold", sm2, w, 0.4, 0.1));
        OpenSystem splitSys = new OpenSystem(hamiltonian(w, g), split);
        OpenSystem whole = machine(w, g, 0.1, 0.1, 2.0, 0.4);
        DensityMatrix rho = SteadyStates.solve(whole).rho();
        assertEquals(HeatCurrents.heatCurrent(whole, rho, "hot"), HeatCurrents.heatCurrent(splitSys, rho, "hot"), 1e-15);
        assertEquals(HeatCurrents.entropyProduction(whole, rho), HeatCurrents.entropyProduction(splitSys, rho), 1e-15);
        // one name, two temperatures: the entropy production still uses each entry's own T
        List<Dissipator> mixedT = List.of(new ThermalBath("env", sm1, w, 2.0, 0.1), new ThermalBath("env", sm2, w, 0.4, 0.1));
        OpenSystem env = new OpenSystem(hamiltonian(w, g), mixedT);
        DensityMatrix rhoEnv = SteadyStates.solve(env).rho();
        assertEquals(HeatCurrents.entropyProduction(whole, rho), HeatCurrents.entropyProduction(env, rhoEnv), 1e-13);
        assertEquals(0, HeatCurrents.heatCurrent(env, rhoEnv, "env"), 1e-13);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        OpenSystem sys = machine(1.0, 0.1, 0.1, 0.1, 2.0, 0.5);
        DensityMatrix rho = States.maximallyMixed(S);
        MeasureException e = assertThrows(MeasureException.class, () -> HeatCurrents.heatCurrent(sys, rho, "warm"));
        assertTrue(e.getMessage().contains("'warm'") && e.getMessage().contains("hot, cold"), e.getMessage());
        DensityMatrix other = States.maximallyMixed(Space.of(Site.qubit("x")));
        assertThrows(MeasureException.class, () -> HeatCurrents.heatCurrent(sys, other, "hot"));
        assertThrows(MeasureException.class, () -> HeatCurrents.entropyProduction(sys, other));
    }
}
