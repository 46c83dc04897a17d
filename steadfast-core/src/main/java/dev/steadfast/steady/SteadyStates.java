package dev.steadfast.steady;

import dev.steadfast.liouville.ChargeSymmetry;
import dev.steadfast.system.OpenSystem;
import java.util.Optional;

/**
 * Entry point: {@code SteadyStates.solve(system)} picks and configures a solver.
 *
 * <p>{@link SteadyStateMethod#AUTO}: the direct LU while the number of real unknowns (after
 * symmetry reduction) is at most {@link #DIRECT_LIMIT} — exact, with an exact uniqueness test and
 * the kernel dimension counted — and preconditioned GMRES above, where LU fill grows out of reach
 * (a boundary-driven 8-qubit chain has 12,870 unknowns and 26 million LU nonzeros; six driven
 * qubits without symmetry, 4,096 unknowns, take 15 s by LU and 0.15 s by GMRES). If the iterative route cannot
 * run (its preconditioner is singular) and the system is small enough, the direct route is used.
 */
public final class SteadyStates {
    /** Largest number of real unknowns solved by sparse LU under AUTO. */
    public static final long DIRECT_LIMIT = 1000;
    /** Largest number of real unknowns for which AUTO falls back to LU. */
    public static final long DIRECT_FALLBACK_LIMIT = 20000;

    private SteadyStates() {
    }

    public static SteadyState solve(OpenSystem system) {
        return solve(system, SteadyStateOptions.defaults());
    }

    public static SteadyState solve(OpenSystem system, SteadyStateOptions options) {
        return switch (options.method()) {
            case DIRECT -> new DirectSteadyStateSolver(options).solve(system);
            case ITERATIVE -> new IterativeSteadyStateSolver(options).solve(system);
            case AUTO -> auto(system, options);
        };
    }

    private static SteadyState auto(OpenSystem system, SteadyStateOptions options) {
        Optional<int[]> charge = options.useSymmetry() ? ChargeSymmetry.detect(system) : Optional.empty();
        long unknowns = unknowns(system.space().dimensionLong(), charge);
        if (unknowns <= DIRECT_LIMIT) {
            return new DirectSteadyStateSolver(options).solve(system, charge);
        }
        try {
            return new IterativeSteadyStateSolver(options).solve(system, charge);
        } catch (SteadyStateException e) {
            if (unknowns <= DIRECT_FALLBACK_LIMIT) {
                return new DirectSteadyStateSolver(options).solve(system, charge);
            }
            throw e;
        }
    }

    /** The number of real unknowns the solvers will work with (d^2, or the sector size). */
    public static long unknowns(OpenSystem system, SteadyStateOptions options) {
        return unknowns(system.space().dimensionLong(),
                options.useSymmetry() ? ChargeSymmetry.detect(system) : Optional.empty());
    }

    private static long unknowns(long d, Optional<int[]> charge) {
        if (charge.isEmpty()) {
            return d * d;
        }
        java.util.Map<Integer, Long> count = new java.util.HashMap<>();
        for (int v : charge.get()) {
            count.merge(v, 1L, Long::sum);
        }
        long n = 0;
        for (long c : count.values()) {
            n += c * c;
        }
        return n;
    }
}
