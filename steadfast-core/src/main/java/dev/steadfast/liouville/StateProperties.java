package dev.steadfast.liouville;

/**
 * What certification needs to know of a candidate state.
 *
 * @param trace            Tr rho
 * @param hermiticityError largest |rho_ij - conj(rho_ji)|
 * @param minEigenvalue    smallest eigenvalue of rho
 * @param positivityMargin the smallest eigenvalue positivity is checked on: that of rho, or the
 *                         smaller one of a block that rho is a (degenerate) copy of, e.g. the
 *                         sector blocks {@code sigma_j = d_j rho_j} of an ensemble
 */
public record StateProperties(double trace, double hermiticityError, double minEigenvalue, double positivityMargin) {

    /** The properties of a density matrix on the full space (positivity checked on its own spectrum, block by block). */
    public static StateProperties of(dev.steadfast.state.DensityMatrix state) {
        dev.steadfast.linalg.CMatrix m = state.matrix();
        double min = dev.steadfast.state.StateChecks.minEigenvalue(m);
        return new StateProperties(m.traceRe(), m.hermiticityError(), min, min);
    }
}
