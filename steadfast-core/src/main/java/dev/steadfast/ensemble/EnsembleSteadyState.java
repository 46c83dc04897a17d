package dev.steadfast.ensemble;

import dev.steadfast.steady.NonUniqueSteadyStateException;
import dev.steadfast.steady.SteadyStateDiagnostics;

/**
 * The steady state of an ensemble and its diagnostics (the same record as every steady state),
 * shaped like {@link dev.steadfast.steady.SteadyState}: when the steady state is not unique
 * {@code state} is null, {@link #isUnique()} is false and {@link #rho()} throws
 * {@link NonUniqueSteadyStateException}; the solver never picks an arbitrary member.
 */
public record EnsembleSteadyState(EnsembleState state, SteadyStateDiagnostics diagnostics) {

    public boolean isUnique() {
        return diagnostics.unique();
    }

    /** The unique steady state; throws {@link NonUniqueSteadyStateException} when there is none. */
    public EnsembleState rho() {
        if (state == null) {
            throw new NonUniqueSteadyStateException(diagnostics);
        }
        return state;
    }
}
