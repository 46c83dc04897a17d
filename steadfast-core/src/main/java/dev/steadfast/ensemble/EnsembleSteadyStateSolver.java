package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.CsparseLU;
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
 * <p>Uniqueness: a failed factorisation or a condition estimate above
 * {@link SteadyStateOptions#singularConditionThreshold()} means a degenerate kernel; the result is
 * then not unique (kernel dimension counted by dense SVD when at most {@value #MAX_SVD} unknowns),
 * never one arbitrary member.
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
    private static final String METHOD = "direct sparse LU (CSparse, AMD ordering) in the Dicke basis, "
            + "real Hermitian coordinates per ladder";

    private final SteadyStateOptions options;

    public EnsembleSteadyStateSolver(SteadyStateOptions options) {
        this.options = options;
    }

    public EnsembleSteadyStateSolver() {
        this(SteadyStateOptions.defaults());
    }

    /** Solves with the default options. */
    public static EnsembleSteadyState steadyState(EnsembleSystem system) {
        return new EnsembleSteadyStateSolver().solve(system);
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
        CsparseLU lu = CsparseLU.factor(m);
        double cond = lu == null ? Double.POSITIVE_INFINITY : lu.conditionEstimate(m);
        long hilbert = lad.members() < 63 ? 1L << lad.members() : Long.MAX_VALUE;
        if (lu == null || !(cond < options.singularConditionThreshold())) {
            int kernel = n <= MAX_SVD ? KernelDimension.of(assembler.assemble(-1)) : -1;
            if (kernel == 1) {
                throw new SteadyStateException("the bordered ensemble Liouvillian is ill-conditioned (condition ~ "
                        + String.format("%.2g", cond) + ") although its kernel is one-dimensional");
            }
            String msg = "the steady state is not unique: the ensemble Liouvillian has "
                    + (kernel > 0 ? "a " + kernel + "-dimensional kernel" : "a degenerate kernel")
                    + " (e.g. a dark state in every Dicke ladder); the state reached depends on the initial state";
            return new EnsembleSteadyState(null, new SteadyStateDiagnostics(false, kernel, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, METHOD, symmetry, hilbert, n, m.nnz(),
                    lu == null ? 0 : lu.factorNonzeros(), cond, seconds(t0), ""));
        }
        double[] rhs = new double[n];
        rhs[traceRow] = 1;
        EnsembleState state = new EnsembleState(lad, coords.toBlocks(lu.solve(rhs)));
        return certify(l, state, symmetry, hilbert, n, m.nnz(), lu.factorNonzeros(), cond, t0);
    }

    /** H conserves jz and every collective jump has a fixed m shift. */
    static boolean conservesJz(EnsembleSystem system) {
        var h = system.hamiltonian().mShift();
        if (h.isEmpty() || h.getAsInt() != 0) {
            return false;
        }
        return system.collectiveJumps().stream().allMatch(j -> j.op().mShift().isPresent());
    }

    private EnsembleSteadyState certify(EnsembleLiouvillian l, EnsembleState state, String symmetry, long hilbert,
                                        long unknowns, long nnz, long factorNnz, double cond, long t0) {
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
                minRho, METHOD, symmetry, hilbert, unknowns, nnz, factorNnz, cond, seconds(t0), "");
        return new EnsembleSteadyState(state, diag);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
