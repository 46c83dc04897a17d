package dev.steadfast.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.dynamics.TwoQubitConcurrence;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Davies (secular global) master equation. */
class DaviesTest {
    private final Space one = Space.of(Site.qubit("q"));
    private final Space two = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    /** H = J sigma1.sigma2 + B (sz1 + sz2) with Pauli matrices. */
    private Operator heisenberg(double j, double b) {
        Operator xx = Operators.sigmaX(two, "q1").times(Operators.sigmaX(two, "q2"));
        Operator yy = Operators.sigmaY(two, "q1").times(Operators.sigmaY(two, "q2"));
        Operator zz = Operators.sigmaZ(two, "q1").times(Operators.sigmaZ(two, "q2"));
        return xx.plus(yy).plus(zz).scale(j).plus(Operators.sigmaZ(two, "q1").plus(Operators.sigmaZ(two, "q2")).scale(b));
    }

    private static void assertSameGenerator(OpenSystem a, OpenSystem b, int d) {
        Liouvillian la = Liouvillian.of(a);
        Liouvillian lb = Liouvillian.of(b);
        Random rnd = new Random(3);
        for (int rep = 0; rep < 4; rep++) {
            CMatrix x = new CMatrix(d, d);
            for (int i = 0; i < d; i++) {
                for (int k = 0; k < d; k++) {
                    x.set(i, k, rnd.nextGaussian(), rnd.nextGaussian());
                }
            }
            assertTrue(la.apply(x).maxAbsDifference(lb.apply(x)) < 1e-12);
        }
    }

    /** A qubit (w/2) sz coupled through sx to a flat bath is the local thermal bath with the same rate. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.4, 2.0})
    void qubitWithFlatBathIsTheLocalThermalBath(double temperature) {
        double w = 1.3;
        double kappa = 0.2;
        Operator h = Operators.sigmaZ(one, "q").scale(w / 2);
        OpenSystem davies = GlobalMasterEquation.davies(h,
                List.of(new GlobalBath("bath", Operators.sigmaX(one, "q"), new FlatSpectralDensity(kappa), temperature)));
        OpenSystem local = new OpenSystem(h, List.of(new ThermalBath("bath", Operators.sigmaMinus(one, "q"), w, temperature, kappa)));
        assertSameGenerator(davies, local, 2);
        CMatrix rho = SteadyStates.solve(davies).rho().matrix();
        double p1 = temperature == 0 ? 0 : 1 / (1 + Math.exp(w / temperature));
        assertEquals(p1, rho.re(1, 1), 1e-12);
    }

    /**
     * Any single bath, with or without Lamb shift, relaxes the coupled pair to the Gibbs state of H.
     * (B != 0: at B = 0 the total sigma_x commutes with H and with sx1, and is conserved.)
     */
    @ParameterizedTest
    @CsvSource({"1.0, 0.5, 1.5, false", "1.0, 0.5, 1.5, true", "0.3, 0.2, 0.4, false", "-0.5, 0.8, 0.9, true"})
    void singleBathGivesGibbs(double j, double b, double temperature, boolean lamb) {
        Operator h = heisenberg(j, b);
        OpenSystem sys = GlobalMasterEquation.davies(h, List.of(new GlobalBath("bath", Operators.sigmaX(two, "q1"),
                new OhmicSpectralDensity(0.05, 10), temperature)), DaviesOptions.defaults().withLambShift(lamb));
        SteadyState<DensityMatrix> ss = SteadyStates.solve(sys);
        assertTrue(ss.isUnique());
        assertTrue(ss.rho().matrix().maxAbsDifference(InitialStates.thermal(h, temperature).matrix()) < 1e-10);
    }

    /** Several baths at one temperature, through different operators, also give the Gibbs state. */
    @Test
    void severalBathsAtOneTemperatureGiveGibbs() {
        Operator h = heisenberg(0.7, 0.3);
        double temperature = 0.9;
        Operator mixed = Operators.sigmaZ(two, "q2").scale(0.4).plus(Operators.sigmaX(two, "q2"));
        OpenSystem sys = GlobalMasterEquation.davies(h, List.of(
                new GlobalBath("a", Operators.sigmaX(two, "q1"), new OhmicSpectralDensity(0.05, 10), temperature),
                new GlobalBath("b", mixed, new OhmicSpectralDensity(0.2, 2), temperature)));
        CMatrix rho = SteadyStates.solve(sys).rho().matrix();
        assertTrue(rho.maxAbsDifference(InitialStates.thermal(h, temperature).matrix()) < 1e-10);
        assertTrue(sys.jumpsOf("a").size() > 0 && sys.jumpsOf("b").size() > 0);
    }

    /**
     * Thermal entanglement of H = J s1.s2 + B (sz1 + sz2) (Pauli s): the Gibbs state is an X state with
     * C = max(0, (e^{4J/T} - 3)/(e^{4J/T} + 1 + 2 cosh(2B/T))), which vanishes for T >= 4J/ln 3 whatever B.
     */
    @ParameterizedTest
    @CsvSource({"0.0", "0.5", "1.5", "3.0"})
    void thermalConcurrenceOfTheHeisenbergPair(double b) {
        double j = 1.0;
        double tc = 4 * j / Math.log(3);
        for (double temperature : new double[] {0.3, 1.0, 2.0, 3.0, 0.98 * tc, 1.02 * tc, 6.0}) {
            Operator h = heisenberg(j, b);
            // two baths at the same temperature: a single sx1 bath would conserve the total sigma_x at B = 0
            OpenSystem sys = GlobalMasterEquation.davies(h, List.of(
                    new GlobalBath("b1", Operators.sigmaX(two, "q1"), new OhmicSpectralDensity(0.05, 20), temperature),
                    new GlobalBath("b2", Operators.sigmaZ(two, "q2"), new OhmicSpectralDensity(0.02, 20), temperature)));
            CMatrix rho = SteadyStates.solve(sys).rho().matrix();
            double e = Math.exp(4 * j / temperature);
            double expected = Math.max(0, (e - 3) / (e + 1 + 2 * Math.cosh(2 * b / temperature)));
            assertEquals(expected, TwoQubitConcurrence.of(rho), 1e-8, "T = " + temperature + ", B = " + b);
            if (temperature > tc) {
                assertEquals(0, TwoQubitConcurrence.of(rho), 1e-12);
            }
        }
    }

