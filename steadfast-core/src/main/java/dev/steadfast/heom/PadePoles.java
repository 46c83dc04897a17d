package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;

/**
 * Poles {@code ±i ξ_j} and weights {@code w_j} of a sum-over-poles approximation of the Bose
 * function, {@code coth(x/2) ≈ 2/x + Σ_j w_j 4x/(x² + ξ_j²)}, in units of {@code 1/β}.
 * Matsubara: {@code ξ_j = 2πj}, {@code w_j = 1}. Padé [N−1/N] (Hu, Xu, Yan, J. Chem. Phys. 133,
 * 101106 (2010)), computed exactly as QuTiP's {@code DrudeLorentzPadeBath}: {@code ξ_j = −2/e_j}
 * for the N most negative eigenvalues e_j of the symmetric tridiagonal matrix with off-diagonal
 * {@code 1/sqrt((2k+3)(2k+5))} (size 2N), χ likewise from {@code 1/sqrt((2k+5)(2k+7))} (size
 * 2N−1), and {@code w_j = N(2N+3)/2 · Π_{k<N−1}(χ_k² − ξ_j²) / Π_{k<N, k≠j}(ξ_k² − ξ_j²)}.
 *
 * @param xi      ξ_j, ascending
 * @param weights w_j
 */
public record PadePoles(double[] xi, double[] weights) {

    /** The first {@code n} Matsubara poles. */
    public static PadePoles matsubara(int n) {
        double[] xi = new double[n];
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            xi[j] = 2 * Math.PI * (j + 1);
            w[j] = 1;
        }
        return new PadePoles(xi, w);
    }

    /** The Padé [N−1/N] poles, N = n ≥ 0. */
    public static PadePoles of(int n) {
        if (n == 0) {
            return new PadePoles(new double[0], new double[0]);
        }
        double[] eps = negativeInverse(tridiagonalEigenvalues(2 * n, 3), n);
        double[] chi = negativeInverse(tridiagonalEigenvalues(2 * n - 1, 5), n - 1);
        double[] w = new double[n];
        for (int j = 0; j < n; j++) {
            double term = 0.5 * n * (2 * (n + 1) + 1);
            for (int k = 0; k < n - 1; k++) {
                term *= (chi[k] * chi[k] - eps[j] * eps[j]) / (eps[k] * eps[k] - eps[j] * eps[j] + (j == k ? 1 : 0));
            }
            term /= eps[n - 1] * eps[n - 1] - eps[j] * eps[j] + (j == n - 1 ? 1 : 0);
            w[j] = term;
        }
        return new PadePoles(eps, w);
    }

    /** Eigenvalues (ascending) of the size-m symmetric tridiagonal matrix with off-diagonal 1/sqrt((2k+a)(2k+a+2)). */
    private static double[] tridiagonalEigenvalues(int m, int a) {
        double[][] t = new double[m][m];
        for (int k = 0; k + 1 < m; k++) {
            t[k][k + 1] = t[k + 1][k] = 1 / Math.sqrt((2.0 * k + a) * (2.0 * k + a + 2));
        }
        return m == 0 ? new double[0] : HermitianEigen.eigenvalues(CMatrix.ofReal(t));
    }

    private static double[] negativeInverse(double[] ascending, int count) {
        double[] out = new double[count];
        for (int j = 0; j < count; j++) {
            out[j] = -2 / ascending[j];
        }
        return out;
    }
}
