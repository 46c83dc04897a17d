package dev.steadfast.steady;

/**
 * Options of the steady-state solvers.
 *
 * @param useSymmetry           use a detected conserved excitation number to solve only the
 *                              charge-neutral sector
 * @param relativeResidualTolerance accept when ||L rho|| <= tol * max(1, ||L||_1)
 * @param positivityTolerance   accept when the smallest eigenvalue of rho >= -tol
 * @param singularConditionThreshold a bordered generator whose estimated condition number
 *                              exceeds this is treated as singular (steady state not unique)
 */
public record SteadyStateOptions(boolean useSymmetry, double relativeResidualTolerance,
                                 double positivityTolerance, double singularConditionThreshold) {

    public static SteadyStateOptions defaults() {
        return new SteadyStateOptions(true, 1e-9, 1e-8, 1e12);
    }

    public SteadyStateOptions withSymmetry(boolean use) {
        return new SteadyStateOptions(use, relativeResidualTolerance, positivityTolerance, singularConditionThreshold);
    }
}
