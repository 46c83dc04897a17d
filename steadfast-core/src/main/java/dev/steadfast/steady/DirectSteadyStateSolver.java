package dev.steadfast.steady;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.CsparseLU;
import dev.steadfast.linalg.DenseLU;
import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.KernelDimension;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.liouville.HermitianAssembler;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.Optional;

/**
 * Steady state by a direct sparse LU of the Liouvillian.
 *
 * <p>Method: L is written as a real matrix in a Hermitian operator basis ({@link HermitianBasis};
 * half the work of complex arithmetic, same dimension), restricted to the charge-neutral sector
 * when an excitation number is conserved ({@link ChargeSymmetry}). The row of the first diagonal
 * coordinate is redundant (trace preservation: the diagonal rows sum to zero) and is replaced by
 * the trace functional, giving the bordered system {@code M x = e_0} whose solution is the steady
 * state with {@code Tr rho = 1}. M is factorised by CSparse's LU with AMD ordering.
 *
 * <p>Uniqueness: M is nonsingular exactly when the kernel of L (in the sector) is
 * one-dimensional. A failed factorisation or an estimated condition number above
 * {@link SteadyStateOptions#singularConditionThreshold()} means a degenerate kernel (a dark
 * state, a decoherence-free subspace); the result is then reported as not unique, with the kernel
 * dimension counted by SVD when the system is small enough.
 */
public final class DirectSteadyStateSolver implements SteadyStateSolver {
    /** Largest number of real unknowns for which the kernel dimension is counted by dense SVD. */
    private static final int MAX_SVD = 1200;
    /** Up to this many unknowns a dense LU is faster than a sparse one (sweeps of small systems). */
    private static final int DENSE_LIMIT = 64;

    private final SteadyStateOptions options;

    public DirectSteadyStateSolver(SteadyStateOptions options) {
        this.options = options;
    }

    public DirectSteadyStateSolver() {
        this(SteadyStateOptions.defaults());
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
        String method = basis.size() <= DENSE_LIMIT
                ? "direct dense LU (partial pivoting) in a real Hermitian operator basis"
                : "direct sparse LU (CSparse, AMD ordering) in a real Hermitian operator basis";
        HermitianAssembler assembler = new HermitianAssembler(l, basis);
        int traceRow = basis.diagonalCoordinates()[0];
        RealCsc m = assembler.assemble(traceRow);
        int n = m.cols();
        LuFactorization lu = n <= DENSE_LIMIT ? DenseLU.factor(m) : CsparseLU.factor(m);
        double cond = lu == null ? Double.POSITIVE_INFINITY : lu.conditionEstimate(m);
        if (lu == null || !(cond < options.singularConditionThreshold())) {
            int kernel = n <= MAX_SVD ? KernelDimension.of(assembler.assemble()) : -1;
            if (kernel == 1) {
                throw new SteadyStateException("the bordered Liouvillian is ill-conditioned (condition ~ "
                        + String.format("%.2g", cond) + ") although its kernel is one-dimensional");
            }
            String msg = "the steady state is not unique: the Liouvillian has "
                    + (kernel > 0 ? "a kernel of dimension " + kernel : "a degenerate kernel")
                    + (system.jumps().isEmpty()
                        ? " (there is no dissipation: every state that commutes with H is stationary)"
                        : " (a dark state or decoherence-free subspace)")
                    + "; the state reached depends on the initial state";
            return new SteadyState(null, new SteadyStateDiagnostics(false, kernel, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, method, symmetry, d, n, m.nnz(), lu == null ? 0 : lu.factorNonzeros(), cond,
                    seconds(t0), msg));
        }
        double[] rhs = new double[n];
        rhs[traceRow] = 1;
        double[] x = lu.solve(rhs);
        CMatrix rho = basis.toMatrix(x);
        return Certification.certify(l, new DensityMatrix(system.space(), rho), options, method, symmetry, n, m.nnz(),
                lu.factorNonzeros(), cond, t0);
    }

    static double seconds(long t0) {
        return (System.nanoTime() - t0) * 1e-9;
    }
}
