package dev.steadfast.ensemble;

import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.RealCsc;
import java.util.function.BiFunction;

/**
 * Time evolution of a permutation-invariant ensemble: {@code d sigma/dt = L(sigma)} in the real
 * coordinates of the Dicke-ladder blocks (all {@code C(N+3, 3)} of them), with the automatic route
 * of {@link Evolution#evolveCoordinates} (dense exponential, Runge–Kutta or Krylov exponential).
 * The observer sees the state at each output time as an {@link EnsembleState}.
 */
public final class EnsembleEvolution {
    private EnsembleEvolution() {
    }

    public static EvolutionResult observe(EnsembleSystem system, EnsembleState initial, double[] times,
                                          EvolutionOptions options, BiFunction<Double, EnsembleState, double[]> observer) {
        DickeLadders ladders = system.ladders();
        if (initial.members() != ladders.members()) {
            throw new IllegalArgumentException("an initial state of " + initial.members() + " members for an ensemble of "
                    + ladders.members());
        }
        EnsembleCoordinates coords = EnsembleCoordinates.full(ladders);
        RealCsc m = new EnsembleAssembler(EnsembleLiouvillian.of(system), coords).assemble(-1);
        CMatrix[] blocks = new CMatrix[ladders.blocks()];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = initial.sectorBlock(b);
        }
        boolean[] diag = coords.diagonalMask();
        double[] trace = new double[diag.length];
        for (int c = 0; c < diag.length; c++) {
            trace[c] = diag[c] ? 1 : 0;
        }
        return Evolution.evolveCoordinates(m, coords.coordinates(blocks), trace, times, options,
                (t, x) -> observer.apply(t, new EnsembleState(ladders, coords.toBlocks(x))));
    }
}
