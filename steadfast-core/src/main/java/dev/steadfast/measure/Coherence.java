package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;

/**
 * Coherence of a state in a fixed basis (the product basis of its sites): the l1 norm of
 * coherence {@code C_l1 = sum_{i != j} |rho_ij|} and the relative entropy of coherence
 * {@code C_re = S(diag rho) - S(rho)} in bits (Baumgratz, Cramer, Plenio, PRL 113, 140401, 2014).
 * For a d-dimensional state {@code 0 <= C_l1 <= d - 1} and {@code 0 <= C_re <= log2 d}.
 */
final class Coherence {
    private Coherence() {
    }

    static double l1(CMatrix rho) {
        int d = rho.rows();
        double s = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (i != j) {
                    s += Math.hypot(rho.re(i, j), rho.im(i, j));
                }
            }
        }
        return s;
    }

    static double relativeEntropy(String what, CMatrix rho) {
        int d = rho.rows();
        double[] diagonal = new double[d];
        for (int i = 0; i < d; i++) {
            diagonal[i] = rho.re(i, i);
        }
        double s = StateSpectra.shannon(diagonal) - StateSpectra.shannon(StateSpectra.stateSpectrum("coherence_re", what, rho));
        return Math.max(0, s);
    }
}
