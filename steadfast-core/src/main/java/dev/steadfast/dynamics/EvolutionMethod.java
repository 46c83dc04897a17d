package dev.steadfast.dynamics;

/** How {@code exp(tL) rho0} is computed; {@link #AUTO} chooses and the result says what it chose. */
public enum EvolutionMethod {
    /**
     * {@link #DENSE_EXPONENTIAL} up to {@link EvolutionOptions#denseLimit()} real coordinates; above
     * it, {@link #KRYLOV} when the problem is stiff ({@code ||M||_1 * t_end} above
     * {@link EvolutionOptions#stiffnessThreshold()}: an explicit integrator would need that many
     * steps for stability alone), {@link #RUNGE_KUTTA} otherwise.
     */
    AUTO,
    /** Exact: scaling-and-squaring Padé exponential of the dense real generator (small systems). */
    DENSE_EXPONENTIAL,
    /** Adaptive 8(5,3) Dormand–Prince Runge–Kutta (Hipparchus) on the real coordinates. */
    RUNGE_KUTTA,
    /** Arnoldi (Krylov) approximation of {@code exp(tau M) x} with adaptive steps (Expokit's expv). */
    KRYLOV
}
