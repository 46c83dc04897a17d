package dev.steadfast.cli;

import dev.steadfast.steady.SteadyStateDiagnostics;
import java.util.Map;

/**
 * A model solved at one parameter point.
 *
 * @param parameters  every parameter's value at the point, in file order
 * @param measures    measure name → value in file order; null when the steady state is not unique
 * @param diagnostics the solver's diagnostics
 */
public record PointResult(Map<String, Double> parameters, Map<String, Double> measures,
                          SteadyStateDiagnostics diagnostics) {

    /** Negative zeros (a rounding artefact, e.g. -0.0 from 0 * -1) are reported as 0. */
    public PointResult {
        if (measures != null) {
            java.util.LinkedHashMap<String, Double> clean = new java.util.LinkedHashMap<>();
            measures.forEach((k, v) -> clean.put(k, v == null ? null : v + 0.0));
            measures = clean;
        }
    }

    public boolean unique() {
        return diagnostics.unique();
    }

    /** Why the steady state is not unique, with the kernel dimension when known. */
    public String nonUniqueMessage() {
        String m = diagnostics.message() == null ? "" : diagnostics.message();
        if (m.isEmpty()) {
            m = "the steady state is not unique";
        }
        int k = diagnostics.kernelDimension();
        boolean stated = m.contains("kernel dimension") || m.contains("kernel of dimension") || m.contains(k + "-dimensional");
        return k > 1 && !stated ? m + " (kernel dimension " + k + ")" : m;
    }
}
