package dev.steadfast.steady;

/**
 * How a steady state was obtained and the evidence that it is right.
 *
 * @param unique           whether the steady state is unique (in the symmetry sector used)
 * @param kernelDimension  dimension of the kernel of L when known (1 if unique), -1 if unknown
 * @param residual         Frobenius norm of L(rho), computed by the matrix-free action (an
 *                         independent route from the assembled matrix the solver used)
 * @param trace            Tr rho
 * @param hermiticityError largest |rho_ij - conj(rho_ji)|
 * @param minEigenvalue    smallest eigenvalue of rho (>= 0 up to rounding for a valid state)
 * @param method           the solver route, e.g. "direct-sparse-lu (AMD, real Hermitian basis)"
 * @param symmetry         the symmetry used, or "none"
 * @param hilbertDimension dimension of the Hilbert space
 * @param dimension        number of unknowns actually solved for
 * @param nonzeros         nonzeros of the assembled generator
 * @param factorNonzeros   nonzeros of the factorisation (0 if none)
 * @param conditionEstimate estimated 1-norm condition number of the bordered generator
 * @param seconds          wall-clock time of the solve, assembly included
 * @param message          a human-readable remark (why not unique, etc.), or empty
 */
public record SteadyStateDiagnostics(
        boolean unique,
        int kernelDimension,
        double residual,
        double trace,
        double hermiticityError,
        double minEigenvalue,
        String method,
        String symmetry,
        long hilbertDimension,
        long dimension,
        long nonzeros,
        long factorNonzeros,
        double conditionEstimate,
        double seconds,
        String message) {
}
