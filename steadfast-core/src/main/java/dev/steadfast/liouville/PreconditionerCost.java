package dev.steadfast.liouville;

/**
 * Predicted floating-point operations of a generator's preconditioner, for the choice of route.
 *
 * @param construction building it once (eigendecompositions, factorisations)
 * @param application  applying it once
 */
public record PreconditionerCost(double construction, double application) {

    /** No preconditioner: a copy of the vector. */
    public static PreconditionerCost identity(int n) {
        return new PreconditionerCost(0, n);
    }
}
