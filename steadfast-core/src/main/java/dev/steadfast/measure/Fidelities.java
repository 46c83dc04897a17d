package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.JacobiHermitianEigen;

/**
 * Fidelities between states. Uhlmann: {@code F(rho, sigma) = (Tr sqrt(sqrt(rho) sigma sqrt(rho)))^2}
 * (squared convention, so {@code F = <psi|sigma|psi>} when rho = |psi><psi|, 0 &le; F &le; 1,
 * symmetric). Bell: {@code <B|rho_ab|B>} with the real Bell amplitudes in level labels.
 */
final class Fidelities {
    private Fidelities() {
    }

    static double uhlmann(CMatrix rho, CMatrix sigma) {
        CMatrix sqrtRho = sqrtOfState(rho);
        double[] mu = Spectra.eigenvalues(sqrtRho.times(sigma).times(sqrtRho));
        if (mu[0] < -Spectra.ROUND_OFF) {
            throw new MeasureException("fidelity: the second state is not positive semidefinite (sqrt(rho) sigma sqrt(rho)"
                    + " has eigenvalue " + String.format("%.3g", mu[0]) + ")");
        }
        double s = 0;
        for (double m : mu) {
            s += Math.sqrt(Math.max(0, m));
        }
        return s * s;
    }

    /** {@code <psi|rho|psi>} for real amplitudes psi. */
    static double overlap(CMatrix rho, double[] psi) {
        double s = 0;
        for (int i = 0; i < psi.length; i++) {
            for (int j = 0; j < psi.length; j++) {
                s += psi[i] * psi[j] * rho.re(i, j);
            }
        }
        return s;
    }

    private static CMatrix sqrtOfState(CMatrix rho) {
        if (rho.rows() <= Spectra.JACOBI_MAX) {
            JacobiHermitianEigen.Decomposition d = JacobiHermitianEigen.decompose(rho);
            requirePositive(d.values()[0]);
            return d.map(x -> Math.sqrt(Math.max(0, x)));
        }
        requirePositive(Spectra.eigenvalues(rho)[0]);
        return Spectra.apply(rho, x -> Math.sqrt(Math.max(0, x)));
    }

    private static void requirePositive(double smallest) {
        if (smallest < -Spectra.ROUND_OFF) {
            throw new MeasureException("fidelity: the first state is not positive semidefinite (eigenvalue "
                    + String.format("%.3g", smallest) + ")");
        }
    }
}
