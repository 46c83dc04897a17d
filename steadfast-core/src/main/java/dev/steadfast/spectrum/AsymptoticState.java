package dev.steadfast.spectrum;

import dev.steadfast.state.DensityMatrix;

/**
 * The state {@code rho_inf = lim_{t->inf} exp(tL) rho0} reached from a given initial state, with
 * the evidence that it is right.
 *
 * @param state            rho_inf
 * @param kernelDimension  dimension of the steady-state manifold (1: unique steady state)
 * @param conservedValues  {@code Tr(J_k rho0)} for the biorthonormal conserved quantities J_k
 * @param residual         Frobenius norm of {@code L(rho_inf)}, by the matrix-free action of L for
 *                         a Lindblad system (independent of the matrix whose kernel was taken)
 * @param trace            Tr rho_inf (equals Tr rho0: the identity is conserved)
 * @param hermiticityError largest |rho_ij - conj(rho_ji)|
 * @param minEigenvalue    smallest eigenvalue of rho_inf
 * @param method           how the kernels were computed
 */
public record AsymptoticState(DensityMatrix state, int kernelDimension, double[] conservedValues, double residual,
                              double trace, double hermiticityError, double minEigenvalue, String method) {
}
