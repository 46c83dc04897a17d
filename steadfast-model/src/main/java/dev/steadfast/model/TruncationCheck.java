package dev.steadfast.model;

import dev.steadfast.steady.SteadyState;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.steady.SteadyStateOptions;
import dev.steadfast.steady.SteadyStates;
import java.util.LinkedHashMap;

/**
 * The model's measures at a coarser truncation ({@link Truncation}), next to the requested one.
 *
 * @param label    the coarser truncation, e.g. "depth 3"
 * @param measures every measure, in file order, on the coarser steady state; empty when it has none
 * @param change   per measure, |value − value at the requested truncation|
 * @param problem  why there are no measures (not unique, solver failure), or empty
 */
public record TruncationCheck(String label, LinkedHashMap<String, Double> measures, LinkedHashMap<String, Double> change,
                              String problem) {

    /** The model's measures on a state of its kind. */
    @FunctionalInterface
    public interface Measures<S> {
        LinkedHashMap<String, Double> of(S state) throws ModelException;
    }

    /**
     * Solves a coarser truncation and compares its measures with {@code at}, those of the requested
     * one; a solver failure or a non-unique state there is reported in {@link #problem()}, not thrown.
     */
    public static <S> TruncationCheck of(Truncation<S> t, Measures<S> measures, LinkedHashMap<String, Double> at,
                                         SteadyStateOptions options) throws ModelException {
        SteadyState<S> coarse;
        try {
            coarse = SteadyStates.solve(t.generator(), options);
        } catch (SteadyStateException e) {
            return new TruncationCheck(t.label(), new LinkedHashMap<>(), new LinkedHashMap<>(), e.getMessage());
        }
        if (!(coarse instanceof SteadyState.Unique<S> u)) {
            return new TruncationCheck(t.label(), new LinkedHashMap<>(), new LinkedHashMap<>(), "steady state not unique");
        }
        LinkedHashMap<String, Double> m = measures.of(u.state());
        LinkedHashMap<String, Double> change = new LinkedHashMap<>();
        m.forEach((name, v) -> change.put(name, Math.abs(v - at.get(name))));
        return new TruncationCheck(t.label(), m, change, "");
    }

    /** The largest change over all measures (NaN when there are none). */
    public double maxChange() {
        return change.values().stream().mapToDouble(Math::abs).max().orElse(Double.NaN);
    }
}
