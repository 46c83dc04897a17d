package dev.steadfast.linalg;

import dev.steadfast.bench.Timing;

/**
 * Timings of the package-private numerics of {@code dev.steadfast.linalg}, for
 * {@link dev.steadfast.bench.NumericsBench}. It sits in the library's package (a split package,
 * fine on the class path) so that it can reach the strategies that the facades hide.
 */
public final class LinalgTimings {
    private LinalgTimings() {
    }

    /**
     * Median µs of one steady-state point's linear algebra, factor + condition estimate + solve,
     * for the hand-written dense LU, EJML's and CSparse's, on the bordered matrix {@code a}.
     */
    public static String denseLu(String label, RealCsc a) {
        int n = a.cols();
        double[] b = new double[n];
        b[0] = 1;
        double agreement = maxDifference(DenseLU.factor(a).solve(b), EjmlDenseLU.factor(a).solve(b));
        double ejml = micros(() -> point(EjmlDenseLU.factor(a), a, b));
        double hand = micros(() -> point(DenseLU.factor(a), a, b));
        double sparse = micros(() -> point(CsparseLU.factor(a), a, b));
        double ejmlFactor = micros(() -> EjmlDenseLU.factor(a).factorNonzeros());
        double handFactor = micros(() -> DenseLU.factor(a).factorNonzeros());
        return String.format("lu case=%s n=%d hand_us=%.2f ejml_us=%.2f csparse_us=%.2f ejml_over_hand=%.2f"
                + " factor_only_hand_us=%.2f factor_only_ejml_us=%.2f max_solution_difference=%.1e",
                label, n, hand, ejml, sparse, ejml / hand, handFactor, ejmlFactor, agreement);
    }

    /**
     * Median µs of the two Hermitian eigensolver strategies on a random dense complex Hermitian
     * matrix of size n: eigenvalues only and the full decomposition, Jacobi against EJML's real
     * form (the facade {@link HermitianEigen} switches at {@value HermitianEigen#JACOBI_MAX}).
     */
    public static String hermitianEigen(int n) {
        java.util.Random rng = new java.util.Random(n);
        CMatrix g = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.set(i, j, rng.nextGaussian(), rng.nextGaussian());
            }
        }
        CMatrix h = g.hermitianPart();
        double jv = micros(() -> JacobiHermitianEigen.eigenvalues(h)[0]);
        double rv = micros(() -> RealFormHermitianEigen.eigenvalues(h)[0]);
        double jd = micros(() -> JacobiHermitianEigen.decompose(h).values()[0]);
        double rd = micros(() -> RealFormHermitianEigen.decompose(h).values()[0]);
        return String.format("eigh n=%d eigenvalues_jacobi_us=%.1f eigenvalues_realform_us=%.1f"
                + " decompose_jacobi_us=%.1f decompose_realform_us=%.1f", n, jv, rv, jd, rd);
    }

    private static double point(LuFactorization lu, RealCsc a, double[] b) {
        return lu.conditionEstimate(a) + lu.solve(b)[0];
    }

    private static double maxDifference(double[] x, double[] y) {
        double d = 0;
        for (int i = 0; i < x.length; i++) {
            d = Math.max(d, Math.abs(x[i] - y[i]));
        }
        return d;
    }

    static double micros(java.util.function.DoubleSupplier task) {
        return Timing.medianNanos(task, 1500, 41) * 1e-3;
    }
}
