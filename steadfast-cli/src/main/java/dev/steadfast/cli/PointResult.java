package dev.steadfast.cli;

import dev.steadfast.steady.SteadyState;
import java.util.Map;

/**
 * A model solved at one parameter point.
 *
 * @param parameters  every parameter's value at the point, in file order
 * @param measures    measure name → value in file order; null when the steady state is not unique
 * @param steadyState the pipeline's typed result
 * @param convergence the measures at coarser truncations (hierarchies), empty for other kinds
 */
public record PointResult(Map<String, Double> parameters, Map<String, Double> measures, SteadyState<?> steadyState,
                          java.util.List<dev.steadfast.model.TruncationCheck> convergence) {

    /** A point without truncation checks. */
    public PointResult(Map<String, Double> parameters, Map<String, Double> measures, SteadyState<?> steadyState) {
        this(parameters, measures, steadyState, java.util.List.of());
    }

    /** Negative zeros (a rounding artefact, e.g. -0.0 from 0 * -1) are reported as 0. */
    public PointResult {
        if (measures != null) {
            java.util.LinkedHashMap<String, Double> clean = new java.util.LinkedHashMap<>();
            measures.forEach((k, v) -> clean.put(k, v == null ? null : v + 0.0));
            measures = clean;
        }
    }

    public boolean unique() {
        return steadyState.isUnique();
    }

    /** Why the steady state is not unique, with the kernel dimension when known (display). */
    public String nonUniqueMessage() {
        return steadyState.describe();
    }
}
