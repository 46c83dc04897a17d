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

    /**
     * The residual is within the tolerance, but another computed eigenvalue of the same block, at
     * distance {@code uncertainty}, has (nearly) the same eigenvector: the eigenvalue is (nearly)
     * defective, a Jordan block split by rounding into a cluster of about {@code eps^(1/m)} (a small
     * residual does not bound the error of such an eigenvalue). The true eigenvalue is within about
     * {@code uncertainty} of the reported one.
     */
    record IllConditioned(double residual, double tolerance, double uncertainty) implements Accuracy {
    }

    static Accuracy of(double residual, double tolerance) {
        return residual <= tolerance ? new Converged(residual, tolerance) : new Unconverged(residual, tolerance);
    }
}
