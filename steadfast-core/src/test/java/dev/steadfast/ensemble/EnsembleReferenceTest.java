package dev.steadfast.ensemble;

import static dev.steadfast.ensemble.CollectiveOperator.jm;
import static dev.steadfast.ensemble.CollectiveOperator.jp;
import static dev.steadfast.ensemble.CollectiveOperator.jx;
import static dev.steadfast.ensemble.CollectiveOperator.jz;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.measure.MeasureException;
import dev.steadfast.liouville.Symmetry;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateMethod;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.InvalidSystemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Closed forms, QuTiP PIQS reference values, uniqueness detection and validation. */
class EnsembleReferenceTest {

    /**
     * Reference: QuTiP 4.7.1 PIQS, {@code /work/shared/bench/qutip/dicke_steady.py 10 20 40} (steadystate
     * method "power"), run 2025 in this project: H = jz + 0.5 jx, emission 1, pumping 0.5, PIQS
     * dephasing 0.1 (our rate 0.025), collective emission 1. Printed: jz_per_N, jz2. PIQS's own
     * solution has a residual ~2e-7 (its power-method tolerance), hence a relative tolerance 1e-7.
     */
    @ParameterizedTest(name = "N = {0}")
    @CsvSource({"10, -0.2237706629, 6.79253840", "20, -0.2045397078, 20.39942718", "40, -0.1893409841, 65.01528191"})
    void matchesQutipPiqs(int n, double jzPerN, double jz2) {
        for (SteadyStateMethod method : n <= 20 ? SteadyStateMethod.values() : new SteadyStateMethod[] {SteadyStateMethod.AUTO}) {
            EnsembleState s = SteadyStates.solve(DickeReferenceModel.of(n), SteadyStateOptions.defaults().withMethod(method)).rho();
            assertEquals(jzPerN, s.expect(jz()) / n, 1e-7 * Math.abs(jzPerN), method + " <jz>/N");
            assertEquals(jz2, s.expect(jz().times(jz())), 1e-7 * jz2, method + " <jz^2>");
        }
    }

    /** Independent members: local emission + pumping give a product of identical qubit states. */
    @ParameterizedTest(name = "N = {0}, emission {1}, pumping {2}")
    @CsvSource({"7, 1.0, 0.4", "30, 0.3, 0.9", "100, 1.0, 0.25"})
    void localEmissionAndPumpingGiveProductState(int n, double ge, double gp) {
        EnsembleSystem e = EnsembleSystem.builder(n).hamiltonian(jz().scale(0.7))
                .local(LocalProcess.EMISSION, ge).local(LocalProcess.PUMPING, gp).build();
        SteadyState<EnsembleState> ss = SteadyStates.solve(e);
        EnsembleState s = ss.rho();
        double p = gp / (ge + gp);
        double mean = n * (p - 0.5);
        assertEquals(mean, s.expect(jz()), 1e-10 * n);
        assertEquals(n * p * (1 - p) + mean * mean, s.expect(jz().times(jz())), 1e-9 * n * n);
        assertEquals(n / 4.0, s.expect(jx().times(jx())), 1e-10 * n);
        double purity = Math.pow(p * p + (1 - p) * (1 - p), n);
        assertEquals(1.0, EnsembleMeasures.purity(s) / purity, 1e-8); // relative: 1.8e-17 at N = 100
        double h = -(p * Math.log(p) + (1 - p) * Math.log(1 - p)) / Math.log(2);
        assertEquals(n * h, EnsembleMeasures.entropy(s), 1e-9 * n);
        assertEquals(0.0, EnsembleMeasures.pairConcurrence(s), 1e-12);
        assertEquals(0.0, EnsembleMeasures.coherenceL1(s), 1e-12);
        // mean spin along z, Var(J_x) = N/4: ξ_S² = 1, ξ_R² = N (N/4) / <jz>²
        assertEquals(1.0, EnsembleMeasures.squeezingKitagawaUeda(s), 1e-9);
        assertEquals(n * n / 4.0 / (mean * mean), EnsembleMeasures.squeezingWineland(s), 1e-8 * n * n / (mean * mean));
        assertTrue(ss.symmetry() instanceof Symmetry.Permutation perm && perm.populationsOnly(), ss.symmetry().describe());
    }

