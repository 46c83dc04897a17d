package dev.steadfast.linalg;

/**
 * An approximate inverse {@code z ≈ A^{-1} r} used to accelerate Krylov solvers: a fixed linear
 * map ({@link Gmres} applies it to a combination of its directions rather than storing the image of
 * each).
 */
public interface Preconditioner {
    /** z = M^{-1} r; z must not alias r. */
    void apply(double[] r, double[] z);

    Preconditioner IDENTITY = (r, z) -> System.arraycopy(r, 0, z, 0, r.length);
}
