package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;

/**
 * Wootters' concurrence and entanglement of formation of a two-qubit state (PRL 80, 2245, 1998).
 *
 * <p>With the spin flip {@code rho~ = (sy ⊗ sy) rho* (sy ⊗ sy)} (complex conjugation in the level
 * basis), let {@code l_1 >= l_2 >= l_3 >= l_4} be the square roots of the eigenvalues of the
 * Hermitian positive matrix {@code sqrt(rho) rho~ sqrt(rho)} (the same as those of
 * {@code rho rho~}). Then {@code C = max(0, l_1 - l_2 - l_3 - l_4)} and
 * {@code E_F = h((1 + sqrt(1 - C^2))/2)} ebits, h the binary entropy. Cost: the eigendecomposition
 * of rho's decoupled blocks (at most 4x4) and one 4x4 one-sided Jacobi SVD, on arrays of 16 doubles.
 */
final class Wootters {
    /** sy ⊗ sy is anti-diagonal: (sy ⊗ sy)_{i, 3-i} = FLIP_SIGN[i]. */
    private static final double[] FLIP_SIGN = {-1, 1, 1, -1};

    private Wootters() {
    }

    /**
     * The concurrence of a 4x4 two-qubit density matrix (first qubit most significant). The l_i
     * are computed as the singular values of {@code tau = W^T (sy ⊗ sy) W}, where
     * {@code rho = W W†} with {@code W = V sqrt(Lambda)} (Wootters' subnormalised eigenvectors),
     * since {@code tau† tau} has the spectrum of {@code rho rho~}. Taking singular values directly
     * keeps C accurate to ~1e-15 even for rank-deficient states, where square roots of
     * eigenvalues near zero would cost ~1e-8.
     */
    static double concurrence(String what, CMatrix rho) {
        double[] wr = new double[16];
        double[] wi = new double[16];
        subnormalisedEigenvectors(what, rho, wr, wi);
        double[] tr = new double[16];
        double[] ti = new double[16];
        for (int k = 0; k < 4; k++) {
            for (int l = 0; l < 4; l++) {
                double sr = 0;
                double si = 0;
                for (int i = 0; i < 4; i++) {
                    // W_ik * s_i * W_{3-i, l}
                    double ar = FLIP_SIGN[i] * wr[i * 4 + k];
                    double ai = FLIP_SIGN[i] * wi[i * 4 + k];
                    double br = wr[(3 - i) * 4 + l];
                    double bi = wi[(3 - i) * 4 + l];
                    sr += ar * br - ai * bi;
                    si += ar * bi + ai * br;
                }
                tr[k * 4 + l] = sr;
                ti[k * 4 + l] = si;
            }
        }
        double[] l = SingularValues.ofInPlace(4, tr, ti);
        return Math.max(0, l[0] - l[1] - l[2] - l[3]);
    }

    /**
     * W = V sqrt(Lambda), column k for eigenvalue k, computed block by block: the connected
     * components of rho's nonzero pattern are decoupled blocks (an X state has two 1x1 and one 2x2,
     * or two 2x2), each diagonalised on its own, so that a small eigenvalue of its own block (a
     * population of 1e-15 far from any coherence) keeps its full relative accuracy. Within a block,
     * eigenvalues below the eigensolver's resolution relative to the block's largest are zero: their
     * square roots (~1e-8 for a rounding-level 1e-16) would otherwise shift C of a rank-deficient
     * state by ~1e-8.
     */
    private static void subnormalisedEigenvectors(String what, CMatrix rho, double[] wr, double[] wi) {
        int[] block = blocks(rho);
        int column = 0;
        for (int b = 0; b < 4; b++) {
            int[] members = members(block, b);
            if (members.length == 0) {
                continue;
            }
            int m = members.length;
            CMatrix sub = new CMatrix(m, m);
            for (int x = 0; x < m; x++) {
                for (int y = 0; y < m; y++) {
                    sub.set(x, y, rho.re(members[x], members[y]), rho.im(members[x], members[y]));
                }
            }
            Eigensystem d = HermitianEigen.decompose(sub);
            double[] p = d.values();
            if (p[0] < -StateSpectra.ROUND_OFF) {
                throw new MeasureException("concurrence: the state of " + what + " is not positive semidefinite"
                        + " (eigenvalue " + String.format("%.3g", p[0]) + ")");
            }
            double floor = 32 * Math.ulp(1.0) * Math.max(Math.abs(p[0]), Math.abs(p[m - 1]));
            for (int k = 0; k < m; k++, column++) {
                double sk = p[k] > floor ? Math.sqrt(p[k]) : 0;
                for (int x = 0; x < m; x++) {
                    int i = members[x];
                    wr[i * 4 + column] = sk * d.vectors().re(x, k);
                    wi[i * 4 + column] = sk * d.vectors().im(x, k);
                }
            }
        }
    }

    /** The connected component of each level in rho's nonzero pattern, numbered 0, 1, ... */
    private static int[] blocks(CMatrix rho) {
        int[] block = {-1, -1, -1, -1};
        int count = 0;
        for (int s = 0; s < 4; s++) {
            if (block[s] >= 0) {
                continue;
            }
            block[s] = count;
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 4; j++) {
                        if (block[i] == count && block[j] < 0 && (rho.re(i, j) != 0 || rho.im(i, j) != 0)) {
                            block[j] = count;
                            grew = true;
                        }
                    }
                }
            }
            count++;
        }
        return block;
    }

    private static int[] members(int[] block, int b) {
        return java.util.stream.IntStream.range(0, 4).filter(i -> block[i] == b).toArray();
    }

    /** Entanglement of formation in ebits from the concurrence. */
    static double entanglementOfFormation(double concurrence) {
        double c = Math.min(1, concurrence);
        return StateSpectra.binaryEntropy(0.5 * (1 + Math.sqrt(1 - c * c)));
    }
}
