package dev.steadfast.model.build;

/**
 * A measure checked and bound to one model instance: a real number of a state, S being
 * {@link dev.steadfast.state.DensityMatrix} for an ordinary model and
 * {@link dev.steadfast.ensemble.EnsembleState} for an ensemble model.
 */
@FunctionalInterface
public interface CompiledMeasure<S> {
    double apply(S state);
}
