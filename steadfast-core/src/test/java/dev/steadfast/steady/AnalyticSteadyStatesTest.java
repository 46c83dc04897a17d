package dev.steadfast.steady;

import dev.steadfast.steady.AnalyticProblems.DrivenCavity;
import dev.steadfast.steady.AnalyticProblems.EntanglementMachine;
import dev.steadfast.steady.AnalyticProblems.ThermalQubit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The closed forms of {@link AnalyticProblems} over wider parameter ranges, solved through the
 * {@code OpenSystem} entry point with and without the symmetry sector (the routes are covered, on
 * fewer parameters, by the {@link SteadyStateSolverContract} subclasses, which also run the
 * degenerate problems).
 */
class AnalyticSteadyStatesTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.5, 0.1, true", "1.0, 2.0, 0.3, false", "2.5, 0.0, 1.0, true", "0.7, 10.0, 0.01, false"})
    void thermalQubitHasGibbsPopulations(double w, double temperature, double rate, boolean symmetry) {
        ThermalQubit p = new ThermalQubit(w, temperature, rate);
        p.check(SteadyStates.solve(p.system(), SteadyStateOptions.defaults().withSymmetry(symmetry)).rho(), 1e-12);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 0.2, 1.0", "0.0, 0.1, 0.5", "-0.4, 0.25, 2.0"})
    void drivenDampedCavityPhotonNumber(double detuning, double drive, double kappa) {
        DrivenCavity p = new DrivenCavity(detuning, drive, kappa);
        p.check(SteadyStates.solve(p.system()).rho(), 1e-10);
    }

    /** Brask et al. 2015: local master equation steady state of the two-qubit machine. */
    @ParameterizedTest
    @CsvSource({"1.0, 0.05, 0.01, 1.0, 5.0, 0.0", "1.0, 0.1, 0.1, 0.1, 2.0, 0.1", "1.0, 0.02, 0.05, 0.2, 1.0, 0.3"})
    void thermalEntanglementMachineMatchesClosedForm(double w, double g, double rh, double rc, double th, double tc) {
        EntanglementMachine p = new EntanglementMachine(w, g, rh, rc, th, tc);
        for (boolean symmetry : new boolean[] {true, false}) {
            p.check(SteadyStates.solve(p.system(), SteadyStateOptions.defaults().withSymmetry(symmetry)).rho(), 1e-12);
        }
    }
}
