package dev.steadfast.global;

import dev.steadfast.state.DensityMatrix;

/**
 * A Bloch–Redfield steady state and its diagnostics.
 *
 * @param state             rho with {@code R(rho) = 0}, {@code Tr rho = 1}
 * @param residual          Frobenius norm of R(rho) by the dense action
 * @param trace             Tr rho
 * @param hermiticityError  largest |rho_ij - conj(rho_ji)|
 * @param minEigenvalue     smallest eigenvalue; may be slightly negative (Redfield is not CP), reported only
 * @param conditionEstimate estimated 1-norm condition number of the bordered generator
 * @param method            the route
 * @param seconds           wall-clock time
 */
public record RedfieldSteadyState(DensityMatrix state, double residual, double trace, double hermiticityError,
                                  double minEigenvalue, double conditionEstimate, String method, double seconds) {

    /** Whether the smallest eigenvalue is >= -tolerance. */
    public boolean isPositive(double tolerance) {
        return minEigenvalue >= -tolerance;
    }
}
