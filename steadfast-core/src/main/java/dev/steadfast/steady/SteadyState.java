package dev.steadfast.steady;

import dev.steadfast.state.DensityMatrix;

/**
 * The result of a steady-state computation: the state and its diagnostics. When the steady
 * state is not unique there is no state (the solver never picks an arbitrary member):
 * {@link #isUnique()} is false, {@link #rho()} throws, and the diagnostics say why.
 */
public record SteadyState(DensityMatrix state, SteadyStateDiagnostics diagnostics) {

    public boolean isUnique() {
        return diagnostics.unique();
    }

    /** The unique steady state; throws {@link NonUniqueSteadyStateException} when there is none. */
    public DensityMatrix rho() {
        if (state == null) {
            throw new NonUniqueSteadyStateException(diagnostics);
        }
        return state;
    }
}
