package dev.steadfast.steady;

/**
 * How a steady state was found.
 *
 * @param algorithm        the linear-algebra route taken
 * @param requested        the method asked for ({@link SteadyStateMethod#AUTO} or a forced one)
 * @param fellBack         true when AUTO chose GMRES but fell back to LU (singular preconditioner
 *                         or no convergence)
 * @param iterations       GMRES iterations of the main solve and the uniqueness probe (0 for LU)
 * @param krylovResidual   GMRES's final relative residual (NaN for LU)
 * @param restart          GMRES restart length (0 for LU)
 * @param coordinates      the coordinates the generator is written in (display)
 * @param preconditioner   the preconditioner's name (display; empty for LU)
 */
public record Route(Algorithm algorithm, SteadyStateMethod requested, boolean fellBack, int iterations,
                    double krylovResidual, int restart, String coordinates, String preconditioner) {

    /** The linear-algebra routes. */
    public enum Algorithm {
        /** LU with partial pivoting of the dense bordered generator (a few tens of unknowns). */
        DENSE_LU,
        /** CSparse LU with AMD ordering of the bordered generator. */
        SPARSE_LU,
        /** Restarted GMRES on the normalised generator, right-preconditioned. */
        PRECONDITIONED_GMRES,
        /** Bartels–Stewart (real Schur form) on the Lyapunov equation of a Gaussian system's covariance. */
        LYAPUNOV_SCHUR,
        /**
         * The Lyapunov equation of a passive Gaussian system in its normal-mode basis: GMRES with
         * the secular (rotating-wave) part as preconditioner.
         */
        LYAPUNOV_NORMAL_MODES;

        /** The method that names this algorithm. */
        public SteadyStateMethod method() {
            return this == PRECONDITIONED_GMRES ? SteadyStateMethod.ITERATIVE : SteadyStateMethod.DIRECT;
        }
    }

    static Route lu(Algorithm a, SteadyStateMethod requested, boolean fellBack, String coordinates) {
        return new Route(a, requested, fellBack, 0, Double.NaN, 0, coordinates, "");
    }

    /** For display, e.g. "direct sparse LU (AMD ordering) in a real Hermitian operator basis". */
    public String describe() {
        String s = switch (algorithm) {
            case DENSE_LU -> "direct dense LU (partial pivoting) in " + coordinates;
            case SPARSE_LU -> "direct sparse LU (AMD ordering) in " + coordinates;
            case LYAPUNOV_SCHUR -> "Lyapunov equation A V + V A^T + D = 0 by Bartels-Stewart (real Schur form) in " + coordinates;
            case LYAPUNOV_NORMAL_MODES -> String.format(java.util.Locale.ROOT, "Lyapunov equation A V + V A^T + D = 0 of a "
                    + "passive system in its normal-mode basis: GMRES(%d) with the secular part as preconditioner, %d iterations, "
                    + "relative residual %.2g, in %s", restart, iterations, krylovResidual, coordinates);
            case PRECONDITIONED_GMRES -> String.format(java.util.Locale.ROOT, "GMRES(%d) with %s in %s: %d iterations, "
                    + "relative residual %.2g", restart, preconditioner, coordinates, iterations, krylovResidual);
        };
        return fellBack ? s + " (AUTO fell back from GMRES)" : s;
    }
}
