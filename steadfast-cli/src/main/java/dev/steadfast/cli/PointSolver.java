package dev.steadfast.cli;

import dev.steadfast.model.Model;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.model.SolvedPoint;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.Map;

/**
 * Solves a model at one parameter point with the library: instantiate, steady state, measures.
 * Shared by {@code steady} and {@code sweep}; it holds no physics of its own.
 */
public final class PointSolver {
    private PointSolver() {
    }

    /**
     * Solves {@code model} with the given parameter overrides.
     *
     * @throws ModelException        bad input (unknown parameter, invalid model at this point,
     *                               a Hilbert space too large to fit in memory)
     * @throws SteadyStateException  numerical failure (including running out of memory)
     */
    public static PointResult solve(Model model, Map<String, Double> overrides) throws ModelException {
        return solve(model, overrides, SteadyStateOptions.defaults());
    }

    /** As {@link #solve(Model, Map)}, with the solver options (route) given. */
    public static PointResult solve(Model model, Map<String, Double> overrides, SteadyStateOptions options)
            throws ModelException {
        model.requireFits(overrides);
        return solve(model.instantiate(overrides), options);
    }

    /**
     * Solves an instance through {@link ModelInstance#solve}: the one steady-state pipeline on the
     * generator of the model's kind (Lindblad, ensemble or Bloch–Redfield).
     */
    public static PointResult solve(ModelInstance instance) throws ModelException {
        return solve(instance, SteadyStateOptions.defaults());
    }

    /** As {@link #solve(ModelInstance)}, with the solver options (route) given. */
    public static PointResult solve(ModelInstance instance, SteadyStateOptions options) throws ModelException {
        SolvedPoint p;
        try {
            p = instance.solve(options);
        } catch (OutOfMemoryError e) {
            throw new SteadyStateException("ran out of memory while solving for the steady state ("
                    + "raise the heap with JAVA_OPTS=-Xmx...)");
        }
        return new PointResult(instance.parameters(), p.isUnique() ? p.measures() : null, p.steadyState(), p.convergence());
    }
}
