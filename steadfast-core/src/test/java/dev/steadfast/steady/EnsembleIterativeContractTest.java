package dev.steadfast.steady;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import java.util.List;

/** Ensemble generators, GMRES with the coherence-order preconditioner. */
class EnsembleIterativeContractTest extends SteadyStateSolverContract<EnsembleState> {
    @Override
    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(SteadyStateMethod.ITERATIVE).withSymmetry(true);
    }

    @Override
    double tolerance() { return 1e-12; }

    @Override
    List<? extends UniqueProblem<EnsembleState>> uniqueProblems() {
        return List.of(new AnalyticProblems.DickeProductState(7, 1.0, 0.4),
                new AnalyticProblems.DickeProductState(30, 0.3, 0.9));
    }

    @Override
    List<? extends DegenerateProblem<EnsembleState>> degenerateProblems() {
        return List.of(new AnalyticProblems.CollectiveDicke(4),
                new AnalyticProblems.CollectiveDicke(7));
    }
}
