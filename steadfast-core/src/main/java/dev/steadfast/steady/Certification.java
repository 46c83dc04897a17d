package dev.steadfast.steady;

import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.StateProperties;

/**
 * The checks every steady state must pass before it is returned, for every generator: trace,
 * Hermiticity, positivity (unless the generator's theory does not guarantee it) and a residual
 * {@code ||G rho||} computed by the generator's matrix-free action, a route independent of the
 * matrix the solver factorised. The residual bound is
 * {@code relativeResidual * max(1, ||M||_1)} with M the matrix the route solved.
 */
public final class Certification {
    /** The relative residual rounding alone leaves: the error estimate never assumes less. */
    private static final double ROUNDING = 0x1.0p-52;

    private Certification() {
    }

    /**
     * The estimated relative error of a state: the condition estimate times the relative residual,
     * never below the unit roundoff's share (NaN when the condition is unknown).
     */
    static double errorEstimate(double condition, double residual, double scale) {
        return condition * Math.max(residual / scale, ROUNDING);
    }

    /** {@code c} with the error estimate of a condition estimate that was computed alongside it. */
    static Certificate withCondition(Certificate c, double condition) {
        return new Certificate(c.residual(), c.tolerance(), c.scale(), c.trace(), c.hermiticityError(), c.minEigenvalue(),
                c.positivity(), errorEstimate(condition, c.residual(), c.scale()));
    }

    /**
     * Certifies a candidate steady state of unit trace against the generator's own matrix.
     *
     * @throws CertificationException naming the first failed check
     */
    public static <S> Certificate certify(Generator<S> g, S candidate, SteadyStateOptions options) {
        return certify(g, candidate, options, 1.0, g.matrix().norm1(), Double.NaN);
    }

    /**
     * Certifies a candidate whose trace must be {@code expectedTrace} (the state reached from an
     * initial state of that trace), against the generator's own matrix.
     *
     * @throws CertificationException naming the first failed check
     */
    public static <S> Certificate certify(Generator<S> g, S candidate, SteadyStateOptions options, double expectedTrace) {
        return certify(g, candidate, options, expectedTrace, g.matrix().norm1(), Double.NaN);
    }

    /**
     * Certifies a candidate whose trace must be {@code expectedTrace} (1 for a steady state, Tr rho0
     * for the state reached from rho0), with {@code norm1} the 1-norm of the matrix solved and
     * {@code condition} its condition estimate (NaN when unknown), for the error estimate.
     *
     * @throws CertificationException naming the first failed check
     */
    static <S> Certificate certify(Generator<S> g, S candidate, SteadyStateOptions options, double expectedTrace,
                                   double norm1, double condition) {
        SteadyStateOptions.Tolerances tol = options.tolerances();
        StateProperties p = g.properties(candidate);
        if (!(Math.abs(p.trace() - expectedTrace) <= tol.trace())) {
            throw new CertificationException(CertificationException.Check.TRACE,
                    String.format("steady state has trace %.12g instead of %.12g", p.trace(), expectedTrace));
        }
        if (!(p.hermiticityError() <= tol.hermiticity())) {
            throw new CertificationException(CertificationException.Check.HERMITICITY,
                    String.format("steady state is not Hermitian: |rho_ij - conj(rho_ji)| up to %.3g", p.hermiticityError()));
        }
        double scale = Math.max(1.0, norm1);
        double bound = tol.relativeResidual() * scale;
        double residual = g.residual(candidate);
        if (!(residual <= bound)) {
            throw new CertificationException(CertificationException.Check.RESIDUAL,
                    String.format("steady-state residual ||G rho|| = %.3g exceeds %.3g", residual, bound));
        }
        if (g.positivity() == Positivity.ENFORCED && !(p.positivityMargin() >= -tol.positivity())) {
            throw new CertificationException(CertificationException.Check.POSITIVITY,
                    String.format("steady state is not positive: smallest eigenvalue %.3g", p.positivityMargin()));
        }
        double error = errorEstimate(condition, residual, scale);
        return new Certificate(residual, bound, scale, p.trace(), p.hermiticityError(), p.minEigenvalue(), g.positivity(),
                error);
    }
}
