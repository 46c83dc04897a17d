package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.JacobiHermitianEigen;

/**
 * Wootters' concurrence and entanglement of formation of a two-qubit state (PRL 80, 2245, 1998).
 *
 * <p>With the spin flip {@code rho~ = (sy ⊗ sy) rho* (sy ⊗ sy)} (complex conjugation in the level
 * basis), let {@code l_1 >= l_2 >= l_3 >= l_4} be the square roots of the eigenvalues of the
 * Hermitian positive matrix {@code sqrt(rho) rho~ sqrt(rho)} (the same as those of
 * {@code rho rho~}). Then {@code C = max(0, l_1 - l_2 - l_3 - l_4)} and
 * {@code E_F = h((1 + sqrt(1 - C^2))/2)} ebits, h the binary entropy. Two 4x4 Jacobi
 * decompositions; no large temporaries.
 */
final class Wootters {
    /** sy ⊗ sy is anti-diagonal: (sy ⊗ sy)_{i, 3-i} = FLIP_SIGN[i]. */
    private static final double[] FLIP_SIGN = {-1, 1, 1, -1};

    private Wootters() {
    }

    /** The concurrence of a 4x4 two-qubit density matrix (first qubit most significant). */
    static double concurrence(String what, CMatrix rho) {
        CMatrix sqrtRho = sqrtOfState(what, rho);
        CMatrix m = sqrtRho.times(spinFlip(rho)).times(sqrtRho);
        double[] mu = JacobiHermitianEigen.eigenvalues(m);
        // ascending: the largest is mu[3]
        double l4 = Math.sqrt(Math.max(0, mu[3]));
        double rest = 0;
        for (int k = 0; k < 3; k++) {
            rest += Math.sqrt(Math.max(0, mu[k]));
        }
        return Math.max(0, l4 - rest);
    }

    /** Entanglement of formation in ebits from the concurrence. */
    static double entanglementOfFormation(double concurrence) {
        double c = Math.min(1, concurrence);
        return Spectra.binaryEntropy(0.5 * (1 + Math.sqrt(1 - c * c)));
    }

    /** {@code rho~_ij = s_i s_j conj(rho_{3-i, 3-j})}. */
    static CMatrix spinFlip(CMatrix rho) {
        CMatrix f = new CMatrix(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = FLIP_SIGN[i] * FLIP_SIGN[j];
                f.set(i, j, s * rho.re(3 - i, 3 - j), -s * rho.im(3 - i, 3 - j));
            }
        }
        return f;
    }

    /** sqrt(rho) from one Jacobi decomposition; round-off negatives clipped, real ones reported. */
    private static CMatrix sqrtOfState(String what, CMatrix rho) {
        JacobiHermitianEigen.Decomposition d = JacobiHermitianEigen.decompose(rho);
        double[] v = d.values();
        if (v[0] < -Spectra.ROUND_OFF) {
            throw new MeasureException("concurrence: the state of " + what + " is not positive semidefinite"
                    + " (eigenvalue " + String.format("%.3g", v[0]) + ")");
        }
        return d.map(x -> Math.sqrt(Math.max(0, x)));
    }
}
