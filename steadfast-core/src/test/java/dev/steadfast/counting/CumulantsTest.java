package dev.steadfast.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.measure.HeatCurrents;
import dev.steadfast.measure.MeasureException;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.FermionicLead;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.transport.Fermions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counting statistics against closed forms of the single resonant level and a dense eigenvalue route. */
class CumulantsTest {
    private static OpenSystem dot(double eps, double gl, double gr, double muL, double muR, double t) {
        Space s = Space.of(Site.fermion("d"));
        Operator c = Fermions.annihilate(s, 0);
        return new OpenSystem(Fermions.number(s, 0).scale(eps), List.of(
                new FermionicLead("L", c, eps, t, muL, gl), new FermionicLead("R", c, eps, t, muR, gr)));
    }

    private static double[] cumulants(OpenSystem sys, String bath, int order) {
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        return new Cumulants(LindbladGenerator.of(sys)).of(rho, CountingField.particles(sys, bath), order);
    }

    @Test
    void infiniteBiasSingleLevelHasTheRenewalCumulants() {
        double a = 0.7;
        double b = 1.9;
        OpenSystem sys = dot(0, a, b, 1e3, -1e3, 0);
        double[] c = cumulants(sys, "L", 4);
        double s = a + b;
        assertEquals(a * b / s, c[1], 1e-12);
        assertEquals(a * b * (a * a + b * b) / (s * s * s), c[2], 1e-12);
        assertEquals(a * b * (Math.pow(a, 4) - 2 * a * a * a * b + 6 * a * a * b * b - 2 * a * b * b * b + Math.pow(b, 4))
                / Math.pow(s, 5), c[3], 1e-12);
        assertEquals(a * b * (Math.pow(a, 6) - 8 * Math.pow(a, 5) * b + 31 * Math.pow(a, 4) * b * b - 40 * Math.pow(a * b, 3)
                + 31 * a * a * Math.pow(b, 4) - 8 * a * Math.pow(b, 5) + Math.pow(b, 6)) / Math.pow(s, 7), c[4], 1e-12);
        assertEquals((a * a + b * b) / (s * s), c[2] / c[1], 1e-12, "Fano factor");
        // the right lead sees the same particles leave: the sign of odd cumulants flips
        double[] r = cumulants(sys, "R", 3);
        assertEquals(-c[1], r[1], 1e-12);
        assertEquals(c[2], r[2], 1e-12);
        assertEquals(-c[3], r[3], 1e-12);
    }

    @Test
    void finiteBiasMeanCurrentIsTheLandauerSequentialFormulaAndTheParticleCurrent() {
        double gl = 0.3;
        double gr = 0.8;
        double eps = 0.2;
        OpenSystem sys = dot(eps, gl, gr, 0.5, -0.4, 0.25);
        double fl = FermionicLead.fermiOccupation(eps - 0.5, 0.25);
        double fr = FermionicLead.fermiOccupation(eps + 0.4, 0.25);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        double j = gl * gr / (gl + gr) * (fl - fr);
        double[] c = new Cumulants(LindbladGenerator.of(sys)).of(rho, CountingField.particles(sys, "L"), 2);
        assertEquals(j, c[1], 1e-13);
        Operator n = HeatCurrents.excitationNumber(sys.space());
        assertEquals(j, HeatCurrents.flow(sys, rho, "L", n), 1e-13);
        assertEquals(-j, HeatCurrents.flow(sys, rho, "R", n), 1e-13);
        // energy: each particle carries eps; heat = (eps - mu) J_N
        assertEquals(eps * j, HeatCurrents.flow(sys, rho, "L", sys.hamiltonian()), 1e-13);
        assertEquals((eps - 0.5) * j, HeatCurrents.heatCurrent(sys, rho, "L"), 1e-13);
        double sigma = HeatCurrents.entropyProduction(sys, rho);
        assertEquals(-((eps - 0.5) * j - (eps + 0.4) * j) / 0.25, sigma, 1e-12);
        double[] e = new Cumulants(LindbladGenerator.of(sys)).of(rho, CountingField.energy(sys, "L"), 2);
        assertEquals(eps * c[1], e[1], 1e-13);
        assertEquals(eps * eps * c[2], e[2], 1e-13);
    }

    @Test
    void poissonLimitWhenTheLevelEmptiesAtOnce() {
        OpenSystem sys = dot(0, 1.0, 1e5, 1e3, -1e3, 0);
        double[] c = cumulants(sys, "L", 4);
        for (int k = 2; k <= 4; k++) {
            assertEquals(1.0, c[k] / c[1], 1e-4 * k * k, "c" + k + "/c1");
        }
    }

