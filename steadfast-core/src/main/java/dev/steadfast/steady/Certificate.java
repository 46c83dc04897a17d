package dev.steadfast.steady;

import dev.steadfast.liouville.Positivity;

/**
 * The evidence that a state is the steady state: every check it passed, with the tolerance used.
 *
 * @param residual         Frobenius norm of the generator applied to the state, by its matrix-free
 *                         action (a route independent of the matrix the solver used)
 * @param tolerance        the residual bound it met: {@code relativeResidualTolerance * scale}
 * @param scale            {@code max(1, ||M||_1)}, the generator's scale
 * @param trace            Tr rho
 * @param hermiticityError largest |rho_ij - conj(rho_ji)|
 * @param minEigenvalue    smallest eigenvalue of rho
 * @param positivity       whether positivity was enforced or (Bloch–Redfield, HEOM) only reported
 */
public record Certificate(double residual, double tolerance, double scale, double trace, double hermiticityError,
                          double minEigenvalue, Positivity positivity) {

    /** Whether the smallest eigenvalue is at least {@code -tolerance}. */
    public boolean isPositive(double tolerance) {
        return minEigenvalue >= -tolerance;
    }

    /** A remark for people when positivity was not enforced; otherwise empty. */
    public String remark() {
        if (positivity == Positivity.ENFORCED) {
            return "";
        }
        return minEigenvalue < -1e-12
                ? String.format("NOT positive: smallest eigenvalue %.3g (Bloch-Redfield and truncated HEOM are not "
                        + "completely positive; reported, not enforced)", minEigenvalue)
                : "positivity is reported, not enforced (Bloch-Redfield and truncated HEOM are not completely positive); "
                        + "the state here is positive";
    }
}
