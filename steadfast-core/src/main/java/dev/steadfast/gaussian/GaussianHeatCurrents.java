package dev.steadfast.gaussian;

/**
 * Heat currents of a Gaussian system: the energy a bath puts into the system per unit time,
 * {@code J = Σ_k Tr[H D_k(ρ)] = Σ_k Re⟨L_k† [H, L_k]⟩} over the bath's jumps (rates folded in),
 * as {@code dev.steadfast.measure.HeatCurrents} defines it for density matrices. With
 * {@code H = ½ rᵀ G r + gᵀ r} and {@code L = cᵀ r}: {@code [H, L] = −i (dᵀ r + cᵀ Ω g)},
 * {@code d = −G Ω c}, and the expectation follows from {@code ⟨r_k r_l⟩ = V_kl + ⟨r_k⟩⟨r_l⟩ + (i/2)Ω_kl}.
 * A damped mode at zero temperature: {@code J = −ω κ ⟨a†a⟩}.
 */
public final class GaussianHeatCurrents {
    private GaussianHeatCurrents() {
    }

    /**
     * The heat current from the named bath.
     *
     * @throws IllegalArgumentException when no jump belongs to that bath
     */
    public static double heatCurrent(GaussianSystem system, GaussianState state, String bath) {
        double[][] g = system.hamiltonianMatrix();
        double[] lin = system.linearHamiltonian();
        double[] omegaG = Matrices.omega(lin);
        double total = 0;
        boolean found = false;
        for (GaussianSystem.Jump j : system.jumps()) {
            if (bath.equals(j.bath())) {
                found = true;
                total += jumpCurrent(g, omegaG, j, state);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no bath named '" + bath + "' (baths: " + String.join(", ", system.baths()) + ")");
        }
        return total;
    }

    private static double jumpCurrent(double[][] g, double[] omegaG, GaussianSystem.Jump j, GaussianState s) {
        int m = g.length;
        int[] idx = j.index();
        // Ω c (sparse: (Ωc)_{2k} = c_{2k+1}, (Ωc)_{2k+1} = −c_{2k}); d = −G Ω c
        double[] dRe = new double[m];
        double[] dIm = new double[m];
        double cOmegaGRe = 0;
        double cOmegaGIm = 0;
        for (int q = 0; q < idx.length; q++) {
            int k = idx[q];
            int partner = k % 2 == 0 ? k + 1 : k - 1;
            double sign = k % 2 == 0 ? -1 : 1; // (Ωc)_partner = sign · c_k
            for (int l = 0; l < m; l++) {
                dRe[l] -= g[l][partner] * sign * j.re()[q];
                dIm[l] -= g[l][partner] * sign * j.im()[q];
            }
            // cᵀ Ω g = Σ_k c_k (Ω g)_k
            cOmegaGRe += j.re()[q] * omegaG[k];
            cOmegaGIm += j.im()[q] * omegaG[k];
        }
        // ⟨L† [H, L]⟩ = −i [Σ_{k,l} c_k* d_l ⟨r_k r_l⟩ + (cᵀΩg) Σ_k c_k* ⟨r_k⟩]
        double sRe = 0;
        double sIm = 0;
        for (int q = 0; q < idx.length; q++) {
            int k = idx[q];
            double cr = j.re()[q];
            double ci = -j.im()[q];
            double tRe = 0;
            double tIm = 0;
            for (int l = 0; l < m; l++) {
                if (dRe[l] == 0 && dIm[l] == 0) {
                    continue;
                }
                double[] r = s.secondMoment(k, l);
                tRe += dRe[l] * r[0] - dIm[l] * r[1];
                tIm += dRe[l] * r[1] + dIm[l] * r[0];
            }
            tRe += cOmegaGRe * s.mean(k);
            tIm += cOmegaGIm * s.mean(k);
            sRe += cr * tRe - ci * tIm;
            sIm += cr * tIm + ci * tRe;
        }
        return sIm; // Re(−i z) = Im z
    }
}
