package dev.steadfast.ensemble;

/** How {@link EnsembleSteadyStateSolver} solves the bordered generator. */
public enum EnsembleMethod {
    /**
     * Sparse LU (CSparse, AMD) of the whole generator. Exact uniqueness test; its fill grows like
     * a three-dimensional problem in (j, m, m'), so it is meant for N up to about 30.
     */
    DIRECT,
    /**
     * GMRES preconditioned by the exact LU of the coherence-order-preserving part
     * ({@link CoherenceOrderPreconditioner}); uniqueness from a second, random right-hand side.
     * Meant for large N; needs every Δ slab of that part to be nonsingular.
     */
    PRECONDITIONED_GMRES,
    /**
     * DIRECT for at most {@link EnsembleSteadyStateSolver#DIRECT_LIMIT} unknowns or a
     * populations-only problem, otherwise PRECONDITIONED_GMRES, falling back to DIRECT (up to
     * {@link EnsembleSteadyStateSolver#FALLBACK_LIMIT} unknowns) when the preconditioner is singular.
     */
    AUTO
}
