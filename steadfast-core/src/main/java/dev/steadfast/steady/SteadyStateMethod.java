package dev.steadfast.steady;

/** The route to a steady state. */
public enum SteadyStateMethod {
    /** Direct up to {@link SteadyStates#DIRECT_LIMIT} unknowns, iterative above. */
    AUTO,
    /** Sparse LU of the bordered generator ({@link DirectSteadyStateSolver}). */
    DIRECT,
    /** GMRES with the secular preconditioner ({@link IterativeSteadyStateSolver}). */
    ITERATIVE
}
