package dev.steadfast.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.steady.Kernel;
import dev.steadfast.steady.SteadyState;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Gaussian steady states against closed forms and against the vectorised (Kronecker) Lyapunov solve. */
class GaussianSteadyStatesTest {

    private static GaussianState solve(GaussianSystem s) {
        SteadyState<GaussianState> ss = GaussianSteadyStates.solve(s);
        assertTrue(ss.isUnique(), ss.describe());
        return ss.rho();
    }

    @Test
    void thermalDampedModeHasCovarianceNbarPlusHalf() {
        double nbar = 0.7;
        GaussianState s = solve(GaussianSystem.builder(1).frequency(0, 1.3).thermal(0, 0.2, nbar).build());
        assertEquals(nbar + 0.5, s.covariance(0, 0), 1e-12);
        assertEquals(nbar + 0.5, s.covariance(1, 1), 1e-12);
        assertEquals(0, s.covariance(0, 1), 1e-12);
        assertEquals(nbar, s.occupation(0), 1e-12);
    }

    @Test
    void drivenDampedCavityHasTheCoherentAmplitude() {
        double delta = 0.8;
        double f = 0.6;
        double kappa = 0.5;
        GaussianState s = solve(GaussianSystem.builder(1).frequency(0, delta).drive(0, f, 0).jump(kappa, 0, false).build());
        // <a> = -iF/(kappa/2 + i Delta) = -iF (kappa/2 - i Delta)/(Delta^2 + kappa^2/4)
        double den = delta * delta + kappa * kappa / 4;
        double[] alpha = s.amplitude(0);
        assertEquals(-f * delta / den, alpha[0], 1e-12);
        assertEquals(-f * kappa / 2 / den, alpha[1], 1e-12);
        assertEquals(f * f / den, s.occupation(0), 1e-12);
        assertEquals(0.5, s.covariance(0, 0), 1e-12);
    }

    @Test
    void parametricAmplifierBelowThresholdMatchesItsClosedForm() {
        double g = 0.3;
        double kappa = 1.0;
        GaussianState s = solve(GaussianSystem.builder(2).squeezing(0, 1, g, 0).jump(kappa, 0, false).jump(kappa, 1, false).build());
        double n = 2 * g * g / (kappa * kappa - 4 * g * g);
        assertEquals(n, s.occupation(0), 1e-12);
        assertEquals(n, s.occupation(1), 1e-12);
        assertEquals(0, s.covariance(0, 2), 1e-12);
        assertEquals(-g * kappa / (kappa * kappa - 4 * g * g), s.covariance(0, 3), 1e-12);
    }

    @Test
    void parametricAmplifierAboveThresholdIsUnstableWithItsGrowthRate() {
        GaussianSystem s = GaussianSystem.builder(2).squeezing(0, 1, 0.8, 0).jump(1.0, 0, false).jump(1.0, 1, false).build();
        UnstableDriftException e = assertThrows(UnstableDriftException.class, () -> GaussianSteadyStates.solve(s));
        assertEquals(0.8 - 0.5, e.growthRate(), 1e-10);
        assertTrue(e.getMessage().contains("0.3"), e.getMessage());
    }

    @Test
    void anUndampedModeMeansNoUniqueSteadyState() {
        GaussianSystem s = GaussianSystem.builder(2).frequency(0, 1).frequency(1, 2).jump(0.5, 0, false).build();
        SteadyState<GaussianState> ss = GaussianSteadyStates.solve(s);
        assertFalse(ss.isUnique());
        SteadyState.NotUnique<GaussianState> nu = assertInstanceOf(SteadyState.NotUnique.class, ss);
        assertEquals(Kernel.Evidence.ZERO_DRIFT_MODE, nu.kernel().evidence());
        assertTrue(ss.describe().contains("not unique"), ss.describe());
    }