    /** A serial double dot with coherent interdot tunnelling: the recursion against θ(s) by dense eigenvalues. */
    @Test
    void doubleDotCumulantsAgreeWithFiniteDifferencesOfTheDenseEigenvalue() {
        Space s = Space.of(Site.fermion("d1"), Site.fermion("d2"));
        Operator c1 = Fermions.annihilate(s, 0);
        Operator c2 = Fermions.annihilate(s, 1);
        Operator h = Fermions.number(s, 0).scale(0.3).plus(Fermions.number(s, 1).scale(-0.1))
                .plus(Fermions.create(s, 0).times(c2).scale(0.4)).plus(Fermions.create(s, 1).times(c1).scale(0.4))
                .plus(Fermions.number(s, 0).times(Fermions.number(s, 1)).scale(0.5));
        OpenSystem sys = new OpenSystem(h, List.of(new FermionicLead("L", c1, 0.3, 0.5, 0.6, 0.7),
                new FermionicLead("R", c2, -0.1, 0.5, -0.6, 0.45)));
        CountingField field = CountingField.particles(sys, "R");
        double[] c = new Cumulants(LindbladGenerator.of(sys)).of(SteadyStates.solve(sys).rho(), field, 3);
        double hs = 2e-3;
        double[] th = new double[5];
        for (int k = -2; k <= 2; k++) {
            th[k + 2] = DenseTiltedEigenvalue.theta(sys, field.channels(), field.weights(), k * hs);
        }
        double d1 = (th[0] - 8 * th[1] + 8 * th[3] - th[4]) / (12 * hs);
        double d2 = (-th[0] + 16 * th[1] - 30 * th[2] + 16 * th[3] - th[4]) / (12 * hs * hs);
        double d3 = (-th[0] + 2 * th[1] - 2 * th[3] + th[4]) / (2 * hs * hs * hs);
        assertEquals(0, th[2], 1e-12);
        assertEquals(d1, c[1], 1e-9);
        assertEquals(d2, c[2], 1e-6);
        assertEquals(d3, c[3], 1e-3);
        assertEquals(HeatCurrents.flow(sys, SteadyStates.solve(sys).rho(), "R", HeatCurrents.excitationNumber(s)), c[1], 1e-12);
    }

    @Test
    void orderBelowOneAndUnknownBathsAreRefused() {
        OpenSystem sys = dot(0, 1, 1, 1, -1, 0.1);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        Cumulants cumulants = new Cumulants(LindbladGenerator.of(sys));
        assertThrows(MeasureException.class, () -> cumulants.of(rho, CountingField.particles(sys, "L"), 0));
        assertThrows(MeasureException.class, () -> CountingField.particles(sys, "nowhere"));
    }

    /** The iterative Drazin route (GMRES on the normalised generator) agrees with the LU route. */
    @Test
    void iterativeAndDirectDrazinRoutesAgree() {
        Space s = Space.of(Site.fermion("d1"), Site.fermion("d2"), Site.fermion("d3"));
        Operator h = Operator.zero(s);
        for (int k = 0; k < 2; k++) {
            h = h.plus(Fermions.create(s, k).times(Fermions.annihilate(s, k + 1)).scale(0.3 + 0.1 * k));
            h = h.plus(Fermions.create(s, k + 1).times(Fermions.annihilate(s, k)).scale(0.3 + 0.1 * k));
            h = h.plus(Fermions.number(s, k).times(Fermions.number(s, k + 1)).scale(0.4));
        }
        h = h.plus(Fermions.number(s, 1).scale(0.2));
        OpenSystem sys = new OpenSystem(h, List.of(new FermionicLead("L", Fermions.annihilate(s, 0), 0, 0.3, 1, 0.5),
                new FermionicLead("R", Fermions.annihilate(s, 2), 0, 0.3, -1, 0.7)));
        LindbladGenerator g = LindbladGenerator.of(sys);
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        CountingField field = CountingField.particles(sys, "R");
        double[] direct = new Cumulants(g, DrazinSolver.of(g, DrazinSolver.Route.DIRECT)).of(rho, field, 4);
        double[] iterative = new Cumulants(g, DrazinSolver.of(g, DrazinSolver.Route.ITERATIVE)).of(rho, field, 4);
        for (int k = 1; k <= 4; k++) {
            assertEquals(direct[k], iterative[k], 1e-9 * Math.max(1, Math.abs(direct[k])), "c" + k);
        }
        assertEquals(DrazinSolver.Route.DIRECT, DrazinSolver.of(g).route());
    }
}
