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
        double cond = lu == null ? Double.POSITIVE_INFINITY : lu.conditionEstimate(bordered);
        long fill = lu == null ? 0 : lu.factorNonzeros();
        if (lu == null || !(cond < options.singularConditionThreshold())) {
            Kernel.Evidence e = lu == null ? Kernel.Evidence.SINGULAR_FACTORIZATION : Kernel.Evidence.ILL_CONDITIONED;
            return KernelEvidence.degenerate(g, e, cond, options, route, cost(g, bordered, fill, cond, t0));
        }
        double[] rhs = new double[n];
        rhs[g.traceRow()] = 1;
        S state = g.state(lu.solve(rhs));
        Certificate c = Certification.certify(g, state, options, 1.0, bordered.norm1(), cond);
        return new SteadyState.Unique<>(state, c, route, g.symmetry(), cost(g, bordered, fill, cond, t0));
    }

    static Cost cost(Generator<?> g, RealCsc m, long fill, double cond, long t0) {
        return new Cost(g.hilbertDimension(), m.cols(), m.nnz(), fill, cond, (System.nanoTime() - t0) * 1e-9);
    }
}
