package dev.steadfast.steady;

/**
 * Options of the steady-state pipeline (immutable; use the {@code with...} methods). Every limit
 * and tolerance the pipeline uses is here, once.
 *
 * @param useSymmetry use the generator's symmetry (a conserved excitation number: the
 *                    charge-neutral sector; an ensemble's jz rotation: populations only)
 * @param method      which route: {@link SteadyStateMethod#AUTO} chooses by estimated cost
 * @param tolerances  the acceptance tests of the certificate and the singularity tests
 * @param krylov      GMRES and its uniqueness probe
 * @param limits      sizes beyond which an optional step is skipped
 */
public record SteadyStateOptions(boolean useSymmetry, SteadyStateMethod method, Tolerances tolerances, Krylov krylov,
                                 Limits limits) {

    /**
     * @param relativeResidual   accept when {@code ||G rho|| <= relativeResidual * max(1, ||M||_1)}
     * @param trace              accept when {@code |Tr rho - 1| <= trace}
     * @param hermiticity        accept when {@code max |rho_ij - conj(rho_ji)| <= hermiticity}
     * @param positivity         accept when the smallest eigenvalue is {@code >= -positivity}
     * @param singularCondition  a bordered generator whose estimated condition number exceeds this
     *                           is singular (the steady state is not unique)
     * @param kernel             singular values above {@code kernel} times the largest are clearly
     *                           not kernel when the kernel is counted by SVD
     * @param kernelRoundoff     singular values at most {@code kernelRoundoff} times the largest are
     *                           zero (rounding level); one between the two thresholds makes the
     *                           verdict {@link SteadyState.Undetermined}
     */
    public record Tolerances(double relativeResidual, double trace, double hermiticity, double positivity,
                             double singularCondition, double kernel, double kernelRoundoff) {
    }

    /**
     * @param restart        GMRES restart length
     * @param maxIterations  GMRES iteration limit
     * @param tolerance      relative residual target of the main solve
     * @param probeTolerance target of the uniqueness probe: with a degenerate kernel the probe's
     *                       right-hand side has a component outside the range of the normalised
     *                       generator of relative size ~ n^{-1/2}, far above this
     * @param probeSeed      seed of the probe's pseudo-random right-hand side
     */
    public record Krylov(int restart, int maxIterations, double tolerance, double probeTolerance, long probeSeed) {
    }

    /**
     * @param kernelSvdUnknowns  largest number of unknowns for which a degenerate kernel is counted
     *                           (and its basis computed) by dense SVD
     * @param fallbackUnknowns   largest number of unknowns for which AUTO falls back to LU when
     *                           GMRES cannot run or does not converge
     * @param fallbackFlops      largest predicted cost (flops, as {@code RouteChoice} weighs them) of
     *                           that fallback LU: beyond it the GMRES failure is reported instead of
     *                           a factorisation that would take minutes
     */
    public record Limits(int kernelSvdUnknowns, long fallbackUnknowns, double fallbackFlops) {
    }

    public static SteadyStateOptions defaults() {
        return new SteadyStateOptions(true, SteadyStateMethod.AUTO,
                new Tolerances(1e-9, 1e-8, 1e-8, 1e-8, 1e12, 1e-9, 1e-12),
                new Krylov(100, 3000, 1e-12, 1e-7, 7),
                new Limits(1200, 200_000, 2e11));
    }

    public SteadyStateOptions withSymmetry(boolean use) {
        return new SteadyStateOptions(use, method, tolerances, krylov, limits);
    }

    public SteadyStateOptions withMethod(SteadyStateMethod m) {
        return new SteadyStateOptions(useSymmetry, m, tolerances, krylov, limits);
    }

    public SteadyStateOptions withTolerances(Tolerances t) {
        return new SteadyStateOptions(useSymmetry, method, t, krylov, limits);
    }

    public SteadyStateOptions withKrylov(Krylov k) {
        return new SteadyStateOptions(useSymmetry, method, tolerances, k, limits);
    }

    public SteadyStateOptions withLimits(Limits l) {
        return new SteadyStateOptions(useSymmetry, method, tolerances, krylov, l);
    }

    public double relativeResidualTolerance() { return tolerances.relativeResidual(); }

    public double positivityTolerance() { return tolerances.positivity(); }

    public double singularConditionThreshold() { return tolerances.singularCondition(); }
}
