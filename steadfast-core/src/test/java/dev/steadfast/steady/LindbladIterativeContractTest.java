package dev.steadfast.steady;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** Lindblad generators, GMRES with the secular preconditioner. */
class LindbladIterativeContractTest extends SteadyStateSolverContract<DensityMatrix> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.ITERATIVE).withSymmetry(true);
    }

    @Override
    double tolerance() { return 1e-11; }

    @Override
    List<? extends UniqueProblem<DensityMatrix>> uniqueProblems() { return AnalyticProblems.lindbladUnique(); }

    @Override
    List<? extends DegenerateProblem<DensityMatrix>> degenerateProblems() {
        return List.of(new AnalyticProblems.CollectiveDecayPair());
    }
}
