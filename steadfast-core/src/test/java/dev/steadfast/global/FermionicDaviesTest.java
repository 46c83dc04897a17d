package dev.steadfast.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.Dissipator;
import dev.steadfast.system.InvalidSystemException;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.transport.Fermions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Global fermionic baths: grand-canonical equilibrium, the first law, and the Coulomb-split transitions. */
class FermionicDaviesTest {
    private static final Space S = Space.of(Site.fermion("d1"), Site.fermion("d2"));
    private static final Operator C1 = Fermions.annihilate(S, 0);
    private static final Operator C2 = Fermions.annihilate(S, 1);
    private static final Operator N = Fermions.totalNumber(S);

    /** Two dots with hopping and Coulomb repulsion: eigenstates are delocalised and N-conserving. */
    private static Operator hamiltonian() {
        return Fermions.number(S, 0).scale(0.2).plus(Fermions.number(S, 1).scale(-0.1))
                .plus(Fermions.create(S, 0).times(C2).plus(Fermions.create(S, 1).times(C1)).scale(0.15))
                .plus(Fermions.number(S, 0).times(Fermions.number(S, 1)).scale(0.7));
    }

    @Test
    void equalTemperatureAndChemicalPotentialGiveTheGrandCanonicalState() {
        double t = 0.3;
        double mu = 0.25;
        Operator h = hamiltonian();
        List<Dissipator> leads = new ArrayList<>(FermionicDavies.leads(h, "L", C1, 0.4, t, mu));
        leads.addAll(FermionicDavies.leads(h, "R", C2, 0.9, t, mu));
        OpenSystem sys = new OpenSystem(h, leads);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        var eig = HermitianEigen.decompose(h.minus(N.scale(mu)).toDense());
        CMatrix gibbs = eig.apply(e -> Math.exp(-e / t));
        gibbs = gibbs.scale(1 / gibbs.traceRe(), 0);
        assertEquals(0, rho.matrix().maxAbsDifference(gibbs), 1e-12);
    }

    @Test
    void aBiasDrivesACurrentAndEnergyAndParticlesAreConserved() {
        Operator h = hamiltonian();
        List<Dissipator> leads = new ArrayList<>(FermionicDavies.leads(h, "L", C1, 0.4, 0.3, 1.0));
        leads.addAll(FermionicDavies.leads(h, "R", C2, 0.9, 0.1, -1.0));
        OpenSystem sys = new OpenSystem(h, leads);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        double nl = HeatCurrents.flow(sys, rho, "L", N);
        double nr = HeatCurrents.flow(sys, rho, "R", N);
        assertTrue(nl > 1e-3, "particles enter from the high chemical potential");
        assertEquals(0, nl + nr, 1e-13);
        assertEquals(0, HeatCurrents.flow(sys, rho, "L", h) + HeatCurrents.flow(sys, rho, "R", h), 1e-13);
        assertTrue(HeatCurrents.entropyProduction(sys, rho) > 0);
    }

    /** Without hopping the components of c1 are c1(1 − n2) at ε1 and c1 n2 at ε1 + U, each with its own Fermi factor. */
    @Test
    void coulombInteractionSplitsTheTransitionEnergies() {
        Operator h = Fermions.number(S, 0).scale(0.2).plus(Fermions.number(S, 0).times(Fermions.number(S, 1)).scale(0.7));
        var leads = FermionicDavies.leads(h, "L", C1, 0.4, 0.3, 0.5);
        assertEquals(2, leads.size());
        assertEquals(0.2, leads.get(0).energy(), 1e-12);
        assertEquals(0.9, leads.get(1).energy(), 1e-12);
        Operator empty = Operator.identity(S).minus(Fermions.number(S, 1));
        assertEquals(0, leads.get(0).lowering().minus(C1.times(empty)).toDense().frobeniusNorm(), 1e-13);
    }

    @Test
    void aCouplingThatAddsAParticleIsRefused() {
        assertThrows(InvalidSystemException.class, () -> FermionicDavies.leads(hamiltonian(), "L", C1.dag(), 0.4, 0.3, 0.5));
    }
}
