package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.CsparseLU;
import dev.steadfast.linalg.Gmres;
import dev.steadfast.linalg.KrylovResult;
import dev.steadfast.linalg.LinearOperator;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.steady.SteadyStateDiagnostics;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateOptions;

/**
 * Steady state of an {@link EnsembleSystem} by a direct sparse LU in the Dicke basis.
 *
 * <p>Method (as {@link dev.steadfast.steady.DirectSteadyStateSolver}, on the ensemble generator):
 * the {@link EnsembleLiouvillian} is written as a real matrix in the Hermitian coordinates of the
 * sector blocks ({@link EnsembleCoordinates}, C(N+3, 3) unknowns), the row of the first population
 * is replaced by the trace functional {@code Σ_j Tr σ_j = 1} (a row of ones on the populations,
 * well scaled because the blocks carry their degeneracy), and the bordered matrix is factorised by
 * CSparse's LU (AMD ordering). When {@link SteadyStateOptions#useSymmetry()} holds and H conserves
 * jz while every collective jump changes m by a fixed amount (local processes always do), only the
 * populations m = m' are solved for (Σ_j (2j+1) unknowns).
 *
 * <p>For large N the same bordered system is solved by GMRES, right-preconditioned with the exact
 * LU of its coherence-order-preserving part ({@link EnsembleMethod#PRECONDITIONED_GMRES}), which
 * avoids the three-dimensional fill of the full LU; {@link EnsembleMethod#AUTO} chooses.
 *
 * <p>Uniqueness (never one arbitrary member): DIRECT, as the core direct solver: a failed
 * factorisation or a condition estimate above
 * {@link SteadyStateOptions#singularConditionThreshold()} means a degenerate kernel (dimension
 * counted by dense SVD when at most {@value #MAX_SVD} unknowns). GMRES: the bordered matrix is
 * also solved for a fixed pseudo-random right-hand side r; when M is singular r is (almost surely)
 * outside its range and GMRES stalls, so non-convergence, or a condition estimate
 * {@code ||M||_1 ||y||_1 / ||r||_1} above the threshold, means not unique.
 *
 * <p>Certification of a unique state: trace 1 (to 1e-8); residual {@code ||L σ||} (Frobenius norm
 * over the sector blocks, computed by the matrix-free {@link EnsembleLiouvillian#apply}, a route
 * independent of the assembled matrix) at most {@code relativeResidualTolerance · max(1, scale)};
 * every sector block positive semidefinite to {@code positivityTolerance}. The diagnostics report
 * that residual, the trace, the largest Hermiticity error of the blocks and the smallest eigenvalue
 * of the full ρ ({@code min_j λ_min(σ_j)/d_j}).
 */
public final class EnsembleSteadyStateSolver {
    static final int MAX_SVD = 1200;
    /** AUTO uses DIRECT up to this many unknowns (N = 24 has 2925). */
    public static final int DIRECT_LIMIT = 3000;
    /** AUTO falls back to DIRECT up to this many unknowns when the preconditioner is singular. */
    public static final int FALLBACK_LIMIT = 20000;
    private static final double GMRES_TOL = 1e-13;
    private static final int GMRES_RESTART = 60;
    private static final int GMRES_MAX = 1200;
    private static final String BASIS = " in the Dicke basis, real Hermitian coordinates per ladder";

    private final SteadyStateOptions options;
    private final EnsembleMethod method;

    public EnsembleSteadyStateSolver(SteadyStateOptions options, EnsembleMethod method) {
        this.options = options;
        this.method = method;
    }

    public EnsembleSteadyStateSolver(SteadyStateOptions options) {
        this(options, EnsembleMethod.AUTO);
    }

    public EnsembleSteadyStateSolver() {
        this(SteadyStateOptions.defaults());
    }

    /** Solves with the default options and {@link EnsembleMethod#AUTO}. */
    public static EnsembleSteadyState steadyState(EnsembleSystem system) {
        return new EnsembleSteadyStateSolver().solve(system);
    }

