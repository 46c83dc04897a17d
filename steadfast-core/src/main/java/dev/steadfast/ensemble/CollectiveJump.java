package dev.steadfast.ensemble;

import dev.steadfast.system.InvalidSystemException;

/**
 * A collective Lindblad channel {@code rate (C ρ C† - ½{C†C, ρ})} with C a polynomial in the
 * collective operators, e.g. {@code jm} at rate γ_CE for superradiant emission.
 *
 * @param name label used in messages
 * @param op   the collective jump operator C
 * @param rate the rate, finite and {@code >= 0}
 */
public record CollectiveJump(String name, CollectiveOperator op, double rate) {
    public CollectiveJump {
        if (name == null || op == null) {
            throw new InvalidSystemException(name, "a collective jump needs a name and an operator");
        }
        EnsembleSystem.requireRate(name, rate);
    }
}
