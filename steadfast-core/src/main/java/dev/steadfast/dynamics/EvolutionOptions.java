package dev.steadfast.dynamics;

/**
 * Options of {@link Evolution}.
 *
 * @param method             the route, or AUTO
 * @param relativeTolerance  relative local error tolerance (Runge–Kutta); also the Krylov
 *                           tolerance per unit time relative to ||x||
 * @param absoluteTolerance  absolute local error tolerance on each coordinate (Runge–Kutta)
 * @param krylovDimension    Arnoldi basis size per Krylov step
 * @param denseLimit         AUTO uses the dense exponential up to this many real coordinates (d^2)
 * @param stiffnessThreshold AUTO prefers Krylov when {@code ||M||_1 t_end} exceeds this
 */
public record EvolutionOptions(EvolutionMethod method, double relativeTolerance, double absoluteTolerance,
                               int krylovDimension, int denseLimit, double stiffnessThreshold) {

    public static EvolutionOptions defaults() {
        return new EvolutionOptions(EvolutionMethod.AUTO, 1e-10, 1e-12, 30, 400, 2000);
    }

    public EvolutionOptions withMethod(EvolutionMethod m) {
        return new EvolutionOptions(m, relativeTolerance, absoluteTolerance, krylovDimension, denseLimit, stiffnessThreshold);
    }

    public EvolutionOptions withTolerances(double relative, double absolute) {
        return new EvolutionOptions(method, relative, absolute, krylovDimension, denseLimit, stiffnessThreshold);
    }
}
