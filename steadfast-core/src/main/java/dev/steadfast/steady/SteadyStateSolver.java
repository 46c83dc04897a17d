package dev.steadfast.steady;

import dev.steadfast.system.OpenSystem;

/**
 * Computes the steady state {@code L(rho) = 0, Tr rho = 1} of an open system.
 *
 * <p>Contract: a returned unique state has passed the residual, trace and positivity checks; a
 * failed check throws {@link SteadyStateException}; a kernel of dimension > 1 is reported
 * through {@link SteadyState#isUnique()} = false, never as one arbitrary member.
 */
public interface SteadyStateSolver {
    SteadyState solve(OpenSystem system);
}
