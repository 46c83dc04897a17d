package dev.steadfast.linalg;

/**
 * The outcome of an iterative solve.
 *
 * @param x                 the last iterate
 * @param iterations        matrix-vector products used
 * @param relativeResidual  ||b - A x|| / ||b|| of the last iterate (true residual, recomputed)
 * @param converged         whether the requested tolerance was reached
 */
public record KrylovResult(double[] x, int iterations, double relativeResidual, boolean converged) {
}
