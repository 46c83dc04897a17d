package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.linalg.SparseCMatrixBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The generator of an {@link EnsembleSystem} acting on the sector blocks σ_J = d_J ρ_J:
 * <pre>
 *   (L σ)_J = -i K_J σ_J + i σ_J K_J† + Σ_k J_{k,J} σ_J J_{k,J}† + Σ_p γ_p S_p(σ)_J,
 *   K_J = H_J - (i/2) Σ_k Γ_k C_{k,J}† C_{k,J} - (i/2) Σ_p γ_p Λ_{p,J},   J_{k,J} = sqrt(Γ_k) C_{k,J},
 * </pre>
 * with {@code Λ_p = Σ_i A_i† A_i} collective: {@code jz + N/2} for emission, {@code N/2 - jz}
 * for pumping, {@code N} for dephasing; and S_p the block-coupling jump part of the local process
 * ({@link LocalTransfer}, which couples J to J and J ± 1). Collective terms keep each block.
 *
 * <p>One generator, two consumers: {@link #apply} (matrix-free, for residuals and iterative
 * methods) and {@link EnsembleAssembler} (the real sparse matrix for direct solves).
 */
public final class EnsembleLiouvillian {
    private final DickeLadders ladders;
    private final SparseCMatrix[] k;          // per block
    private final SparseCMatrix[][] jumps;     // [channel][block], scaled by sqrt(rate)
    private final List<LocalTransfer> transfers; // weights include the rates
    private final double scale;

    private EnsembleLiouvillian(EnsembleSystem system) {
        this.ladders = system.ladders();
        int blocks = ladders.blocks();
        int nJumps = system.collectiveJumps().size();
        k = new SparseCMatrix[blocks];
        jumps = new SparseCMatrix[nJumps][blocks];
        transfers = new ArrayList<>();
        for (Map.Entry<LocalProcess, Double> e : system.localRates().entrySet()) {
            for (LocalTransfer t : LocalTransfer.of(e.getKey(), ladders)) {
                transfers.add(new LocalTransfer(t.source(), t.target(), t.shift(), t.weight() * e.getValue(), t.f()));
            }
        }
        double s = 0;
        for (int b = 0; b < blocks; b++) {
            int twoJ = ladders.twoJ(b);
            SparseCMatrix kb = system.hamiltonian().matrix(twoJ);
            double sb = 0;
            for (int c = 0; c < nJumps; c++) {
                CollectiveJump cj = system.collectiveJumps().get(c);
                SparseCMatrix m = cj.op().matrix(twoJ);
                jumps[c][b] = m.scale(Math.sqrt(cj.rate()), 0);
                kb = kb.plus(m.adjoint().times(m).scale(0, -0.5 * cj.rate()));
                sb += cj.rate() * m.maxAbs() * m.maxAbs() * (twoJ + 1);
            }
            kb = kb.plus(localAnticommutator(system, twoJ));
            k[b] = kb;
            s = Math.max(s, sb + 2 * kb.maxAbs() * Math.sqrt(twoJ + 1));
        }
        for (LocalTransfer t : transfers) {
            s = Math.max(s, 2 * Math.abs(t.weight()));
        }
        this.scale = s;
    }

    public static EnsembleLiouvillian of(EnsembleSystem system) {
        return new EnsembleLiouvillian(system);
    }

    /** {@code -(i/2) Σ_p γ_p Λ_p} in block 2j = twoJ (diagonal: level k has m = k - j). */
    private static SparseCMatrix localAnticommutator(EnsembleSystem system, int twoJ) {
        double n = system.members();
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(twoJ + 1, twoJ + 1);
        for (int lev = 0; lev <= twoJ; lev++) {
            double m = lev - twoJ / 2.0;
            double lambda = system.localRate(LocalProcess.EMISSION) * (m + n / 2)
                    + system.localRate(LocalProcess.PUMPING) * (n / 2 - m)
                    + system.localRate(LocalProcess.DEPHASING) * n;
            if (lambda != 0) {
                b.add(lev, lev, 0, -0.5 * lambda);
            }
        }
        return b.build();
    }

    public DickeLadders ladders() { return ladders; }

    /** K_J of block b. */
    SparseCMatrix effectiveHamiltonian(int b) { return k[b]; }

    /** sqrt(Γ_k) C_{k,J} of every channel in block b. */
    SparseCMatrix[] jumps(int b) {
        SparseCMatrix[] out = new SparseCMatrix[jumps.length];
        for (int c = 0; c < jumps.length; c++) {
            out[c] = jumps[c][b];
        }
        return out;
    }

    /** The local transfers (rates included). */
    List<LocalTransfer> transfers() { return transfers; }

    /** A cheap upper scale of the generator's norm, for relative residual tolerances. */
    public double normScale() { return scale; }

    /** (L σ) for Hermitian blocks σ (dense, one per ladder). The input is not modified. */
    public CMatrix[] apply(CMatrix[] sigma) {
        CMatrix[] out = new CMatrix[sigma.length];
        for (int b = 0; b < sigma.length; b++) {
            // -i K σ + i σ K† = A + A† with A = -i K σ (σ Hermitian)
            CMatrix a = leftMultiply(k[b], sigma[b]).scale(0, -1);
            CMatrix y = a.plus(a.adjoint());
            for (SparseCMatrix[] jc : jumps) {
                // J σ J† = J (J σ)†  (σ Hermitian)
                y = y.plus(leftMultiply(jc[b], leftMultiply(jc[b], sigma[b]).adjoint()));
            }
            out[b] = y;
        }
        for (LocalTransfer t : transfers) {
            CMatrix src = sigma[t.source()];
            CMatrix dst = out[t.target()];
            int n = src.rows();
            int nt = dst.rows();
            double[] f = t.f();
            for (int i = 0; i < n; i++) {
                int it = i + t.shift();
                if (f[i] == 0 || it < 0 || it >= nt) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    int jt = j + t.shift();
                    if (f[j] == 0 || jt < 0 || jt >= nt) {
                        continue;
                    }
                    double w = t.weight() * f[i] * f[j];
                    dst.addTo(it, jt, w * src.re(i, j), w * src.im(i, j));
                }
            }
        }
        return out;
    }

    /** S X for sparse S and dense X. */
    static CMatrix leftMultiply(SparseCMatrix s, CMatrix x) {
        int n = x.cols();
        CMatrix y = new CMatrix(s.rows(), n);
        int[] rp = s.rowPtr();
        int[] ci = s.colIdx();
        double[] vr = s.valuesRe();
        double[] vi = s.valuesIm();
        for (int i = 0; i < s.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int c = ci[p];
                for (int j = 0; j < n; j++) {
                    double xr = x.re(c, j);
                    double xi = x.im(c, j);
                    y.addTo(i, j, vr[p] * xr - vi[p] * xi, vr[p] * xi + vi[p] * xr);
                }
            }
        }
        return y;
    }
}
