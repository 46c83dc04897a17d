package dev.steadfast.spectrum;

/**
 * How well a computed eigenpair {@code (lambda, v)} of the real generator M satisfies
 * {@code M v = lambda v}: the true relative residual {@code ||M v - lambda v||_2 / (||M||_1 ||v||_2)}
 * (v the complex eigenvector in the real coordinates), computed from v after the eigensolver
 * finished, never an estimate. The eigenvalue error is at most about this residual times
 * {@code ||M||_1} times the eigenvalue's condition number.
 */
public sealed interface Accuracy {

    /** The true relative residual. */
    double residual();

    /** The residual is within the requested tolerance. */
    record Converged(double residual, double tolerance) implements Accuracy {
    }

    /** The eigensolver stopped (restart limit) with this pair's residual above the tolerance. */
    record Unconverged(double residual, double tolerance) implements Accuracy {
    }

    static Accuracy of(double residual, double tolerance) {
        return residual <= tolerance ? new Converged(residual, tolerance) : new Unconverged(residual, tolerance);
    }
}