    /** Unital dynamics (dephasing, equal collective emission and pumping) leave the maximally mixed state. */
    @ParameterizedTest(name = "N = {0}")
    @CsvSource({"6", "25", "60"})
    void unitalDynamicsGiveMaximallyMixedState(int n) {
        EnsembleSystem e = EnsembleSystem.builder(n).hamiltonian(jz().plus(jx().scale(0.3)))
                .collectiveJump("emission", jm(), 0.2).collectiveJump("pumping", jp(), 0.2)
                .local(LocalProcess.DEPHASING, 0.5).build();
        EnsembleState s = SteadyStates.solve(e).rho();
        DickeLadders lad = s.ladders();
        for (int b = 0; b < lad.blocks(); b++) {
            double expected = Math.exp(lad.logDegeneracy(b) + Math.log(lad.size(b)) - n * Math.log(2));
            assertEquals(expected, s.sectorProbability(b), 1e-10, "p_j at j = " + lad.j(b));
        }
        assertEquals(0.0, s.expect(jz()), 1e-9);
        assertEquals(n / 4.0, s.expect(jz().times(jz())), 1e-9 * n);
        assertEquals(n, EnsembleMeasures.entropy(s), 1e-8 * n);
        assertEquals(1.0, EnsembleMeasures.purity(s) * Math.pow(2, n), 1e-8);
        assertThrows(MeasureException.class, () -> EnsembleMeasures.squeezingWineland(s));
    }

    /** Local emission alone: every member in its ground state, a coherent spin state (ξ² = 1). */
    @Test
    void groundStateIsCoherentSpinState() {
        int n = 12;
        EnsembleState s = SteadyStates.solve(EnsembleSystem.builder(n).hamiltonian(jz())
                .local(LocalProcess.EMISSION, 1).build()).rho();
        assertEquals(-n / 2.0, s.expect(jz()), 1e-12);
        assertEquals(1.0, EnsembleMeasures.purity(s), 1e-12);
        assertEquals(1.0, EnsembleMeasures.squeezingKitagawaUeda(s), 1e-12);
        assertEquals(1.0, EnsembleMeasures.squeezingWineland(s), 1e-12);
        assertEquals(1.0, s.sectorProbability(0), 1e-12);
    }

    @Test
    void drivenCollectiveEmissionAloneIsNotUniqueAboveTheDirectLimit() {
        // 5456 unknowns: AUTO tries GMRES, whose populations slab is singular, and falls back to DIRECT
        EnsembleSystem e = EnsembleSystem.builder(30).hamiltonian(jz().plus(jx().scale(0.5)))
                .collectiveJump("superradiance", jm(), 1.0).local(LocalProcess.DEPHASING, 0.0).build();
        SteadyState<EnsembleState> ss = SteadyStates.solve(e);
        assertFalse(ss.isUnique(), ss.toString());
    }

    @Test
    void invalidModelsAreRejectedWithClearMessages() {
        InvalidSystemException neg = assertThrows(InvalidSystemException.class,
                () -> EnsembleSystem.builder(4).local(LocalProcess.EMISSION, -1.0));
        assertTrue(neg.getMessage().contains("emission") && neg.getMessage().contains(">= 0"), neg.getMessage());
        assertThrows(InvalidSystemException.class, () -> EnsembleSystem.builder(4).collectiveJump("c", jm(), Double.NaN));
        assertThrows(InvalidSystemException.class, () -> EnsembleSystem.builder(0));
        InvalidSystemException herm = assertThrows(InvalidSystemException.class,
                () -> EnsembleSystem.builder(3).hamiltonian(jp()).build());
        assertTrue(herm.getMessage().contains("Hermitian"), herm.getMessage());
        assertThrows(InvalidSystemException.class,
                () -> EnsembleSystem.builder(3).local(LocalProcess.PUMPING, 1).local(LocalProcess.PUMPING, 2));
    }
}
