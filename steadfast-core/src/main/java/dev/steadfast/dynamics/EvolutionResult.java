package dev.steadfast.dynamics;

import dev.steadfast.state.DensityMatrix;
import java.util.List;

/**
 * The outcome of {@link Evolution}: {@code rho(t_i) = exp(t_i L) rho0} at the requested times.
 *
 * @param times             the output times
 * @param states            {@code rho(t_i)}, or empty when an {@link Observer} was used
 * @param values            the observer's values per time (row i for t_i), or empty
 * @param method            the route actually taken (never AUTO)
 * @param reason            why AUTO took it (or "requested")
 * @param steps             accepted integration steps (dense route: output times)
 * @param applications      products with the generator (dense route: exponentials computed)
 * @param tolerance         the local error tolerance in force (0 for the dense route: exact)
 * @param maxTraceDeviation largest |Tr rho(t_i) - Tr rho0| over the outputs, a cheap sanity check
 * @param seconds           wall-clock time
 */
public record EvolutionResult(double[] times, List<DensityMatrix> states, double[][] values, EvolutionMethod method,
                              String reason, long steps, long applications, double tolerance,
                              double maxTraceDeviation, double seconds) {

    /** The state at output index i (throws when an observer was used instead). */
    public DensityMatrix state(int i) {
        if (states.isEmpty()) {
            throw new IllegalStateException("states were not stored: an observer was used");
        }
        return states.get(i);
    }

    /** Column k of the observed values, one entry per time. */
    public double[] series(int k) {
        double[] s = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = values[i][k];
        }
        return s;
    }
}
