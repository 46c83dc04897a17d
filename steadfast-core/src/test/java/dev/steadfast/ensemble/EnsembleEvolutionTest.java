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

    @Test
    void coherentSpinStateEvolvesLikeTheProductStateOfTheFullSpace() {
        int n = 3;
        double theta = 1.1;
        double phi = 0.4;
        EnsembleSystem e = EnsembleSystem.builder(n)
                .hamiltonian(CollectiveOperator.jz().scale(0.8))
                .collectiveJump("ce", CollectiveOperator.jm(), 0.5)
                .local(LocalProcess.DEPHASING, 0.1)
                .build();
        double[] times = {0, 0.4, 1.5};
        EvolutionResult ens = EnsembleEvolution.observe(e, EnsembleStates.coherent(e.ladders(), theta, phi), times,
                EvolutionOptions.defaults(), (t, s) -> new double[] {s.expect(CollectiveOperator.jx()), s.expect(CollectiveOperator.jy()),
                    s.expect(CollectiveOperator.jz())});
        FullSpaceEnsemble f = new FullSpaceEnsemble(n);
        OpenSystem full = f.system(e);
        // |psi> = (cos(θ/2)|0> + e^{iφ} sin(θ/2)|1>)^{⊗3}, first site most significant
        int d = 8;
        double[] re = new double[d];
        double[] im = new double[d];
        for (int s = 0; s < d; s++) {
            int k = Integer.bitCount(s);
            double mod = Math.pow(Math.cos(theta / 2), n - k) * Math.pow(Math.sin(theta / 2), k);
            re[s] = mod * Math.cos(k * phi);
            im[s] = mod * Math.sin(k * phi);
        }
        Operator jx = f.collective(CollectiveOperator.jx());
        Operator jy = f.collective(CollectiveOperator.jy());
        Operator jz = f.collective(CollectiveOperator.jz());
        EvolutionResult ref = Evolution.of(full).from(States.pure(full.space(), re, im))
                .observe(times, (t, rho) -> new double[] {rho.expect(jx), rho.expect(jy), rho.expect(jz)});
        // at t = 0 the mean spin is (N/2)(sinθ cosφ, sinθ sinφ, -cosθ)
        assertEquals(1.5 * Math.sin(theta) * Math.cos(phi), ens.values()[0][0], 1e-12);
        assertEquals(-1.5 * Math.cos(theta), ens.values()[0][2], 1e-12);
        for (int i = 0; i < times.length; i++) {
            for (int k = 0; k < 3; k++) {
                assertEquals(ref.values()[i][k], ens.values()[i][k], 1e-8, "t = " + times[i] + ", component " + k);
            }
        }
    }
}
