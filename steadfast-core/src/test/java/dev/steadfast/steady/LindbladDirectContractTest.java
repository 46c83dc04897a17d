package dev.steadfast.steady;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** Lindblad generators, LU, in the charge-neutral sector where there is one. */
class LindbladDirectContractTest extends SteadyStateSolverContract<DensityMatrix> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT).withSymmetry(true);
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
