package dev.steadfast.gaussian;

/**
 * Measures of Gaussian states from their covariance matrix, with the same units and meanings as
 * the density-matrix measures of {@code dev.steadfast.measure.Measures} (entropies in bits), so
 * that a model solved as oscillators and with truncated bosons gives the same numbers. Modes are
 * 0-based indices; a subsystem is a set of modes.
 */
public final class GaussianMeasures {
    private GaussianMeasures() {
    }

    /**
     * The von Neumann entropy of the reduced state, in bits:
     * {@code S = Σ_k g(ν_k − ½)}, {@code g(N) = (N+1) log2(N+1) − N log2 N}.
     */
    public static double entropy(GaussianState s, int... modes) {
        double e = 0;
        for (double nu : Symplectic.eigenvalues(s.reduced(modes).covariance())) {
            double n = Math.max(0, nu - 0.5);
            e += (n + 1) * log2(n + 1) - (n > 0 ? n * log2(n) : 0);
        }
        return e;
    }

    /** The purity {@code Tr ρ_A² = 1/√det(2 V_A)} of the reduced state, in (0, 1]. */
    public static double purity(GaussianState s, int... modes) {
        double[][] v = s.reduced(modes).covariance();
        double det = 1;
        for (double nu : Symplectic.eigenvalues(v)) {
            det *= 2 * nu;
        }
        return 1 / det;
    }

    /** The mutual information {@code I(A:B) = S(A) + S(B) − S(AB)} in bits. */
    public static double mutualInformation(GaussianState s, int[] a, int[] b) {
        return entropy(s, a) + entropy(s, b) - entropy(s, concat(a, b));
    }

    /**
     * The logarithmic negativity {@code E_N = log2 ||ρ^{T_B}||_1 = Σ_k max(0, −log2(2 ν̃_k))} of the
     * reduced state of A ∪ B, with ν̃ the symplectic eigenvalues of the partially transposed
     * covariance (p → −p on B). Two-mode squeezed vacuum of squeezing r: {@code E_N = 2r / ln 2}.
     */
    public static double logNegativity(GaussianState s, int[] a, int[] b) {
        return Math.log(traceNormOfPartialTranspose(s, a, b)) / Math.log(2);
    }

    /** The negativity {@code N = (||ρ^{T_B}||_1 − 1)/2}. */
    public static double negativity(GaussianState s, int[] a, int[] b) {
        return (traceNormOfPartialTranspose(s, a, b) - 1) / 2;
    }

    private static double traceNormOfPartialTranspose(GaussianState s, int[] a, int[] b) {
        double[][] v = s.reduced(concat(a, b)).covariance();
        for (int k = a.length; k < a.length + b.length; k++) {
            int p = 2 * k + 1;
            for (int j = 0; j < v.length; j++) {
                if (j != p) {
                    v[p][j] = -v[p][j];
                    v[j][p] = -v[j][p];
                }
            }
        }
        double norm = 1;
        for (double nu : Symplectic.eigenvalues(v)) {
            norm *= Math.max(1, 1 / (2 * nu));
        }
        return norm;
    }

    /**
     * The EPR (Duan) variance {@code [Var(x_i − x_j) + Var(p_i + p_j)]/2}: 1 for the vacuum; below 1
     * the modes are entangled (Duan et al., PRL 84, 2722 (2000)).
     */
    public static double eprVariance(GaussianState s, int i, int j) {
        int xi = 2 * i;
        int xj = 2 * j;
        double varX = s.covariance(xi, xi) + s.covariance(xj, xj) - 2 * s.covariance(xi, xj);
        double varP = s.covariance(xi + 1, xi + 1) + s.covariance(xj + 1, xj + 1) + 2 * s.covariance(xi + 1, xj + 1);
        return (varX + varP) / 2;
    }

    /**
     * The squeezing of mode k: the smallest variance of a quadrature {@code x cos θ + p sin θ} over
     * the vacuum's (½), i.e. twice the smallest eigenvalue of the mode's 2×2 covariance block; below
     * 1 the mode is squeezed.
     */
    public static double squeezing(GaussianState s, int k) {
        double a = s.covariance(2 * k, 2 * k);
        double d = s.covariance(2 * k + 1, 2 * k + 1);
        double b = s.covariance(2 * k, 2 * k + 1);
        double min = (a + d) / 2 - Math.sqrt((a - d) * (a - d) / 4 + b * b);
        return 2 * min;
    }

    /** The mean occupation {@code ⟨a_k† a_k⟩}. */
    public static double occupation(GaussianState s, int k) {
        return s.occupation(k);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
