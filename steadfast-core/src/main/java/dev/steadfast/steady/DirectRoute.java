package dev.steadfast.steady;

import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.MinimumDegreeAnalysis;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import java.util.Optional;

/**
 * The direct route: LU of the bordered generator (row {@link Generator#traceRow()} replaced by the
 * trace functional), {@code B x = e_traceRow}. B is nonsingular exactly when the kernel is
 * one-dimensional; a failed factorisation or a Hager–Higham condition estimate above
 * {@link SteadyStateOptions.Tolerances#singularCondition()} means a degenerate kernel.
 */
final class DirectRoute {
    private DirectRoute() {
    }

    static <S> SteadyState<S> solve(Generator<S> g, RealCsc bordered, SteadyStateOptions options, boolean fellBack,
                                    long t0) {
        return solve(g, bordered, Optional.empty(), options, fellBack, t0);
    }

    /** With the minimum-degree analysis AUTO already made for its estimate (the LU reuses its order). */
    static <S> SteadyState<S> solve(Generator<S> g, RealCsc bordered, Optional<MinimumDegreeAnalysis> analysis,
                                    SteadyStateOptions options, boolean fellBack, long t0) {
        SteadyStates.requireFinite(g, bordered);
        int n = bordered.cols();
        Route route = Route.lu(LuFactorizations.isDense(n) ? Route.Algorithm.DENSE_LU : Route.Algorithm.SPARSE_LU,
                options.method(), fellBack, g.description().coordinates());
        LuFactorization lu = analysis.isPresent() && !LuFactorizations.isDense(n)
                ? LuFactorizations.sparse(bordered, analysis.get()) : LuFactorizations.of(bordered);
        if (lu == null) {
            return KernelEvidence.degenerate(g, Kernel.Evidence.SINGULAR_FACTORIZATION, Double.POSITIVE_INFINITY, options,
                    route, cost(g, bordered, 0, Double.POSITIVE_INFINITY, t0));
        }
        long fill = lu.factorNonzeros();
        // The condition estimate (some five solves) and the solve with its certification (the state's
        // eigenvalues, the residual) are independent: a large system runs them side by side.
        SideTask<Double> condition = SideTask.start(() -> lu.conditionEstimate(bordered),
                n >= CONCURRENT_CONDITION_UNKNOWNS, "steadfast-condition-estimate");
        S state = null;
        Certificate certificate = null;
        RuntimeException failure = null;
        try {
            double[] rhs = new double[n];
            rhs[g.traceRow()] = 1;
            state = g.state(lu.solve(rhs));
            certificate = Certification.certify(g, state, options, 1.0, bordered.norm1(), Double.NaN);
        } catch (RuntimeException e) {
            failure = e;
        }
        double cond = condition.await("the condition estimate of the LU factorisation");
        if (!(cond < options.singularConditionThreshold())) {
            return KernelEvidence.degenerate(g, Kernel.Evidence.ILL_CONDITIONED, cond, options, route,
                    cost(g, bordered, fill, cond, t0));
        }
        if (failure != null) {
            throw failure;
        }
        Certificate c = Certification.withCondition(certificate, cond);
        return new SteadyState.Unique<>(state, c, route, g.symmetry(), cost(g, bordered, fill, cond, t0));
    }

    /**
     * From this many unknowns the condition estimate runs on its own thread beside the solve and
     * certification (below, a thread costs more than the solves it overlaps).
     */
    static final int CONCURRENT_CONDITION_UNKNOWNS = 5_000;

    static Cost cost(Generator<?> g, RealCsc m, long fill, double cond, long t0) {
        return new Cost(g.hilbertDimension(), m.cols(), m.nnz(), fill, cond, (System.nanoTime() - t0) * 1e-9);
    }
}