    /** The outcome of one linear-algebra route; x is null when the steady state is not unique. */
    private record Outcome(double[] x, int kernel, double cond, long factorNonzeros, String method) {
    }

    public EnsembleSteadyState solve(EnsembleSystem system) {
        long t0 = System.nanoTime();
        EnsembleLiouvillian l = EnsembleLiouvillian.of(system);
        DickeLadders lad = system.ladders();
        boolean rotation = options.useSymmetry() && conservesJz(system);
        EnsembleCoordinates coords = rotation ? EnsembleCoordinates.populationsOnly(lad) : EnsembleCoordinates.full(lad);
        String symmetry = "permutation invariance: " + lad.blocks() + " Dicke ladders"
                + (rotation ? "; jz rotation: populations only, " + coords.size() + " of " + lad.unknowns() + " unknowns"
                        : ", " + coords.size() + " unknowns");
        EnsembleAssembler assembler = new EnsembleAssembler(l, coords);
        int traceRow = coords.traceRow();
        RealCsc m = assembler.assemble(traceRow);
        int n = m.cols();
        EnsembleMethod route = method;
        if (route == EnsembleMethod.AUTO) {
            route = n <= DIRECT_LIMIT || rotation ? EnsembleMethod.DIRECT : EnsembleMethod.PRECONDITIONED_GMRES;
        }
        Outcome out = null;
        if (route == EnsembleMethod.PRECONDITIONED_GMRES) {
            out = gmres(m, coords, traceRow);
            if (out == null && !(method == EnsembleMethod.AUTO && n <= FALLBACK_LIMIT)) {
                throw new SteadyStateException("the coherence-order preconditioner is singular (a slab of the "
                        + "m-m'-preserving generator has no unique solution); use EnsembleMethod.DIRECT");
            }
        }
        if (out == null) {
            out = direct(m, assembler);
        }
        long hilbert = lad.members() < 63 ? 1L << lad.members() : Long.MAX_VALUE;
        if (out.x == null) {
            String msg = "the steady state is not unique: the ensemble Liouvillian has "
                    + (out.kernel > 0 ? "a kernel of dimension " + out.kernel : "a degenerate kernel")
                    + " (e.g. a dark state in every Dicke ladder); the state reached depends on the initial state";
            return new EnsembleSteadyState(null, new SteadyStateDiagnostics(false, out.kernel, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, out.method, symmetry, hilbert, n, m.nnz(), out.factorNonzeros, out.cond,
                    seconds(t0), msg));
        }
        EnsembleState state = new EnsembleState(lad, coords.toBlocks(out.x));
        return certify(l, state, out, symmetry, hilbert, n, m.nnz(), t0);
    }

    private Outcome direct(RealCsc m, EnsembleAssembler assembler) {
        String name = "direct sparse LU (CSparse, AMD ordering)" + BASIS;
        CsparseLU lu = CsparseLU.factor(m);
        double cond = lu == null ? Double.POSITIVE_INFINITY : lu.conditionEstimate(m);
        long fill = lu == null ? 0 : lu.factorNonzeros();
        if (lu == null || !(cond < options.singularConditionThreshold())) {
            int kernel = m.cols() <= MAX_SVD ? dev.steadfast.linalg.KernelDimension.of(assembler.assemble(-1)) : -1;
            if (kernel == 1) {
                throw new SteadyStateException("the bordered ensemble Liouvillian is ill-conditioned (condition ~ "
                        + String.format("%.2g", cond) + ") although its kernel is one-dimensional");
            }
            return new Outcome(null, kernel, cond, fill, name);
        }
        double[] rhs = new double[m.cols()];
        rhs[0] = 1;
        return new Outcome(lu.solve(rhs), 1, cond, fill, name);
    }

