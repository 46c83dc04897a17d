package dev.steadfast.steady;

/**
 * Options of the steady-state solvers (immutable; use the {@code with...} methods).
 *
 * @param useSymmetry           use a detected conserved excitation number to solve only the
 *                              charge-neutral sector
 * @param relativeResidualTolerance accept when ||L rho|| <= tol * max(1, ||L||)
 * @param positivityTolerance   accept when the smallest eigenvalue of rho >= -tol
 * @param singularConditionThreshold a bordered generator whose estimated condition number
 *                              exceeds this is treated as singular (steady state not unique)
 * @param method                which route: {@link SteadyStateMethod#AUTO} chooses by size
 */
public record SteadyStateOptions(boolean useSymmetry, double relativeResidualTolerance,
                                 double positivityTolerance, double singularConditionThreshold,
                                 SteadyStateMethod method) {

    public static SteadyStateOptions defaults() {
        return new SteadyStateOptions(true, 1e-9, 1e-8, 1e12, SteadyStateMethod.AUTO);
    }

    public SteadyStateOptions withSymmetry(boolean use) {
        return new SteadyStateOptions(use, relativeResidualTolerance, positivityTolerance, singularConditionThreshold, method);
    }

    public SteadyStateOptions withMethod(SteadyStateMethod m) {
        return new SteadyStateOptions(useSymmetry, relativeResidualTolerance, positivityTolerance, singularConditionThreshold, m);
    }
}
