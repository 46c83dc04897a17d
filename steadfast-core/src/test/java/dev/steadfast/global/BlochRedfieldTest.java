package dev.steadfast.global;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Bloch-Redfield (non-secular) master equation with its principal-value part. */
class BlochRedfieldTest {
    private final Space one = Space.of(Site.qubit("q"));

    /**
     * Guarnieri, Kolar & Filip, PRL 121, 070401 (2018): H = (w0/2) sz, A = cos(t) sx + sin(t) sz, ohmic
     * J = alpha w e^{-w/wc}, T = 0. To first order in alpha the steady coherence is
     * rho_01 = i D(|0><0|)_01 / w0 with D_01 = 2i sin(t)cos(t) [S(-w0) - S(0)], so
     * <sx> = -2 sin(2t) (S(-w0) - S(0)) / w0 = -2 alpha sin(2t) e^{w0/wc} E1(w0/wc):
     * it comes entirely from the principal-value part S. The secular (Davies) equation gives 0.
     */
    @ParameterizedTest
    @CsvSource({"1.0, 5.0, 0.7853981633974483", "1.0, 2.0, 0.3", "2.0, 10.0, 1.1"})
    void guarnieriSteadyStateCoherence(double w0, double wc, double theta) {
        double alpha = 1e-3;
        Operator h = Operators.sigmaZ(one, "q").scale(w0 / 2);
        Operator a = Operators.sigmaX(one, "q").scale(Math.cos(theta)).plus(Operators.sigmaZ(one, "q").scale(Math.sin(theta)));
        GlobalBath bath = new GlobalBath("bath", a, new OhmicSpectralDensity(alpha, wc), 0);
        SteadyState.Unique<DensityMatrix> ss = (SteadyState.Unique<DensityMatrix>) GlobalMasterEquation.blochRedfield(h, List.of(bath)).steadyState();
        double sx = ss.rho().expect(Operators.sigmaX(one, "q"));
        double x = w0 / wc;
        double expected = -2 * alpha * Math.sin(2 * theta) * Math.exp(x) * ExponentialIntegrals.e1(x);
        assertEquals(expected, sx, 1e-2 * Math.abs(expected));
        assertTrue(ss.certificate().residual() < 1e-12);
        // Davies: no coherence in the energy basis
        OpenSystem davies = GlobalMasterEquation.davies(h, List.of(bath));
        assertEquals(0, SteadyStates.solve(davies).rho().expect(Operators.sigmaX(one, "q")), 1e-12);
    }

    /**
     * Without the principal-value part (QuTiP's brmesolve convention) the first-order coherence of the
     * Guarnieri qubit vanishes: what is left is O(alpha^2), a hundredfold smaller at alpha = 1e-3.
     */
    @ParameterizedTest
    @CsvSource({"1.0, 5.0, 0.7853981633974483", "2.0, 10.0, 1.1"})
    void withoutThePrincipalValueTheFirstOrderCoherenceVanishes(double w0, double wc, double theta) {
        double alpha = 1e-3;
        Operator h = Operators.sigmaZ(one, "q").scale(w0 / 2);
        Operator a = Operators.sigmaX(one, "q").scale(Math.cos(theta)).plus(Operators.sigmaZ(one, "q").scale(Math.sin(theta)));
        GlobalBath bath = new GlobalBath("bath", a, new OhmicSpectralDensity(alpha, wc), 0);
        double sx = GlobalMasterEquation.blochRedfield(h, List.of(bath), 1e-10, false).steadyState().rho()
                .expect(Operators.sigmaX(one, "q"));
        double x = w0 / wc;
        double firstOrder = 2 * alpha * Math.sin(2 * theta) * Math.exp(x) * ExponentialIntegrals.e1(x);
        assertTrue(Math.abs(sx) < 1e-2 * firstOrder, "<sx> = " + sx + " vs first order with S: " + firstOrder);
    }

    /** The first-order coherence is linear in alpha: halving alpha halves <sx> up to O(alpha^2). */
    @Test
    void coherenceIsFirstOrderInTheCoupling() {
        Operator h = Operators.sigmaZ(one, "q").scale(0.5);
        Operator a = Operators.sigmaX(one, "q").plus(Operators.sigmaZ(one, "q")).scale(Math.sqrt(0.5));
        double s1 = sx(h, a, 2e-3);
        double s2 = sx(h, a, 1e-3);
        assertEquals(2.0, s1 / s2, 1e-2);
    }

    private double sx(Operator h, Operator a, double alpha) {
        GlobalBath bath = new GlobalBath("bath", a, new OhmicSpectralDensity(alpha, 5), 0);
        return GlobalMasterEquation.blochRedfield(h, List.of(bath)).steadyState().rho().expect(Operators.sigmaX(one, "q"));
    }

    /** Weak coupling: Redfield and Davies steady states of a coupled pair differ by O(alpha). */
    @Test
    void weakCouplingAgreesWithDavies() {
        Space two = Space.of(Site.qubit("q1"), Site.qubit("q2"));
        Operator h = Operators.sigmaZ(two, "q1").scale(0.5).plus(Operators.sigmaZ(two, "q2").scale(0.8))
                .plus(Operators.sigmaX(two, "q1").times(Operators.sigmaX(two, "q2")).scale(0.1));
        double temperature = 0.5;
        for (double alpha : new double[] {1e-3, 1e-4}) {
            List<GlobalBath> baths = List.of(new GlobalBath("b", Operators.sigmaX(two, "q1").plus(Operators.sigmaZ(two, "q2")),
                    new OhmicSpectralDensity(alpha, 5), temperature));
            CMatrix redfield = GlobalMasterEquation.blochRedfield(h, baths).steadyState().rho().matrix();
            CMatrix gibbs = InitialStates.thermal(h, temperature).matrix();
            double diff = redfield.maxAbsDifference(gibbs);
            assertTrue(diff < 20 * alpha, "alpha = " + alpha + ": deviation " + diff);
        }
    }

    /** Redfield preserves trace and Hermiticity: Tr R(X) = 0 and R(X†) = R(X)†. */
    @Test
    void generatorPreservesTraceAndHermiticity() {
        Operator h = Operators.sigmaZ(one, "q").scale(0.5);
        Operator a = Operators.sigmaX(one, "q").scale(0.6).plus(Operators.sigmaZ(one, "q").scale(0.8));
        BlochRedfield br = GlobalMasterEquation.blochRedfield(h, List.of(new GlobalBath("b", a, new OhmicSpectralDensity(0.1, 3), 0.7)));
        Random rnd = new Random(9);
        CMatrix x = new CMatrix(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                x.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        CMatrix rx = br.apply(x);
        assertEquals(0, Math.hypot(rx.traceRe(), rx.traceIm()), 1e-14);
        assertTrue(br.apply(x.adjoint()).maxAbsDifference(rx.adjoint()) < 1e-14);
    }
}
