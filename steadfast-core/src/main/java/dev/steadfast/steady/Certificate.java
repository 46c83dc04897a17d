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
 * @param errorEstimate    an estimate (not a bound) of the error of the state's coordinates relative
 *                         to their size: the condition estimate of the matrix solved times the
 *                         relative residual (at least the unit roundoff); NaN when no condition
 *                         estimate is known. A state can
 *                         pass every check and still be this far from the exact steady state, e.g.
 *                         near a degenerate gap
 */
public record Certificate(double residual, double tolerance, double scale, double trace, double hermiticityError,
                          double minEigenvalue, Positivity positivity, double errorEstimate) {

    /** Whether the smallest eigenvalue is at least {@code -tolerance}. */
    public boolean isPositive(double tolerance) {
        return minEigenvalue >= -tolerance;
    }

    /** Above this estimated relative error the certificate's remark warns about conditioning. */
    private static final double SENSITIVE = 1e-6;

    /** A remark for people: positivity not enforced, or a state sensitive to rounding; otherwise empty. */
    public String remark() {
        String sensitivity = errorEstimate > SENSITIVE
                ? String.format("ill-conditioned: the estimated error of the state is %.1g of its size (close to a "
                        + "degenerate steady state)", errorEstimate) : "";
        if (positivity == Positivity.ENFORCED) {
            return sensitivity;
        }
        String positivityRemark = positivityRemark();
        return sensitivity.isEmpty() ? positivityRemark : positivityRemark + "; " + sensitivity;
    }

    private String positivityRemark() {
        return minEigenvalue < -1e-12
                ? String.format("NOT positive: smallest eigenvalue %.3g (Bloch-Redfield and truncated HEOM are not "
                        + "completely positive; reported, not enforced)", minEigenvalue)
                : "positivity is reported, not enforced (Bloch-Redfield and truncated HEOM are not completely positive); "
                        + "the state here is positive";
    }
}
