package dev.steadfast.steady;

/** The route to a steady state; the same for every kind of generator. */
public enum SteadyStateMethod {
    /**
     * The cheaper of the two by estimated cost (the predicted LU fill against GMRES with the
     * generator's preconditioner), falling back to LU when GMRES cannot run; see {@link RouteChoice}.
     */
    AUTO,
    /**
     * LU of the bordered generator: dense for a few tens of unknowns, sparse (AMD order: multifrontal
     * from 10,000 unknowns, else CSparse) above.
     */
    DIRECT,
    /** Restarted GMRES with the generator's preconditioner and a uniqueness probe. */
    ITERATIVE
}
