package dev.steadfast.steady;

import dev.steadfast.ensemble.EnsembleGenerator;
import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;

/**
 * The one place a steady state is solved: {@link #solve(Generator, SteadyStateOptions)} for every
 * generator (Lindblad in full space or a charge sector, permutation-invariant ensembles,
 * Bloch–Redfield, and whatever implements {@link Generator} next), with one-line overloads for
 * the common systems.
 *
 * <p>Routes ({@link SteadyStateMethod}, the same meaning for every generator): DIRECT is the LU of
 * the bordered generator ({@link DirectRoute}); ITERATIVE is GMRES with the generator's
 * preconditioner and a uniqueness probe ({@link IterativeRoute}); AUTO takes the cheaper by
 * estimated cost ({@link RouteChoice}) and falls back to LU, up to
 * {@link SteadyStateOptions.Limits#fallbackUnknowns()} unknowns and a predicted
 * {@link SteadyStateOptions.Limits#fallbackFlops()}, when GMRES cannot run (a singular
 * preconditioner) or does not converge within the iterations the LU is predicted to cost
 * ({@link RouteChoice.Estimate#iterationBudget()}). Every unique state has passed {@link Certification}; a
 * degenerate kernel is a {@link SteadyState.NotUnique} result, never an exception and never one
 * arbitrary member.
 */
public final class SteadyStates {
    private SteadyStates() {
    }

    /** The steady state of any generator. */
    public static <S> SteadyState<S> solve(Generator<S> g, SteadyStateOptions options) {
        long t0 = System.nanoTime();
        return switch (options.method()) {
            case DIRECT -> DirectRoute.solve(g, g.bordered(), options, false, t0);
            case ITERATIVE -> IterativeRoute.solve(g, options, true, t0);
            case AUTO -> auto(g, options, t0);
        };
    }

    private static <S> SteadyState<S> auto(Generator<S> g, SteadyStateOptions options, long t0) {
        RealCsc bordered = g.bordered();
        RouteChoice.Estimate estimate = RouteChoice.choose(g, bordered);
        if (estimate.direct()) {
            return DirectRoute.solve(g, bordered, estimate.analysis(), options, false, t0);
        }
        try {
            return IterativeRoute.solve(g, options, false, estimate.iterationBudget(), t0);
        } catch (SteadyStateException e) {
            boolean mayFactorise = g.size() <= options.limits().fallbackUnknowns()
                    && estimate.directFlops() <= options.limits().fallbackFlops();
            if (e instanceof IterativeRoute.ProbeUnconverged p && !mayFactorise) {
                @SuppressWarnings("unchecked")
                SteadyState<S> verdict = (SteadyState<S>) p.verdict();
                return verdict;
            }
            if (e instanceof CertificationException || !mayFactorise) {
                throw e;
            }
            return DirectRoute.solve(g, bordered, estimate.analysis(), options, true, t0);
        }
    }

    /**
     * Refuses a matrix with entries that are not finite (each route checks the matrix it solves, so
     * no generator is assembled twice for the check).
     */
    static void requireFinite(Generator<?> g, RealCsc m) {
        if (!Double.isFinite(m.norm1())) {
            throw new SteadyStateException(g.description().generator() + " has entries that are not finite numbers "
                    + "(an overflowing rate, coupling or occupation); rescale the model");
        }
    }

    /** The steady state of a Lindblad system with the default options. */
    public static SteadyState<DensityMatrix> solve(OpenSystem system) {
        return solve(system, SteadyStateOptions.defaults());
    }

    /** The steady state of a Lindblad system (in its charge-neutral sector when one is conserved and symmetry is on). */
    public static SteadyState<DensityMatrix> solve(OpenSystem system, SteadyStateOptions options) {
        return solve(LindbladGenerator.of(system, options.useSymmetry()), options);
    }

    /** The steady state of a permutation-invariant ensemble with the default options. */
    public static SteadyState<EnsembleState> solve(EnsembleSystem system) {
        return solve(system, SteadyStateOptions.defaults());
    }

    /** The steady state of a permutation-invariant ensemble on its Dicke ladders. */
    public static SteadyState<EnsembleState> solve(EnsembleSystem system, SteadyStateOptions options) {
        return solve(EnsembleGenerator.of(system, options.useSymmetry()), options);
    }
}
