package dev.steadfast.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.transport.Fermions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** θ(s) of the tilted generator: the closed form of the single level, and the recursive cumulants as its derivatives. */
class TiltedGeneratorTest {

    @Test
    void singleLevelAtInfiniteBiasHasTheClosedFormGeneratingFunction() {
        double a = 0.7;
        double b = 1.9;
        Space s = Space.of(Site.fermion("d"));
        Operator c = Fermions.annihilate(s, 0);
        OpenSystem sys = new OpenSystem(Operator.zero(s), List.of(new FermionicLead("L", c, 0, 0, 1, a),
                new FermionicLead("R", c, 0, 0, -1, b)));
        TiltedGenerator g = new TiltedGenerator(LindbladGenerator.of(sys), CountingField.particles(sys, "L"));
        for (double x : new double[] {-2, -0.5, 0, 0.3, 1.5}) {
            double exact = (-(a + b) + Math.sqrt((a + b) * (a + b) + 4 * a * b * Math.expm1(x))) / 2;
            assertEquals(exact, g.theta(x), 1e-13, "θ(" + x + ")");
        }
    }

    @Test
    void derivativesAtZeroAreTheRecursiveCumulantsOfAMultiLevelModel() {
        Space s = Space.of(Site.fermion("d1"), Site.qubit("q"), Site.fermion("d2"));
        Operator c1 = Fermions.annihilate(s, 0);
        Operator c2 = Fermions.annihilate(s, 2);
        Operator sz = dev.steadfast.operator.Operators.sigmaZ(s, "q");
        Operator h = Fermions.number(s, 0).scale(0.2).plus(Fermions.create(s, 0).times(c2).plus(Fermions.create(s, 2).times(c1))
                .scale(0.3)).plus(sz.times(Fermions.number(s, 2)).scale(0.15)).plus(sz.scale(0.5));
        OpenSystem sys = new OpenSystem(h, List.of(new FermionicLead("L", c1, 0.2, 0.4, 0.5, 0.6),
                new FermionicLead("R", c2, 0.0, 0.2, -0.5, 0.9),
                new dev.steadfast.system.ThermalBath("q", dev.steadfast.operator.Operators.sigmaMinus(s, "q"), 1.0, 0.5, 0.2)));
        LindbladGenerator gen = LindbladGenerator.of(sys);
        CountingField field = CountingField.particles(sys, "L");
        double[] c = new Cumulants(gen).of(SteadyStates.solve(sys).rho(), field, 2);
        TiltedGenerator g = new TiltedGenerator(gen, field);
        double h1 = 1e-3;
        double tp = g.theta(h1);
        double tm = g.theta(-h1);
        assertEquals(0, g.theta(0), 1e-13);
        assertEquals(c[1], (tp - tm) / (2 * h1), 1e-7);
        assertEquals(c[2], (tp + tm) / (h1 * h1), 1e-5);
    }
}
