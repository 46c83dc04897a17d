package dev.steadfast.model;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyState;
import java.util.LinkedHashMap;

/**
 * The steady state of a model at one parameter point, as {@link ModelInstance#solve} returns it,
 * the same shape for every kind of model.
 *
 * @param steadyState the pipeline's typed result (unique with its certificate, or not unique)
 * @param measures    every measure of the model by name, in file order; empty when the steady
 *                    state is not unique
 * @param convergence the measures at coarser truncations of the generator
 *                    ({@link ModelSystem#coarserTruncations()}), empty for kinds without truncation
 */
public record SolvedPoint(SteadyState<?> steadyState, LinkedHashMap<String, Double> measures,
                          java.util.List<TruncationCheck> convergence) {

    /** A point of a kind without truncation. */
    public SolvedPoint(SteadyState<?> steadyState, LinkedHashMap<String, Double> measures) {
        this(steadyState, measures, java.util.List.of());
    }

    /** Whether the steady state is unique (then the measures are filled in). */
    public boolean isUnique() {
        return steadyState.isUnique();
    }

    /** The unique steady state of a full-space model; null when it is not unique or the model is an ensemble. */
    public DensityMatrix rho() {
        return as(DensityMatrix.class);
    }

    /** The unique steady state of an ensemble model (its Dicke-basis sector blocks); null otherwise. */
    public EnsembleState ensembleState() {
        return as(EnsembleState.class);
    }

    /** The unique steady state of a Gaussian model (means and covariance); null otherwise. */
    public dev.steadfast.gaussian.GaussianState gaussianState() {
        return as(dev.steadfast.gaussian.GaussianState.class);
    }

    private <T> T as(Class<T> type) {
        return steadyState.uniqueState().filter(type::isInstance).map(type::cast).orElse(null);
    }
}
