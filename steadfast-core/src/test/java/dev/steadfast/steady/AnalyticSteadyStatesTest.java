package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Steady states with closed-form answers, solved with and without the symmetry sector. */
class AnalyticSteadyStatesTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.5, 0.1, true", "1.0, 2.0, 0.3, false", "2.5, 0.0, 1.0, true", "0.7, 10.0, 0.01, false"})
    void thermalQubitHasGibbsPopulations(double w, double temperature, double rate, boolean symmetry) {
        Space s = Space.of(Site.qubit("q"));
        Operator h = Operators.sigmaZ(s, "q").scale(w / 2);
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("bath", Operators.sigmaMinus(s, "q"), w, temperature, rate)));
        SteadyState<DensityMatrix> ss = SteadyStates.solve(sys, SteadyStateOptions.defaults().withSymmetry(symmetry));
        double n = temperature == 0 ? 0 : 1 / (Math.exp(w / temperature) - 1);
        double pExcited = n / (2 * n + 1);
        assertEquals(pExcited, ss.rho().matrix().re(1, 1), 1e-12);
        assertEquals(1 - pExcited, ss.rho().matrix().re(0, 0), 1e-12);
        assertTrue(ss.isUnique());
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.2, 1.0", "0.0, 0.1, 0.5", "-0.4, 0.25, 2.0"})
    void drivenDampedCavityPhotonNumber(double detuning, double drive, double kappa) {
        Space s = Space.of(Site.boson("c", 30));
        Operator a = Operators.destroy(s, "c");
        Operator h = Operators.number(s, "c").scale(detuning).plus(a.plus(a.dag()).scale(drive));
        OpenSystem sys = new OpenSystem(h, List.of(new LindbladDissipator("loss", a, kappa)));
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        double expected = drive * drive / (detuning * detuning + kappa * kappa / 4);
        assertEquals(expected, rho.expect(Operators.number(s, "c")), 1e-10);
    }

    /** Brask et al. 2015: local master equation steady state of the two-qubit machine. */
    @ParameterizedTest
    @CsvSource({"1.0, 0.05, 0.01, 1.0, 5.0, 0.0", "1.0, 0.1, 0.1, 0.1, 2.0, 0.1", "1.0, 0.02, 0.05, 0.2, 1.0, 0.3"})
    void thermalEntanglementMachineMatchesClosedForm(double w, double g, double rh, double rc, double th, double tc) {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator s1 = Operators.sigmaMinus(s, "q1");
        Operator s2 = Operators.sigmaMinus(s, "q2");
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(w / 2)
                .plus(s1.dag().times(s2).plus(s1.times(s2.dag())).scale(g));
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("hot", s1, w, th, rh), new ThermalBath("cold", s2, w, tc, rc)));
        for (boolean symmetry : new boolean[] {true, false}) {
            DensityMatrix rho = SteadyStates.solve(sys, SteadyStateOptions.defaults().withSymmetry(symmetry)).rho();
            double nh = ThermalBath.boseOccupation(w, th);
            double nc = ThermalBath.boseOccupation(w, tc);
            double gh = rh * (2 * nh + 1);
            double gc = rc * (2 * nc + 1);
            double ph = nh / (2 * nh + 1);
            double pc = nc / (2 * nc + 1);
            double den = (4 * g * g + gh * gc) * (gh + gc);
            double coh = 2 * g * gh * gc * (ph - pc) / den; // rho_{eg,ge} = i * coh
            double pee = (4 * g * g * Math.pow(gh * ph + gc * pc, 2) + gh * gc * Math.pow(gh + gc, 2) * ph * pc) / (den * (gh + gc));
            double pgg = (4 * g * g * Math.pow(gh * (1 - ph) + gc * (1 - pc), 2)
                    + gh * gc * Math.pow(gh + gc, 2) * (1 - ph) * (1 - pc)) / (den * (gh + gc));
            int eg = s.basisIndex(1, 0);
            int ge = s.basisIndex(0, 1);
            assertEquals(0.0, rho.matrix().re(eg, ge), 1e-12);
            assertEquals(coh, rho.matrix().im(eg, ge), 1e-12);
            assertEquals(pee, rho.matrix().re(3, 3), 1e-12);
            assertEquals(pgg, rho.matrix().re(0, 0), 1e-12);
        }
    }

    @Test
    void collectiveDecayPairIsNotUnique() {
        Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5);
        OpenSystem sys = new OpenSystem(h, List.of(new LindbladDissipator("collective", j, 1.0)));
        for (boolean symmetry : new boolean[] {true, false}) {
            SteadyState<DensityMatrix> ss = SteadyStates.solve(sys, SteadyStateOptions.defaults().withSymmetry(symmetry));
            assertFalse(ss.isUnique());
            assertEquals(2, ((SteadyState.NotUnique<?>) ss).kernel().dimension().getAsInt());
        }
    }
}
