package dev.steadfast.steady;

import dev.steadfast.system.OpenSystem;

/** Entry point: {@code SteadyStates.solve(system)} picks and configures a solver. */
public final class SteadyStates {
    private SteadyStates() {
    }

    public static SteadyState solve(OpenSystem system) {
        return solve(system, SteadyStateOptions.defaults());
    }

    public static SteadyState solve(OpenSystem system, SteadyStateOptions options) {
        return new DirectSteadyStateSolver(options).solve(system);
    }
}
