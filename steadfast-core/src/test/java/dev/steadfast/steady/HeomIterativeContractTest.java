package dev.steadfast.steady;

import dev.steadfast.heom.HeomState;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** The HEOM generator, route ITERATIVE (no symmetry; positivity of the reduced state reported, not enforced). */
class HeomIterativeContractTest extends SteadyStateSolverContract<HeomState> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.ITERATIVE);
    }

    @Override
    double tolerance() { return 1e-10; }

    @Override
    List<? extends UniqueProblem<HeomState>> uniqueProblems() {
        return List.of(new HeomProblems.DecayUnderStrongDephasing(1.0, 0.5, 0.3, 0.1, 3),
                new HeomProblems.DecayUnderStrongDephasing(2.0, 0.05, 1.0, 0.01, 5));
    }

    @Override
    List<? extends DegenerateProblem<HeomState>> degenerateProblems() {
        return List.of(new HeomProblems.PureDephasing(1.0, 0.2, 0.5, 3));
    }
}
