package dev.steadfast.model;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStateDiagnostics;
import java.util.LinkedHashMap;

/**
 * The steady state of a model at one parameter point, as {@link ModelInstance#solve} returns it,
 * the same shape for ordinary and ensemble models.
 *
 * @param diagnostics   how the steady state was obtained and whether it is unique (from the core
 *                      solver or the ensemble solver)
 * @param measures      every measure of the model by name, in file order; empty when the steady
 *                      state is not unique
 * @param rho           the steady state of an ordinary model; null for an ensemble model or when
 *                      the steady state is not unique
 * @param ensembleState the steady state of an ensemble model (its Dicke-basis sector blocks);
 *                      null for an ordinary model or when the steady state is not unique
 */
public record SolvedPoint(SteadyStateDiagnostics diagnostics, LinkedHashMap<String, Double> measures, DensityMatrix rho,
                          EnsembleState ensembleState) {

    /** Whether the steady state is unique (then the measures are filled in). */
    public boolean isUnique() {
        return diagnostics.unique();
    }
}
