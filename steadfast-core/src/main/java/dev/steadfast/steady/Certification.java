package dev.steadfast.steady;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Liouvillian;
import dev.steadfast.state.DensityMatrix;

/**
 * The checks every unique steady state must pass before it is returned: trace 1, Hermitian,
 * positive semidefinite, and annihilated by L. The residual is computed by the matrix-free
 * action of L, a route independent of the matrix the solver factorised.
 */
final class Certification {
    private Certification() {
    }

    static SteadyState certify(Liouvillian l, DensityMatrix state, SteadyStateOptions options, String method,
                               String symmetry, long unknowns, long nonzeros, long factorNonzeros, double cond, long t0) {
        CMatrix rho = state.matrix();
        double trace = rho.traceRe();
        double herm = rho.hermiticityError();
        double residual = l.apply(rho).frobeniusNorm();
        double scale = Math.max(1.0, generatorScale(l));
        double minEig = StateChecks.minEigenvalue(rho);
        if (!(Math.abs(trace - 1) < 1e-8)) {
            throw new SteadyStateException("steady state has trace " + trace + " instead of 1");
        }
        if (!(residual <= options.relativeResidualTolerance() * scale)) {
            throw new SteadyStateException(String.format("steady-state residual ||L rho|| = %.3g exceeds %.3g",
                    residual, options.relativeResidualTolerance() * scale));
        }
        if (!(minEig >= -options.positivityTolerance())) {
            throw new SteadyStateException(String.format("steady state is not positive: smallest eigenvalue %.3g", minEig));
        }
        SteadyStateDiagnostics diag = new SteadyStateDiagnostics(true, 1, residual, trace, herm, minEig, method, symmetry,
                l.hilbertDimension(), unknowns, nonzeros, factorNonzeros, cond, DirectSteadyStateSolver.seconds(t0), "");
        return new SteadyState(state, diag);
    }

    /** A cheap upper scale of ||L||: twice the largest |K_ij| plus the sum of squared jump norms. */
    static double generatorScale(Liouvillian l) {
        double s = 2 * l.effectiveHamiltonian().maxAbs() * Math.sqrt(l.hilbertDimension());
        for (var j : l.scaledJumps()) {
            double m = j.maxAbs();
            s += m * m * l.hilbertDimension();
        }
        return s;
    }
}
