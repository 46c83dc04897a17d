package dev.steadfast.linalg;

/**
 * An approximate inverse {@code z ≈ A^{-1} r} used to accelerate Krylov solvers: a fixed linear
 * map ({@link Gmres} applies it to a combination of its directions rather than storing the image of
 * each).
 */
public interface Preconditioner {
    /** z = M^{-1} r; z must not alias r. */
    void apply(double[] r, double[] z);

    /**
     * Whether two Krylov solves may apply this preconditioner at the same time, each on its own
     * thread, and gain by it: it is thread-safe and runs on the calling thread alone (one that
     * parallelises its own work gains nothing from a second caller).
     */
    default boolean concurrentApplications() {
        return false;
    }

    Preconditioner IDENTITY = new Preconditioner() {
        @Override
        public void apply(double[] r, double[] z) {
            System.arraycopy(r, 0, z, 0, r.length);
        }

        @Override
        public boolean concurrentApplications() {
            return true;
        }
    };
}
