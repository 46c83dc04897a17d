package dev.steadfast.spectrum;

import dev.steadfast.liouville.Symmetry;
import dev.steadfast.steady.Certificate;

/**
 * The state {@code rho_inf = lim_{t->inf} exp(tL) rho0} reached from a given initial state, with
 * the evidence that it is right.
 *
 * @param state            rho_inf
 * @param kernelDimension  dimension of the steady-state manifold (in the coordinates used)
 * @param conservedValues  {@code Tr(J_k rho0)} for the biorthonormal conserved quantities J_k
 * @param certificate      the checks rho_inf passed (residual by the generator's matrix-free
 *                         action, trace equal to Tr rho0, Hermiticity, positivity)
 * @param method           how the kernels were computed
 * @param symmetry         the sector the computation used
 */
public record AsymptoticState<S>(S state, int kernelDimension, double[] conservedValues, Certificate certificate,
                                 String method, Symmetry symmetry) {

    public double residual() { return certificate.residual(); }

    public double trace() { return certificate.trace(); }

    public double hermiticityError() { return certificate.hermiticityError(); }

    public double minEigenvalue() { return certificate.minEigenvalue(); }
}