    /** GMRES route; null when the preconditioner is singular. */
    private Outcome gmres(RealCsc m, EnsembleCoordinates coords, int traceRow) {
        CoherenceOrderPreconditioner p = CoherenceOrderPreconditioner.of(m, coords.coherenceOrder());
        if (p == null) {
            return null;
        }
        int n = m.cols();
        double[] rhs = new double[n];
        rhs[traceRow] = 1;
        LinearOperator op = LinearOperator.of(m);
        Preconditioner pre = (r, z) -> System.arraycopy(p.apply(r), 0, z, 0, z.length);
        KrylovResult sol = new Gmres(GMRES_RESTART, GMRES_MAX, GMRES_TOL).solve(op, pre, rhs, null);
        double[] probe = new double[n];
        java.util.Random rng = new java.util.Random(12345);
        for (int i = 0; i < n; i++) {
            probe[i] = rng.nextDouble() - 0.5;
        }
        KrylovResult test = new Gmres(GMRES_RESTART, GMRES_MAX, 1e-10).solve(op, pre, probe, null);
        double cond = test.converged() ? m.norm1() * norm1(test.x()) / norm1(probe) : Double.POSITIVE_INFINITY;
        String name = String.format("GMRES(%d) preconditioned by the coherence-order LU (CSparse, AMD), %d + %d iterations",
                GMRES_RESTART, sol.iterations(), test.iterations()) + BASIS;
        if (!(cond < options.singularConditionThreshold())) {
            return new Outcome(null, -1, cond, p.factorNonzeros(), name);
        }
        if (!sol.converged()) {
            throw new SteadyStateException(String.format("GMRES did not converge in %d iterations (relative residual %.2g)",
                    sol.iterations(), sol.relativeResidual()));
        }
        return new Outcome(sol.x(), 1, cond, p.factorNonzeros(), name);
    }

    private static double norm1(double[] v) {
        double s = 0;
        for (double x : v) {
            s += Math.abs(x);
        }
        return s;
    }

    /** H conserves jz and every collective jump has a fixed m shift. */
    static boolean conservesJz(EnsembleSystem system) {
        var h = system.hamiltonian().mShift();
        if (h.isEmpty() || h.getAsInt() != 0) {
            return false;
        }
        return system.collectiveJumps().stream().allMatch(j -> j.op().mShift().isPresent());
    }

    private EnsembleSteadyState certify(EnsembleLiouvillian l, EnsembleState state, Outcome out, String symmetry,
                                        long hilbert, long unknowns, long nnz, long t0) {
        double trace = state.trace();
        CMatrix[] image = l.apply(state.blocksView());
        double r2 = 0;
        for (CMatrix y : image) {
            double f = y.frobeniusNorm();
            r2 += f * f;
        }
        double residual = Math.sqrt(r2);
        double tol = options.relativeResidualTolerance() * Math.max(1.0, l.normScale());
        double minSector = Double.POSITIVE_INFINITY;
        double minRho = Double.POSITIVE_INFINITY;
        for (int b = 0; b < state.ladders().blocks(); b++) {
            double lo = state.sectorEigenvalues(b)[0];
            minSector = Math.min(minSector, lo);
            minRho = Math.min(minRho, lo / state.ladders().degeneracy(b));
        }
        if (!(Math.abs(trace - 1) < 1e-8)) {
            throw new SteadyStateException("ensemble steady state has trace " + trace + " instead of 1");
        }
        if (!(residual <= tol)) {
            throw new SteadyStateException(String.format("ensemble steady-state residual ||L sigma|| = %.3g exceeds %.3g",
                    residual, tol));
        }
        if (!(minSector >= -options.positivityTolerance())) {
            throw new SteadyStateException(String.format(
                    "ensemble steady state is not positive: a sector block has eigenvalue %.3g", minSector));
        }
        SteadyStateDiagnostics diag = new SteadyStateDiagnostics(true, 1, residual, trace, state.hermiticityError(),
                minRho, out.method, symmetry, hilbert, unknowns, nnz, out.factorNonzeros, out.cond, seconds(t0), "");
        return new EnsembleSteadyState(state, diag);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
