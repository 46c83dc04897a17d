package dev.steadfast.model;

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

    /** The largest change over all measures (NaN when there are none). */
    public double maxChange() {
        return change.values().stream().mapToDouble(Math::abs).max().orElse(Double.NaN);
    }
}
