package dev.steadfast.steady;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** Lindblad generators, LU, in all d² coordinates. */
class LindbladDirectFullContractTest extends SteadyStateSolverContract<DensityMatrix> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT).withSymmetry(false);
    }

    @Override
    double tolerance() { return 1e-12; }

    @Override
    List<? extends UniqueProblem<DensityMatrix>> uniqueProblems() { return AnalyticProblems.lindbladUnique(); }

    @Override
    List<? extends DegenerateProblem<DensityMatrix>> degenerateProblems() {
        return List.of(new AnalyticProblems.CollectiveDecayPair());
    }
}
