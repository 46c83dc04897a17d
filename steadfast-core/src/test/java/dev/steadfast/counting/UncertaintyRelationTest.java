package dev.steadfast.counting;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.transport.Fermions;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The thermodynamic uncertainty relation ⟨⟨I²⟩⟩ σ / ⟨I⟩² ≥ 2 for classical rate processes (Barato and
 * Seifert 2015): Coulomb-coupled dots whose leads see each transition energy (ε or ε + U, as the
 * global fermionic baths give) have no coherences and obey local detailed balance, so every random
 * instance must satisfy it, and σ ≥ 0. (A lead at ε that ignores U would break local detailed balance,
 * and then the ratio computed from the heat currents can fall below 2.)
 */
class UncertaintyRelationTest {

    @Test
    void classicalThreeTerminalDotsSatisfyTheUncertaintyRelation() {
        Random random = new Random(11);
        Space s = Space.of(Site.fermion("d1"), Site.fermion("d2"));
        Operator c1 = Fermions.annihilate(s, 0);
        Operator c2 = Fermions.annihilate(s, 1);
        Operator n1 = Fermions.number(s, 0);
        Operator n2 = Fermions.number(s, 1);
        Operator id = Operator.identity(s);
        for (int trial = 0; trial < 25; trial++) {
            double e1 = random.nextDouble() - 0.5;
            double e2 = random.nextDouble() - 0.5;
            double u = random.nextDouble();
            double th = 0.05 + 2 * random.nextDouble();
            double muH = random.nextDouble() - 0.5;
            double gh = 0.05 + random.nextDouble();
            Operator h = n1.scale(e1).plus(n2.scale(e2)).plus(n1.times(n2).scale(u));
            OpenSystem sys = new OpenSystem(h, List.of(
                    new FermionicLead("L", c1.times(id.minus(n2)), e1, 0.05 + random.nextDouble(), random.nextDouble() - 0.5,
                            0.05 + random.nextDouble()),
                    new FermionicLead("R", c1.times(n2), e1 + u, 0.05 + random.nextDouble(), random.nextDouble() - 0.5,
                            0.05 + random.nextDouble()),
                    new FermionicLead("H", c2.times(id.minus(n1)), e2, th, muH, gh),
                    new FermionicLead("H", c2.times(n1), e2 + u, th, muH, gh)));
            DensityMatrix rho = SteadyStates.solve(sys).rho();
            double sigma = HeatCurrents.entropyProduction(sys, rho);
            double[] c = new Cumulants(LindbladGenerator.of(sys)).of(rho, CountingField.particles(sys, "L"), 2);
            assertTrue(sigma >= -1e-14, "σ = " + sigma);
            if (Math.abs(c[1]) > 1e-8) {
                double q = c[2] * sigma / (c[1] * c[1]);
                assertTrue(q >= 2 - 1e-8, "trial " + trial + ": Q = " + q);
            }
        }
    }
}
