package dev.steadfast.model.build;

import dev.steadfast.state.DensityMatrix;

/** A measure checked and bound to one model instance: a real number of a state. */
@FunctionalInterface
public interface CompiledMeasure {
    double apply(DensityMatrix rho);
}
