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
        model.requireFits(overrides);
        ModelInstance instance = model.instantiate(overrides);
        SolvedPoint point;
        try {
            point = instance.solve(SteadyStateOptions.defaults());
        } catch (OutOfMemoryError e) {
            throw new SteadyStateException("ran out of memory while solving for the steady state ("
                    + "raise the heap with JAVA_OPTS=-Xmx...)");
        }
        return new PointResult(instance.parameters(), point.isUnique() ? point.measures() : null, point.diagnostics());
    }

    /**
     * Refuses, before anything is allocated, a model that cannot fit in this JVM (the model
     * module's estimate: Dicke-basis unknowns for an ensemble, the Hilbert dimension otherwise).
     */
    public static void requireFits(Model model, Map<String, Double> overrides) throws ModelException {
        model.requireFits(overrides);
    }
}
