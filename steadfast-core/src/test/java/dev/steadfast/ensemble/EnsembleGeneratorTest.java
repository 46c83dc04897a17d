package dev.steadfast.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.spectrum.Eigenvalue;
import dev.steadfast.spectrum.LiouvillianSpectrum;
import dev.steadfast.spectrum.Spectra;
import dev.steadfast.spectrum.SpectrumOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The permutation-invariant generator is L restricted to an invariant subspace, so every eigenvalue
 * it has is an eigenvalue of the full 2^N Liouvillian, and it has as many zero eigenvalues as the
 * ensemble has steady states.
 */
class EnsembleGeneratorTest {

    private static EnsembleSystem model(int n) {
        return EnsembleSystem.builder(n)
                .hamiltonian(CollectiveOperator.jz().plus(CollectiveOperator.jx().scale(0.5)))
                .collectiveJump("ce", CollectiveOperator.jm(), 1.0)
                .local(LocalProcess.EMISSION, 0.7)
                .local(LocalProcess.PUMPING, 0.3)
                .local(LocalProcess.DEPHASING, 0.05)
                .build();
    }

    @Test
    void ensembleEigenvaluesAreEigenvaluesOfTheFullLiouvillian() {
        int n = 3;
        EnsembleSystem e = model(n);
        LiouvillianSpectrum pi = Spectra.nearestZero(EnsembleGenerator.full(e).matrix(), 8, SpectrumOptions.defaults());
        LiouvillianSpectrum full = Spectra.nearestZero(new FullSpaceEnsemble(n).system(e), 64);
        assertEquals(1, pi.zeroCount());
        for (Eigenvalue v : pi.eigenvalues()) {
            double best = Double.POSITIVE_INFINITY;
            for (Eigenvalue w : full.eigenvalues()) {
                best = Math.min(best, Math.hypot(v.re() - w.re(), v.im() - w.im()));
            }
            assertTrue(best < 1e-8, "ensemble eigenvalue " + v + " is not in the full spectrum");
        }
    }

    @Test
    void collectiveEmissionAloneHasOneSteadyStatePerLadder() {
        int n = 4;
        EnsembleSystem e = EnsembleSystem.builder(n).collectiveJump("ce", CollectiveOperator.jm(), 1.0).build();
        List<Eigenvalue> zeros = Spectra.nearestZero(EnsembleGenerator.full(e).matrix(), 6, SpectrumOptions.defaults()).eigenvalues();
        long count = zeros.stream().filter(v -> v.abs() < 1e-9).count();
        // ladders j = 2, 1, 0 for four qubits: each keeps its own lowest state
        assertEquals(3, count);
    }
}