    /** A qubit between a hot and a cold flat bath: p1 = (k_h n_h + k_c n_c)/(k_h(2n_h+1) + k_c(2n_c+1)). */
    @Test
    void twoBathsAtDifferentTemperatures() {
        double w = 1.0;
        double kh = 0.1;
        double kc = 0.3;
        double th = 3.0;
        double tcold = 0.2;
        Operator h = Operators.sigmaZ(one, "q").scale(w / 2);
        OpenSystem sys = GlobalMasterEquation.davies(h, List.of(
                new GlobalBath("hot", Operators.sigmaX(one, "q"), new FlatSpectralDensity(kh), th),
                new GlobalBath("cold", Operators.sigmaX(one, "q"), new FlatSpectralDensity(kc), tcold)));
        double nh = ThermalBath.boseOccupation(w, th);
        double nc = ThermalBath.boseOccupation(w, tcold);
        double p1 = (kh * nh + kc * nc) / (kh * (2 * nh + 1) + kc * (2 * nc + 1));
        assertEquals(p1, SteadyStates.solve(sys).rho().matrix().re(1, 1), 1e-12);
    }

    /**
     * Degenerate Bohr frequencies: for H = w/2 (sz1 + sz2) and A = sx1 + sx2, the transitions
     * |11> -> |psi+> and |psi+> -> |00> share the frequency w and must be grouped into one jump,
     * A(w) = sm1 + sm2: the Davies generator is collective decay, which has a dark singlet.
     */
    @Test
    void degenerateBohrFrequenciesAreGrouped() {
        double w = 1.0;
        double kappa = 0.5;
        double temperature = 0.7;
        Operator h = Operators.sigmaZ(two, "q1").plus(Operators.sigmaZ(two, "q2")).scale(w / 2);
        Operator a = Operators.sigmaX(two, "q1").plus(Operators.sigmaX(two, "q2"));
        OpenSystem davies = GlobalMasterEquation.davies(h, List.of(new GlobalBath("bath", a, new FlatSpectralDensity(kappa), temperature)));
        Operator jm = Operators.sigmaMinus(two, "q1").plus(Operators.sigmaMinus(two, "q2"));
        double n = ThermalBath.boseOccupation(w, temperature);
        OpenSystem collective = new OpenSystem(h, List.of(new LindbladDissipator("bath", jm, kappa * (n + 1)),
                new LindbladDissipator("bath", jm.dag(), kappa * n)));
        assertSameGenerator(davies, collective, 4);
        assertEquals(2, davies.jumps().size());
    }

    /**
     * Lamb shift of a qubit coupled through sx: H_LS = S(w) |1><1| + S(-w) |0><0|, so the transition
     * frequency becomes w + S(w) - S(-w) (S validated independently in SpectralDensityTest).
     */
    @Test
    void lambShiftRenormalisesTheQubitFrequency() {
        double w = 1.0;
        OhmicSpectralDensity j = new OhmicSpectralDensity(0.01, 4);
        Operator h = Operators.sigmaZ(one, "q").scale(w / 2);
        OpenSystem sys = GlobalMasterEquation.davies(h, List.of(new GlobalBath("bath", Operators.sigmaX(one, "q"), j, 0)),
                DaviesOptions.defaults().withLambShift(true));
        CMatrix hs = sys.hamiltonian().toDense();
        assertEquals(w + j.shift(w, 0) - j.shift(-w, 0), hs.re(1, 1) - hs.re(0, 0), 1e-12);
        assertEquals(0, Math.hypot(hs.re(0, 1), hs.im(0, 1)), 1e-14);
    }

    /** At B = 0 a single sx1 bath conserves the total sigma_x: the Davies steady state is not unique. */
    @Test
    void symmetricCouplingLeavesAConservedQuantity() {
        OpenSystem sys = GlobalMasterEquation.davies(heisenberg(0.3, 0.0), List.of(new GlobalBath("bath",
                Operators.sigmaX(two, "q1"), new OhmicSpectralDensity(0.05, 10), 0.4)));
        assertTrue(!SteadyStates.solve(sys).isUnique());
    }

    @Test
    void flatBathAtFiniteTemperatureRejectsPureDephasing() {
        Operator h = Operators.sigmaZ(one, "q").scale(0.5);
        assertThrows(InvalidSystemException.class, () -> GlobalMasterEquation.davies(h,
                List.of(new GlobalBath("bath", Operators.sigmaZ(one, "q"), new FlatSpectralDensity(0.1), 1.0))));
        // at T = 0 the flat zero-frequency rate is rate/2: pure dephasing of the coherence at 2 * (rate/2) * |1 - (-1)|^2 / 2
        OpenSystem sys = GlobalMasterEquation.davies(h,
                List.of(new GlobalBath("bath", Operators.sigmaZ(one, "q"), new FlatSpectralDensity(0.1), 0.0)));
        assertEquals(1, sys.jumps().size());
        assertEquals(0.05, sys.jumps().get(0).rate(), 1e-15);
    }
}
