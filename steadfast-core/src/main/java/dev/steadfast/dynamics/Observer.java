package dev.steadfast.dynamics;

import dev.steadfast.state.DensityMatrix;

/**
 * Evaluates measures of the state at each output time, so that long runs on large spaces need not
 * keep every state. The state passed in is a fresh copy the observer may keep.
 */
@FunctionalInterface
public interface Observer {
    double[] observe(double time, DensityMatrix rho);
}
