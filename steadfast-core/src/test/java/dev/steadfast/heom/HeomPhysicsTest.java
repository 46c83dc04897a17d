package dev.steadfast.heom;

import static dev.steadfast.heom.HeomReferenceTest.H;
import static dev.steadfast.heom.HeomReferenceTest.QUBIT;
import static dev.steadfast.heom.HeomReferenceTest.SX;
import static dev.steadfast.heom.HeomReferenceTest.SZ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.steady.Certification;
import dev.steadfast.steady.CertificationException;
import dev.steadfast.steady.SteadyStateMethod;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Physics checks of the HEOM that need no reference code: weak-coupling limits, decompositions, convergence. */
class HeomPhysicsTest {

    private static CMatrix gibbs(CMatrix h, double beta) {
        CMatrix g = HermitianEigen.apply(h, e -> Math.exp(-beta * e));
        return g.scale(1 / g.traceRe(), 0);
    }

    @Test
    void weakCouplingEquilibriumIsTheGibbsStateToFirstOrder() {
        double[] lambdas = {1e-2, 1e-3};
        double[] err = new double[2];
        for (int i = 0; i < 2; i++) {
            HeomSystem s = HeomReferenceTest.spinBoson(new DrudeLorentzSpectrum(lambdas[i], 0.5), 0.5, 2, Decomposition.PADE, 3);
            CMatrix rho = HeomReferenceTest.solve(s, SteadyStateMethod.AUTO).system().matrix();
            err[i] = rho.maxAbsDifference(gibbs(H, 2.0));
            assertTrue(err[i] < 20 * lambdas[i], "deviation " + err[i] + " at lambda " + lambdas[i]);
        }
        assertTrue(err[1] < 0.2 * err[0], "deviation from Gibbs not O(lambda): " + err[0] + " -> " + err[1]);
    }

    @Test
    void matsubaraConvergesToPade() {
        DrudeLorentzSpectrum j = new DrudeLorentzSpectrum(0.1, 0.5);
        CMatrix pade = HeomReferenceTest.solve(HeomReferenceTest.spinBoson(j, 0.5, 3, Decomposition.PADE, 2),
                SteadyStateMethod.AUTO).system().matrix();
        CMatrix few = HeomReferenceTest.solve(HeomReferenceTest.spinBoson(j, 0.5, 1, Decomposition.MATSUBARA, 2),
                SteadyStateMethod.AUTO).system().matrix();
        CMatrix many = HeomReferenceTest.solve(HeomReferenceTest.spinBoson(j, 0.5, 20, Decomposition.MATSUBARA, 2),
                SteadyStateMethod.AUTO).system().matrix();
        assertTrue(many.maxAbsDifference(pade) < 2e-3, "20 Matsubara terms vs 3 Pade: " + many.maxAbsDifference(pade));
        assertTrue(many.maxAbsDifference(pade) < 0.2 * few.maxAbsDifference(pade));
    }

    @Test
    void padePolesReproduceTheBoseFunction() {
        PadePoles p = PadePoles.of(4);
        for (double x : new double[] {0.3, 1.0, 3.0, 8.0}) {
            double s = 2 / x;
            for (int j = 0; j < 4; j++) {
                s += p.weights()[j] * 4 * x / (x * x + p.xi()[j] * p.xi()[j]);
            }
            assertEquals(1 / Math.tanh(x / 2), s, 1e-6 * (1 / Math.tanh(x / 2)), "[3/4] Pade at x = " + x);
        }
    }

    @Test
    void convergenceReportShrinksWithDepth() {
        SteadyStateOptions o = SteadyStateOptions.defaults();
        HeomSystem s = HeomReferenceTest.spinBoson(new DrudeLorentzSpectrum(0.1, 0.5), 0.5, 2, Decomposition.PADE, 2);
        HeomConvergence shallow = HeomConvergence.of(s, o);
        HeomConvergence deep = HeomConvergence.of(s.withDepth(5), o);
        assertTrue(deep.depthChange() < 0.1 * shallow.depthChange(), shallow.describe() + " / " + deep.describe());
        assertTrue(deep.termsChange() < 1e-2, deep.describe());
    }

    /** Davies rates of a qubit H = (ω/2)σz with Q = σx: down 2J(ω)(n+1), up 2J(ω)n. */
    @Test
    void weakCouplingHeatCurrentAgreesWithTheDaviesMasterEquation() {
        double w = 1.5;
        double lambda = 1e-3;
        DrudeLorentzSpectrum j = new DrudeLorentzSpectrum(lambda, 1.0);
        double[] temps = {1.0, 0.25};
        HeomSystem s = new HeomSystem(QUBIT, SZ.scale(w / 2, 0), List.of(), List.of(
                new HeomBath("hot", SX, j, temps[0], 2, Decomposition.PADE),
                new HeomBath("cold", SX, j, temps[1], 2, Decomposition.PADE)), 3);
        HeomState st = HeomReferenceTest.solve(s, SteadyStateMethod.AUTO);
        double[] up = new double[2];
        double[] down = new double[2];
        for (int b = 0; b < 2; b++) {
            double n = 1 / Math.expm1(w / temps[b]);
            up[b] = 2 * j.density(w) * n;
            down[b] = 2 * j.density(w) * (n + 1);
        }
        double pe = (up[0] + up[1]) / (up[0] + up[1] + down[0] + down[1]);
        double davies = w * (up[0] * (1 - pe) - down[0] * pe);
        double hot = HeatCurrents.of(s, st, "hot");
        assertEquals(davies, hot, 0.02 * Math.abs(davies));
        assertEquals(0, hot + HeatCurrents.of(s, st, "cold"), 1e-12);
        assertEquals(pe, st.system().matrix().re(0, 0), 1e-2 * pe);
    }

    @Test
    void certificateResidualCoversTheWholeHierarchy() {
        HeomSystem s = HeomReferenceTest.spinBoson(new DrudeLorentzSpectrum(0.1, 0.5), 0.5, 1, Decomposition.PADE, 3);
        HeomGenerator g = new HeomGenerator(s);
        HeomState st = HeomReferenceTest.solve(s, SteadyStateMethod.DIRECT);
        assertTrue(g.residual(st) < 1e-10);
        List<CMatrix> ados = new ArrayList<>(st.ados());
        int last = ados.size() - 1;
        ados.set(last, ados.get(last).plus(SZ.scale(1e-3, 0)));
        HeomState wrong = new HeomState(s, st.system(), ados);
        assertThrows(CertificationException.class, () -> Certification.certify(g, wrong, SteadyStateOptions.defaults()));
    }

    @Test
    void matrixAndMatrixFreeActionAgree() {
        HeomSystem s = HeomReferenceTest.spinBoson(new UnderdampedSpectrum(0.2, 0.4, 1.2), 0.5, 1, Decomposition.PADE, 2);
        HeomGenerator g = new HeomGenerator(s);
        double[] x = new double[g.size()];
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextGaussian();
        }
        double[] y = new double[x.length];
        g.matrix().multiply(x, y);
        List<CMatrix> applied = s.apply(g.state(x).ados());
        double[] expected = g.heomCoordinates().coordinates(applied);
        for (int i = 0; i < x.length; i++) {
            assertEquals(expected[i], y[i], 1e-12);
        }
        assertEquals(4 * s.hierarchy().size(), g.size());
    }
}
