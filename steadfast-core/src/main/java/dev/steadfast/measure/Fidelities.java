package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;

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
        double[] mu = StateSpectra.eigenvalues(sqrtRho.times(sigma).times(sqrtRho));
        if (mu[0] < -StateSpectra.ROUND_OFF) {
            throw new MeasureException("fidelity: the second state is not positive semidefinite (sqrt(rho) sigma sqrt(rho)"
                    + " has eigenvalue " + String.format("%.3g", mu[0]) + ")");
        }
        double cut = resolution(mu);
        double s = 0;
        for (double m : mu) {
            s += m > cut ? Math.sqrt(m) : 0;
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

    /**
     * sqrt(rho), with eigenvalues below the eigensolver's resolution {@code 8 n eps max|lambda|}
     * set to 0 (the same cut is applied to the eigenvalues of sqrt(rho) sigma sqrt(rho)). The fidelity is only Hölder-1/2 continuous at rank-deficient states (an
     * eigenvalue delta changes F by ~sqrt(delta)), so an exact zero returned as 1e-17 would
     * otherwise shift F by ~1e-8; with the cut, F of a pure rho is {@code <psi|sigma|psi>} to ~1e-15.
     */
    private static CMatrix sqrtOfState(CMatrix rho) {
        Eigensystem d = HermitianEigen.decompose(rho);
        double[] p = d.values();
        requirePositive(p[0]);
        double cut = resolution(p);
        return d.apply(x -> x > cut ? Math.sqrt(x) : 0);
    }

    /** {@code 8 n eps max|lambda|}: eigenvalues below this are indistinguishable from 0. */
    private static double resolution(double[] ascending) {
        double max = Math.max(Math.abs(ascending[0]), Math.abs(ascending[ascending.length - 1]));
        return 8 * ascending.length * Math.ulp(1.0) * max;
    }

    private static void requirePositive(double smallest) {
        if (smallest < -StateSpectra.ROUND_OFF) {
            throw new MeasureException("fidelity: the first state is not positive semidefinite (eigenvalue "
                    + String.format("%.3g", smallest) + ")");
        }
    }
}