    /** Jumps cosh r a − sinh r b† and cosh r b − sinh r a† (rate Γ) drive the modes towards EPR correlations. */
    @Test
    void twoModeSqueezedReservoirGivesTheClosedFormEprVariance() {
        double r = 0.6;
        double big = 2.0;
        double gamma = 0.1;
        double nth = 0.3;
        double c = Math.cosh(r);
        double sh = Math.sinh(r);
        GaussianSystem s = GaussianSystem.builder(2)
                .jump(big, List.of(new GaussianSystem.LadderTerm(0, false, c, 0), new GaussianSystem.LadderTerm(1, true, -sh, 0)))
                .jump(big, List.of(new GaussianSystem.LadderTerm(1, false, c, 0), new GaussianSystem.LadderTerm(0, true, -sh, 0)))
                .thermal(0, gamma, nth).thermal(1, gamma, nth).build();
        double expected = (big * Math.exp(-2 * r) + gamma * (2 * nth + 1)) / (big + gamma);
        assertEquals(expected, GaussianMeasures.eprVariance(solve(s), 0, 1), 1e-12);
    }

    @Test
    void bartelsStewartAgreesWithTheKroneckerSolveOnRandomStableSystems() {
        Random rnd = new Random(12);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + trial % 4;
            GaussianSystem.Builder b = GaussianSystem.builder(n);
            for (int i = 0; i < n; i++) {
                b.frequency(i, rnd.nextGaussian()).thermal(i, 0.5 + rnd.nextDouble(), rnd.nextDouble());
                b.squeezing(i, i, 0.1 * rnd.nextGaussian(), 0.1 * rnd.nextGaussian());
                for (int j = i + 1; j < n; j++) {
                    b.hopping(i, j, rnd.nextGaussian(), rnd.nextGaussian());
                    b.squeezing(i, j, 0.1 * rnd.nextGaussian(), 0.1 * rnd.nextGaussian());
                }
            }
            DriftDiffusion dd = DriftDiffusion.of(b.build());
            double[][] bs = Lyapunov.solve(dd.drift(), dd.diffusion());
            double[][] kr = KroneckerLyapunov.solve(dd.drift(), dd.diffusion());
            for (int i = 0; i < bs.length; i++) {
                for (int j = 0; j < bs.length; j++) {
                    assertEquals(kr[i][j], bs[i][j], 1e-10 * Math.max(1, Math.abs(kr[i][j])), "trial " + trial);
                }
            }
        }
    }

    /**
     * A driven damped mode at zero temperature, H = ω a†a + F a† + F* a: the dissipator's adjoint on H gives
     * J = −κ ω ⟨n⟩ − κ Re(F ⟨a⟩*).
     */
    @Test
    void heatCurrentIntoAZeroTemperatureBathIsMinusOmegaKappaN() {
        double w = 0.7;
        double kappa = 0.4;
        GaussianSystem s = GaussianSystem.builder(1).frequency(0, w).drive(0, 0.3, 0.1)
                .jump("bath", kappa, List.of(new GaussianSystem.LadderTerm(0, false, 1, 0))).build();
        GaussianState st = solve(s);
        double[] alpha = st.amplitude(0);
        double expected = -kappa * w * st.occupation(0) - kappa * (0.3 * alpha[0] + 0.1 * alpha[1]);
        assertEquals(expected, GaussianHeatCurrents.heatCurrent(s, st, "bath"), 1e-12);
    }

    @Test
    void certificateReportsResidualSymmetryAndUncertainty() {
        SteadyState<GaussianState> ss = GaussianSteadyStates.solve(GaussianSystem.builder(1).thermal(0, 1, 0).build());
        SteadyState.Unique<GaussianState> u = assertInstanceOf(SteadyState.Unique.class, ss);
        assertTrue(u.certificate().residual() <= u.certificate().tolerance());
        assertEquals(0, u.certificate().minEigenvalue(), 1e-12); // the vacuum saturates V + iΩ/2 >= 0
        assertEquals(1.0, u.certificate().trace());
        assertEquals(dev.steadfast.steady.Route.Algorithm.LYAPUNOV_SCHUR, u.route().algorithm());
    }
}
