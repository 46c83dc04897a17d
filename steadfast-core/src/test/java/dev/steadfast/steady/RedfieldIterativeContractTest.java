package dev.steadfast.steady;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** Bloch–Redfield generators, GMRES without a preconditioner (Redfield has none). */
class RedfieldIterativeContractTest extends SteadyStateSolverContract<DensityMatrix> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.ITERATIVE).withSymmetry(false);
    }

    @Override
    double tolerance() { return 1e-12; }

    @Override
    List<? extends UniqueProblem<DensityMatrix>> uniqueProblems() {
        return List.of(new AnalyticProblems.RedfieldGibbsQubit(1.2, 0.6, 0.1),
                new AnalyticProblems.RedfieldGibbsQubit(1.0, 0.0, 0.3));
    }

    @Override
    List<? extends DegenerateProblem<DensityMatrix>> degenerateProblems() {
        return List.of(new AnalyticProblems.RedfieldDarkPair(1.0, 0.5, 0.1));
    }
}
