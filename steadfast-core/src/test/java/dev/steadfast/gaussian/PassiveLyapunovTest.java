package dev.steadfast.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.steady.Route;
import dev.steadfast.steady.SteadyState;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The normal-mode route of passive systems against the dense Bartels–Stewart solve. */
class PassiveLyapunovTest {

    /** A (disordered) chain closed into a ring by a weak bond: shared damping γ on every mode, a hot and a cold bath at the ends, random frequencies and hoppings. */
    private static GaussianSystem chain(int n, double gamma, long seed, boolean drive) {
        return chain(n, gamma, seed, drive, 1);
    }

    private static GaussianSystem chain(int n, double gamma, long seed, boolean drive, double disorder) {
        Random rnd = new Random(seed);
        GaussianSystem.Builder b = GaussianSystem.builder(n);
        for (int i = 0; i < n; i++) {
            b.frequency(i, 1 + 0.3 * disorder * rnd.nextGaussian());
            if (gamma > 0) {
                b.thermal(i, gamma, 0.2);
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            b.hopping(i, i + 1, 0.2 + 0.1 * disorder * rnd.nextGaussian(), 0);
        }
        b.hopping(0, n - 1, 0.05, 0);
        b.thermal(0, 0.3, 2.0).thermal(n - 1, 0.2, 0.1);
        if (drive) {
            b.drive(n / 2, 0.2, -0.1);
        }
        return b.build();
    }

    private static void assertAgrees(GaussianSystem s) {
        DriftDiffusion dd = DriftDiffusion.of(s);
        PassiveLyapunov.Solution p = PassiveLyapunov.solve(dd.drift(), dd.diffusion()).orElseThrow();
        double[][] dense = Lyapunov.solve(dd.drift(), dd.diffusion());
        double[][] v = p.covariance();
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                assertEquals(dense[i][j], v[i][j], 1e-10, i + "," + j);
            }
        }
    }

    @Test
    void agreesWithTheDenseRouteOnDisorderedChains() {
        assertAgrees(chain(16, 0.02, 1, false));
        assertAgrees(chain(24, 0.0, 2, false, 0)); // a uniform ring damped at two sites only (disorder would localise modes away from them)
        assertAgrees(chain(13, 0.05, 3, true));
    }

    @Test
    void theSteadyStateUsesItForPassiveChainsAndCertifiesIt() {
        SteadyState<GaussianState> ss = GaussianSteadyStates.solve(chain(20, 0.02, 4, true));
        SteadyState.Unique<GaussianState> u = (SteadyState.Unique<GaussianState>) ss;
        assertEquals(Route.Algorithm.LYAPUNOV_NORMAL_MODES, u.route().algorithm());
        assertTrue(u.certificate().residual() <= u.certificate().tolerance());
    }

    @Test
    void doesNotApplyToSqueezingOrComplexHopping() {
        GaussianSystem sq = GaussianSystem.builder(10).squeezing(0, 1, 0.1, 0).thermal(0, 1, 0).thermal(1, 1, 0).build();
        DriftDiffusion d1 = DriftDiffusion.of(sq);
        assertTrue(PassiveLyapunov.solve(d1.drift(), d1.diffusion()).isEmpty());
        GaussianSystem.Builder b = GaussianSystem.builder(10);
        for (int i = 0; i < 10; i++) {
            b.frequency(i, 1).thermal(i, 0.1, 0.5);
        }
        b.hopping(0, 1, 0.1, 0.2);
        DriftDiffusion d2 = DriftDiffusion.of(b.build());
        assertTrue(PassiveLyapunov.solve(d2.drift(), d2.diffusion()).isEmpty());
    }
}
