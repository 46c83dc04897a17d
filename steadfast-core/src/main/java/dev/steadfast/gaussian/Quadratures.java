package dev.steadfast.gaussian;

/**
 * The quadrature basis {@code r = (x_1, p_1, ..., x_n, p_n)} (see the package conventions): the
 * symplectic form and the ladder operators written as complex vectors in it.
 */
public final class Quadratures {
    private static final double S = Math.sqrt(0.5);

    private Quadratures() {
    }

    /** {@code Ω = ⊕_k [[0, 1], [−1, 0]]}, of size 2n. */
    public static double[][] omega(int modes) {
        double[][] w = new double[2 * modes][2 * modes];
        for (int k = 0; k < modes; k++) {
            w[2 * k][2 * k + 1] = 1;
            w[2 * k + 1][2 * k] = -1;
        }
        return w;
    }

    /**
     * The coefficients of {@code a_k} (or {@code a_k†} when {@code dagger}) on r: a complex vector
     * {@code u} with {@code a_k = Σ_i u_i r_i}, returned as {re, im} arrays of length 2n.
     */
    public static double[][] ladder(int modes, int k, boolean dagger) {
        double[][] u = new double[2][2 * modes];
        u[0][2 * k] = S;
        u[1][2 * k + 1] = dagger ? -S : S;
        return u;
    }
}
