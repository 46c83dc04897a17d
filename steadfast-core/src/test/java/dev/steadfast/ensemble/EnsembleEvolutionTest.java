package dev.steadfast.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.States;
import dev.steadfast.system.OpenSystem;
import org.junit.jupiter.api.Test;

/** Ensemble dynamics against the closed form of two-atom superradiance and against the full 2^N space. */
class EnsembleEvolutionTest {

    @Test
    void twoAtomSuperradianceFollowsTheCascade() {
        double g = 0.7;
        EnsembleSystem e = EnsembleSystem.builder(2).collectiveJump("ce", CollectiveOperator.jm(), g).build();
        double[] times = {0, 0.1, 0.5, 1.0, 2.5};
        EvolutionResult r = EnsembleEvolution.observe(e, EnsembleStates.excited(e.ladders()), times,
                EvolutionOptions.defaults(), (t, s) -> new double[] {s.expect(CollectiveOperator.jz())});
        for (int i = 0; i < times.length; i++) {
            // |1,1> -> |1,0> -> |1,-1>, both at rate 2g: P1 = e^{-2gt}, P0 = 2gt e^{-2gt}
            double p1 = Math.exp(-2 * g * times[i]);
            double p0 = 2 * g * times[i] * p1;
            double jz = p1 - (1 - p1 - p0);
            assertEquals(jz, r.values()[i][0], 1e-9, "t = " + times[i]);
        }
    }

    @Test
    void drivenEnsembleDynamicsAgreesWithTheFullSpace() {
        int n = 3;
        EnsembleSystem e = EnsembleSystem.builder(n)
                .hamiltonian(CollectiveOperator.jz().plus(CollectiveOperator.jx().scale(0.5)))
                .collectiveJump("ce", CollectiveOperator.jm(), 1.0)
                .local(LocalProcess.EMISSION, 0.6)
                .local(LocalProcess.PUMPING, 0.2)
                .local(LocalProcess.DEPHASING, 0.05)
                .build();
        double[] times = {0, 0.3, 1.0, 2.0};
        CollectiveOperator jz = CollectiveOperator.jz();
        EvolutionResult ens = EnsembleEvolution.observe(e, EnsembleStates.excited(e.ladders()), times, EvolutionOptions.defaults(),
                (t, s) -> new double[] {s.expect(jz), s.expect(jz.times(jz)), s.expect(CollectiveOperator.jx())});
        FullSpaceEnsemble f = new FullSpaceEnsemble(n);
        OpenSystem full = f.system(e);
        Operator fz = f.collective(jz);
        Operator fx = f.collective(CollectiveOperator.jx());
        EvolutionResult ref = Evolution.of(full).from(States.basis(full.space(), 1, 1, 1))
                .observe(times, (t, rho) -> new double[] {rho.expect(fz), rho.expect(fz.times(fz)), rho.expect(fx)});
        for (int i = 0; i < times.length; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(ref.values()[i][k], ens.values()[i][k], 1e-8, "t = " + times[i] + ", observable " + k);
            }
        }
    }
}
