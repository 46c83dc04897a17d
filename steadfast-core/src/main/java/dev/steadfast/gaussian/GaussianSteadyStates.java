package dev.steadfast.gaussian;

import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.Symmetry;
import dev.steadfast.steady.Certificate;
import dev.steadfast.steady.Cost;
import dev.steadfast.steady.Kernel;
import dev.steadfast.steady.Route;
import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateMethod;
import java.util.List;
import java.util.OptionalInt;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The steady state of a {@link GaussianSystem}, in the same typed result as every other steady
 * state ({@link SteadyState}). Steps: drift A, drive b and diffusion D ({@link DriftDiffusion});
 * the real Schur form of A, whose eigenvalues decide: an eigenvalue with Re λ &gt; tol is
 * {@link UnstableDriftException} (no steady state), one with |Re λ| ≤ tol is an undamped mode
 * ({@link SteadyState.NotUnique}, evidence {@link Kernel.Evidence#ZERO_DRIFT_MODE}); otherwise the
 * means {@code A⟨r⟩ + b = 0} (LU) and the covariance {@code A V + V Aᵀ + D = 0} ({@link Lyapunov}),
 * with tol = 1e-9 · max(1, max|A_ij|). A passive system damped on few modes (plus a damping all
 * modes share) is first tried by {@link PassiveLyapunov} in its normal-mode basis, which decides
 * stability itself and leaves every other case (and its diagnosis) to the Schur route.
 *
 * <p>The {@link Certificate} fields mean, for a Gaussian state: {@code residual} =
 * ‖A V + V Aᵀ + D‖_F + ‖A⟨r⟩ + b‖_2; {@code tolerance} = 1e-8 · scale; {@code scale} =
 * max(1, ‖A‖_F ‖V‖_F, ‖D‖_F); {@code trace} = 1 (a Gaussian state is normalised by construction);
 * {@code hermiticityError} = max |V_ij − V_ji| (before symmetrisation); {@code minEigenvalue} = the
 * smallest eigenvalue of {@code V + iΩ/2} (the uncertainty principle; NaN above 2n = 600, where it is
 * checked by a Cholesky factorisation instead). A residual above the tolerance or a violated
 * uncertainty principle is a {@link SteadyStateException}. {@link Cost#hilbertDimension()} is the
 * phase-space dimension 2n (the Hilbert space is infinite); unknowns are 2n + n(2n+1).
 */
public final class GaussianSteadyStates {
    private GaussianSteadyStates() {
    }

    /** The steady state with {@link SteadyStateMethod#AUTO} recorded as the method asked for. */
    public static SteadyState<GaussianState> solve(GaussianSystem system) {
        return solve(system, SteadyStateMethod.AUTO);
    }

    /**
     * The steady state ({@code requested} is recorded in the route; there is one route).
     *
     * @throws UnstableDriftException when the drift has an eigenvalue with positive real part
     * @throws SteadyStateException   when the solution fails its certificate
     */
    public static SteadyState<GaussianState> solve(GaussianSystem system, SteadyStateMethod requested) {
        long t0 = System.nanoTime();
        int n = system.modes();
        DriftDiffusion dd = DriftDiffusion.of(system);
        double[][] a = dd.drift();
        long unknowns0 = 2L * n + (long) n * (2L * n + 1);
        String coordinates = "the quadratures (x, p) of " + n + (n == 1 ? " mode" : " modes");
        java.util.Optional<PassiveLyapunov.Solution> passive = PassiveLyapunov.solve(a, dd.diffusion());
        if (passive.isPresent()) {
            PassiveLyapunov.Solution p = passive.get();
            Route route = new Route(Route.Algorithm.LYAPUNOV_NORMAL_MODES, requested, false, p.iterations(), p.residual(), 20,
                    coordinates, "secular part");
            return unique(a, dd, p.covariance(), true, route, new Symmetry.None(unknowns0), t0);
        }
        RealSchur schur = RealSchur.of(a);
        double tol = 1e-9 * Math.max(1, Matrices.maxAbs(a));
        Route route = new Route(Route.Algorithm.LYAPUNOV_SCHUR, requested, false, 0, Double.NaN, 0,
                "the quadratures (x, p) of " + n + (n == 1 ? " mode" : " modes"), "");
        long unknowns = 2L * n + (long) n * (2L * n + 1);
        Symmetry symmetry = new Symmetry.None(unknowns);
        int worst = slowestBlock(schur);
        double abscissa = schur.realParts()[schur.starts()[worst]];
        if (abscissa > tol) {
            throw new UnstableDriftException(abscissa, schur.imaginaryPart(worst));
        }
        if (abscissa >= -tol) {
            Cost cost = new Cost(2L * n, unknowns, 0, 0, Double.POSITIVE_INFINITY, seconds(t0));
            String omega = String.format(java.util.Locale.ROOT, "%.6g", schur.imaginaryPart(worst));
            Kernel kernel = new Kernel(OptionalInt.empty(), false, OptionalInt.empty(), Kernel.Evidence.ZERO_DRIFT_MODE,
                    Double.POSITIVE_INFINITY, Double.NaN, "the Gaussian generator (its drift matrix has an eigenvalue with Re = 0, Im = ±" + omega + ")");
            return new SteadyState.NotUnique<>(kernel, List.of(), "an undamped mode or conserved quadrature keeps "
                    + "its initial amplitude and fluctuations: damp every mode", route, symmetry, cost);
        }
        return unique(a, dd, Lyapunov.solve(schur, dd.diffusion()), false, route, symmetry, t0);
    }

    private static SteadyState<GaussianState> unique(double[][] a, DriftDiffusion dd, double[][] v, boolean passive,
                                                     Route route, Symmetry symmetry, long t0) {
        int n = dd.modes();
        double[] means = means(a, dd.drive());
        double symmetryError = Matrices.symmetryError(v);
        symmetrise(v);
        GaussianState state = new GaussianState(means, v);
        Certificate c = certify(a, dd, state, symmetryError, passive);
        Cost cost = new Cost(2L * n, symmetry.unknowns(), 0, 0, Double.NaN, seconds(t0));
        return new SteadyState.Unique<>(state, c, route, symmetry, cost);
    }

    /**
     * The certificate; for a passive state (V commutes with Ω) above the exact limit the
     * uncertainty principle is checked as V − I/2 ≥ 0 (equivalent there: V̂ = I/2 + Nᵀ, N ≥ 0).
     */
    private static Certificate certify(double[][] a, DriftDiffusion dd, GaussianState s, double symmetryError,
                                       boolean passive) {
        double[][] v = s.covariance();
        double lyap = Matrices.frobenius(Matrices.lyapunovResidual(a, v, dd.diffusion()));
        double[] m = s.means();
        double meanRes = 0;
        for (int i = 0; i < m.length; i++) {
            double acc = dd.drive()[i];
            for (int j = 0; j < m.length; j++) {
                acc += a[i][j] * m[j];
            }
            meanRes += acc * acc;
        }
        double residual = lyap + Math.sqrt(meanRes);
        double scale = Math.max(1, Math.max(Matrices.frobenius(a) * Matrices.frobenius(v), Matrices.frobenius(dd.diffusion())));
        double tolerance = 1e-8 * scale;
        if (!(residual <= tolerance)) {
            throw new SteadyStateException(String.format(java.util.Locale.ROOT, "the Gaussian steady state failed its "
                    + "certificate: Lyapunov residual %.3g above the bound %.3g", residual, tolerance));
        }
        double minEig = Symplectic.uncertaintyMinEigenvalue(v);
        double slack = 1e-8 * Math.max(1, Matrices.maxAbs(v));
        boolean physical = !Double.isNaN(minEig) ? minEig >= -slack
                : passive ? Symplectic.satisfiesPassiveUncertainty(v, slack) : Symplectic.satisfiesUncertainty(v, slack);
        if (!physical) {
            throw new SteadyStateException("the Gaussian steady state violates the uncertainty principle V + iΩ/2 >= 0 "
                    + (Double.isNaN(minEig) ? "" : "(smallest eigenvalue " + minEig + ")"));
        }
        return new Certificate(residual, tolerance, scale, 1.0, symmetryError, minEig, Positivity.ENFORCED, Double.NaN);
    }

    /** The block of the Schur form with the largest real part. */
    private static int slowestBlock(RealSchur s) {
        double[] re = s.realParts();
        int best = 0;
        for (int b = 1; b < s.starts().length; b++) {
            if (re[s.starts()[b]] > re[s.starts()[best]]) {
                best = b;
            }
        }
        return best;
    }

    private static double[] means(double[][] a, double[] b) {
        boolean driven = false;
        for (double x : b) {
            driven |= x != 0;
        }
        if (!driven) {
            return new double[b.length];
        }
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        DMatrixRMaj rhs = new DMatrixRMaj(b.length, 1);
        for (int i = 0; i < b.length; i++) {
            rhs.set(i, 0, -b[i]);
        }
        if (!CommonOps_DDRM.solve(Matrices.dense(a), rhs, x)) {
            throw new SteadyStateException("the drift matrix is singular: no unique first moments");
        }
        return x.data.clone();
    }

    private static void symmetrise(double[][] v) {
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < i; j++) {
                double s = (v[i][j] + v[j][i]) / 2;
                v[i][j] = s;
                v[j][i] = s;
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
