package dev.steadfast.gaussian;

/**
 * The linear equations of motion of a {@link GaussianSystem}: {@code d⟨r⟩/dt = A⟨r⟩ + b} and
 * {@code dV/dt = A V + V Aᵀ + D}, with (package conventions) {@code M = Σ_k c_k* c_kᵀ},
 * {@code A = Ω (G + Im M)}, {@code b = Ω g}, {@code D = Ω Re(M) Ωᵀ}. D is positive semidefinite.
 *
 * @param drift     A (2n × 2n)
 * @param drive     b (2n)
 * @param diffusion D (2n × 2n, symmetric)
 */
public record DriftDiffusion(double[][] drift, double[] drive, double[][] diffusion) {

    /** The drift, drive and diffusion of {@code system}. */
    public static DriftDiffusion of(GaussianSystem system) {
        int m = 2 * system.modes();
        double[][] g = system.hamiltonianMatrix();
        double[][] reM = new double[m][m];
        for (GaussianSystem.Jump j : system.jumps()) {
            int[] idx = j.index();
            for (int p = 0; p < idx.length; p++) {
                for (int q = 0; q < idx.length; q++) {
                    // M_kl = c_k* c_l = (re_k − i im_k)(re_l + i im_l)
                    reM[idx[p]][idx[q]] += j.re()[p] * j.re()[q] + j.im()[p] * j.im()[q];
                    g[idx[p]][idx[q]] += j.re()[p] * j.im()[q] - j.im()[p] * j.re()[q];
                }
            }
        }
        double[][] a = Matrices.omegaLeft(g);
        double[][] d = Matrices.omegaTransposeRight(Matrices.omegaLeft(reM));
        return new DriftDiffusion(a, Matrices.omega(system.linearHamiltonian()), d);
    }

    /** The number of modes. */
    public int modes() {
        return drive.length / 2;
    }
}
