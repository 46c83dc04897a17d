package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;

/**
 * Ollivier-Zurek quantum discord of two qubits, measuring the second qubit (PRL 88, 017901, 2001).
 *
 * <p>{@code D(A|B) = I(A:B) - J(A|B)} with the classical correlation
 * {@code J(A|B) = S(A) - min_n S(A|{Pi_n})}, where {@code Pi_(+-)n = (I +- n.sigma)/2} is a
 * projective measurement of B along the unit vector n and
 * {@code S(A|{Pi}) = sum_+- p_+- S(rho_{A|+-})} the entropy of A left after it. Hence
 * {@code D = S(B) - S(AB) + min_n S(A|{Pi_n})}, in bits.
 *
 * <p>Writing {@code rho = 1/4 sum_{mu,nu} R_{mu nu} sigma_mu ⊗ sigma_nu} (sigma_0 = I; Bloch
 * vector a = R_{i0} of A, t = R_{0j} of B, correlations T = R_{ij}), the unnormalised
 * post-measurement state of A is {@code p_+- rho_{A|+-} = [(1 +- t.n) I + (a +- T n).sigma]/4},
 * with eigenvalues {@code (c +- |v|)/4}. Each evaluation is therefore a handful of flops; the
 * minimum over the sphere is found by {@link SphereMinimizer} (coarse grid, then Nelder-Mead from hipparchus-optim);
 * one call costs ~0.4 ms.
 * Only projective measurements are considered (the original definition); general POVMs can give
 * a marginally smaller conditional entropy for some states. Round-off can make the result
 * -1e-16: it is returned as max(0, D), since the optimiser's value is an upper bound of the
 * minimum and the exact D is never negative.
 */
final class Discord {
    private Discord() {
    }

    /** Discord D(A|B) of a 4x4 two-qubit state (A first, B second), measuring B. */
    static double discord(String what, CMatrix rho) {
        double[][] r = correlations(rho);
        double[] a = {r[1][0], r[2][0], r[3][0]};
        double[] t = {r[0][1], r[0][2], r[0][3]};
        double[][] tm = {{r[1][1], r[1][2], r[1][3]}, {r[2][1], r[2][2], r[2][3]}, {r[3][1], r[3][2], r[3][3]}};
        double sAB = StateSpectra.shannon(StateSpectra.stateSpectrum("discord", what, rho));
        double blochB = Math.min(1, Math.sqrt(t[0] * t[0] + t[1] * t[1] + t[2] * t[2]));
        double sB = StateSpectra.binaryEntropy(0.5 * (1 + blochB));
        double conditional = SphereMinimizer.minimise(n -> conditionalEntropy(a, t, tm, n), null);
        return Math.max(0, sB - sAB + conditional);
    }

    /** {@code S(A|{Pi_n}) = sum_+- [-eta((c+|v|)/4) - eta((c-|v|)/4) + eta(c/2)]}, eta(x) = x log2 x. */
    static double conditionalEntropy(double[] a, double[] t, double[][] tm, double[] n) {
        double tn = t[0] * n[0] + t[1] * n[1] + t[2] * n[2];
        double s = 0;
        for (int sign = -1; sign <= 1; sign += 2) {
            double c = 1 + sign * tn;
            double v2 = 0;
            for (int i = 0; i < 3; i++) {
                double vi = a[i] + sign * (tm[i][0] * n[0] + tm[i][1] * n[1] + tm[i][2] * n[2]);
                v2 += vi * vi;
            }
            double v = Math.sqrt(v2);
            s += -StateSpectra.xlog2x((c + v) / 4) - StateSpectra.xlog2x((c - v) / 4) + StateSpectra.xlog2x(c / 2);
        }
        return s;
    }

    /**
     * {@code R_{mu nu} = Re Tr[rho sigma_mu ⊗ sigma_nu]} with the Pauli matrices in the level basis
     * (sigma_1 = X, sigma_2 = Y = [[0, -i], [i, 0]], sigma_3 = Z = diag(1, -1)).
     */
    static double[][] correlations(CMatrix rho) {
        double[][] r = new double[4][4];
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                r[mu][nu] = expectPauliPair(rho, mu, nu);
            }
        }
        return r;
    }

    /** Re Tr[rho (P ⊗ Q)] = Re sum rho_{(k l),(i j)} P_{ik} Q_{jl}. */
    private static double expectPauliPair(CMatrix rho, int mu, int nu) {
        double s = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                int k = partner(mu, i);
                int l = partner(nu, j);
                double[] p = pauli(mu, i);
                double[] q = pauli(nu, j);
                double cr = p[0] * q[0] - p[1] * q[1];
                double ci = p[0] * q[1] + p[1] * q[0];
                int row = 2 * k + l;
                int col = 2 * i + j;
                s += rho.re(row, col) * cr - rho.im(row, col) * ci;
            }
        }
        return s;
    }

    /** The one k with P_{ik} != 0 (every Pauli matrix has one nonzero per row). */
    private static int partner(int mu, int i) {
        return (mu == 0 || mu == 3) ? i : 1 - i;
    }

    /** The element {@code P_{i, partner(i)}} as {re, im}. */
    private static double[] pauli(int mu, int i) {
        return switch (mu) {
            case 0, 1 -> new double[] {1, 0};
            case 2 -> new double[] {0, i == 0 ? -1 : 1};
            default -> new double[] {i == 0 ? 1 : -1, 0};
        };
    }
}
