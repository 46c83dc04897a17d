package dev.steadfast.steady;

import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.liouville.SecularPreconditioner;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.Optional;
import java.util.Random;

/**
 * Steady state by preconditioned GMRES, for systems too large to factorise.
 *
 * <p>Method: L in the real Hermitian basis (charge-neutral sector when a charge is conserved),
 * normalised by a rank-one term, {@code M(x) = L x + u (Tr x)} with {@code u = 1/d}: M is
 * nonsingular exactly when the kernel of L is one-dimensional, and {@code M rho = u} gives the
 * steady state with unit trace. GMRES(m) with the {@link SecularPreconditioner} (the Pauli /
 * secular approximation of L in the eigenbasis of H) converges in a few tens of iterations on
 * boundary-driven chains, almost independently of their length.
 *
 * <p>Uniqueness: a consistent singular system can still be solved by GMRES, so convergence of
 * the main solve proves nothing. A second solve with a seeded random right-hand side of unit
 * trace is solvable only when M is nonsingular: if it does not converge while the main solve
 * does, the steady state is reported as not unique. A main solve that does not converge is a
 * {@link SteadyStateException}; an unconverged state is never returned.
 */
public final class IterativeSteadyStateSolver implements SteadyStateSolver {
    /**
     * Target of the uniqueness probe. With a degenerate kernel the probe's right-hand side has a
     * component outside the range of M of relative size ~ n^{-1/2} (n unknowns), far above this.
     */
    private static final double PROBE_TOLERANCE = 1e-7;

    private final SteadyStateOptions options;
    private final int restart;
    private final int maxIterations;
    private final double tolerance;

    public IterativeSteadyStateSolver(SteadyStateOptions options) {
        this(options, 100, 3000, 1e-12);
    }

    public IterativeSteadyStateSolver(SteadyStateOptions options, int restart, int maxIterations, double tolerance) {
        this.options = options;
        this.restart = restart;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    public SteadyState solve(OpenSystem system) {
        return solve(system, options.useSymmetry() ? ChargeSymmetry.detect(system) : Optional.empty());
    }

    /** Solves with a charge already detected (or none). */
    SteadyState solve(OpenSystem system, Optional<int[]> charge) {
        long t0 = System.nanoTime();
        Liouvillian l = Liouvillian.of(system);
        int d = l.hilbertDimension();
        Sector sector = Sector.of(d, charge);
        HermitianBasis basis = sector.basis();
        String symmetry = sector.symmetry();
        RealCsc a = new HermitianAssembler(l, basis).assemble();
        int[] diag = basis.diagonalCoordinates();
        SecularPreconditioner p;
        try {
            p = new SecularPreconditioner(system, l, basis, charge.orElse(null));
        } catch (ArithmeticException e) {
            throw new SteadyStateException("iterative route: the secular preconditioner is singular (the secular "
                    + "population dynamics has several stationary states, which suggests the steady state is not unique); "
                    + "use the direct method");
        }
        LinearOperator m = normalised(a, diag);
        Gmres gmres = new Gmres(restart, maxIterations, tolerance);
        double[] u = new double[a.cols()];
        for (int c : diag) {
            u[c] = 1.0 / d;
        }
        double[] x0 = new double[a.cols()];
        p.apply(u, x0);
        KrylovResult main = gmres.solve(m, p, u, x0);
        String method = String.format("GMRES(%d) with the secular preconditioner in a real Hermitian basis: %d iterations,"
                + " relative residual %.2g", restart, main.iterations(), main.relativeResidual());
        if (!main.converged()) {
            throw new SteadyStateException(String.format("GMRES did not converge: relative residual %.3g after %d iterations "
                    + "(target %.1g)", main.relativeResidual(), main.iterations(), tolerance));
        }
        KrylovResult probe = new Gmres(restart, maxIterations, PROBE_TOLERANCE).solve(m, p, randomUnitTrace(a.cols(), diag), null);
        if (!probe.converged()) {
            String msg = "the steady state is not unique: the normalised generator is singular (a random right-hand side "
                    + String.format("is not solvable: residual %.2g after %d iterations), so L has a degenerate kernel "
                    + "(a dark state or decoherence-free subspace)", probe.relativeResidual(), probe.iterations());
            return new SteadyState(null, new SteadyStateDiagnostics(false, -1, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    method, symmetry, d, a.cols(), a.nnz(), 0, Double.POSITIVE_INFINITY,
                    DirectSteadyStateSolver.seconds(t0), msg));
        }
        var rho = basis.toMatrix(main.x());
        return Certification.certify(l, new DensityMatrix(system.space(), rho), options, method, symmetry, a.cols(), a.nnz(),
                0, Double.NaN, t0);
    }

    /** x -> A x + u (Tr x), u = identity / d. */
    private static LinearOperator normalised(RealCsc a, int[] diag) {
        double inv = 1.0 / diag.length;
        return new LinearOperator() {
            @Override
            public int size() {
                return a.cols();
            }

            @Override
            public void apply(double[] x, double[] y) {
                a.multiply(x, y);
                double tr = 0;
                for (int c : diag) {
                    tr += x[c];
                }
                for (int c : diag) {
                    y[c] += tr * inv;
                }
            }
        };
    }

    private static double[] randomUnitTrace(int n, int[] diag) {
        Random rnd = new Random(7);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian() * 1e-3;
        }
        double tr = 0;
        for (int c : diag) {
            b[c] = rnd.nextDouble();
            tr += b[c];
        }
        for (int c : diag) {
            b[c] /= tr;
        }
        return b;
    }
}
