package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * An approximate inverse of the normalised generator {@code M(X) = L(X) + (Tr X) 1/d} built from
 * the secular (Pauli) approximation of L in the eigenbasis of H.
 *
 * <p>With {@code H = V E V†} (block by block when a charge is conserved) and jumps
 * {@code J'_k = V† J_k V}, the secular generator keeps, for a coherence {@code X'_ef} (e ≠ f),
 * only its own decay {@code c_ef = -i(E_e - E_f) - (G_e + G_f)/2 + sum_k J'_k,ee conj(J'_k,ff)}
 * with {@code G = diag(sum_k J'_k† J'_k)}, and for populations the classical rate equation
 * {@code dp_e/dt = sum_m W_em p_m}, {@code W_em = sum_k |J'_k,em|^2 - delta_em G_m}. Its inverse
 * is cheap: coherences are divided by {@code c_ef}, populations solve one dense d x d system
 * {@code (W + 1 1^T / d) p = r}. In the weak-coupling regime this is nearly the exact inverse;
 * elsewhere it still captures the coherent dynamics and the population balance that make Krylov
 * solvers slow, leaving GMRES to correct the rest. Cost of one application: four dense
 * block multiplications, {@code O(sum_b n_b^3)}.
 */
public final class SecularPreconditioner implements Preconditioner {
    private final HermitianBasis basis;
    private final EnergyBlocks blocks;
    private final double[][] rateRe;
    private final double[][] rateIm;
    private final LinearSolverDense<DMatrixRMaj> populations;

    public SecularPreconditioner(OpenSystem system, Liouvillian l, HermitianBasis basis, int[] charge) {
        this.basis = basis;
        this.blocks = new EnergyBlocks(system.hamiltonian().matrix(), charge);
        int d = blocks.dimension;
        int nb = blocks.blocks();
        double[] gamma = new double[d];
        DMatrixRMaj w = new DMatrixRMaj(d, d);
        rateRe = new double[nb][];
        rateIm = new double[nb][];
        double[][] diagRe = new double[nb][];
        for (int b = 0; b < nb; b++) {
            int n = blocks.size(b);
            rateRe[b] = new double[n * n];
            rateIm[b] = new double[n * n];
        }
        for (SparseCMatrix j : l.scaledJumps()) {
            for (int b = 0; b < nb; b++) {
                int t = blocks.target(j, b);
                if (t < 0) {
                    continue;
                }
                CMatrix jp = blocks.toEigenbasis(blocks.extract(j, t, b), t, b);
                int nt = blocks.size(t);
                int n = blocks.size(b);
                for (int i = 0; i < n; i++) {
                    int gi = blocks.offset[b] + i;
                    for (int m = 0; m < nt; m++) {
                        double a2 = jp.re(m, i) * jp.re(m, i) + jp.im(m, i) * jp.im(m, i);
                        gamma[gi] += a2;
                        w.add(blocks.offset[t] + m, gi, a2);
                    }
                }
                if (t == b) {
                    for (int e = 0; e < n; e++) {
                        for (int f = 0; f < n; f++) {
                            // J'_ee conj(J'_ff)
                            double ar = jp.re(e, e);
                            double ai = jp.im(e, e);
                            double br = jp.re(f, f);
                            double bi = -jp.im(f, f);
                            rateRe[b][e * n + f] += ar * br - ai * bi;
                            rateIm[b][e * n + f] += ar * bi + ai * br;
                        }
                    }
                }
            }
        }
        for (int b = 0; b < nb; b++) {
            int n = blocks.size(b);
            double[] en = blocks.energies[b];
            for (int e = 0; e < n; e++) {
                for (int f = 0; f < n; f++) {
                    rateRe[b][e * n + f] -= 0.5 * (gamma[blocks.offset[b] + e] + gamma[blocks.offset[b] + f]);
                    rateIm[b][e * n + f] -= en[e] - en[f];
                }
            }
        }
        double scale = 0;
        for (int g = 0; g < d; g++) {
            w.add(g, g, -gamma[g]);
            scale = Math.max(scale, gamma[g]);
        }
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                w.add(r, c, 1.0 / d);
            }
        }
        populations = LinearSolverFactory_DDRM.lu(d);
        DMatrixRMaj a = w.copy();
        if (!populations.setA(a) || !(populations.quality() > 1e-13)) {
            // The secular dynamics has several stationary distributions (dark states of the Pauli
            // equation). The preconditioner only has to be approximate, so a tiny uniform decay
            // makes the population solve regular; whether the true steady state is unique is decided
            // by the solver's own probe, not here.
            a = w.copy();
            for (int g = 0; g < d; g++) {
                a.add(g, g, -1e-9 * Math.max(scale, 1e-300));
            }
            if (!populations.setA(a)) {
                throw new ArithmeticException("secular population matrix is singular");
            }
        }
    }

    /**
     * Applies the approximate inverse. Blocks are independent, so the dense block products (the
     * whole cost) run in parallel on the common fork-join pool.
     */
    @Override
    public void apply(double[] r, double[] z) {
        int nb = blocks.blocks();
        CMatrix[] rot = new CMatrix[nb];
        CMatrix[] in = toBlocks(r);
        DMatrixRMaj pin = new DMatrixRMaj(blocks.dimension, 1);
        IntStream.range(0, nb).parallel().forEach(b -> {
            rot[b] = blocks.toEigenbasis(in[b], b, b);
            for (int e = 0; e < blocks.size(b); e++) {
                pin.data[blocks.offset[b] + e] = rot[b].re(e, e);
            }
        });
        DMatrixRMaj pout = new DMatrixRMaj(blocks.dimension, 1);
        populations.solve(pin, pout);
        IntStream.range(0, nb).parallel().forEach(b -> rot[b] = blocks.fromEigenbasis(divideByRates(rot[b], b, pout), b));
        fromBlocks(rot, z);
    }

    /** In the eigenbasis: coherences divided by their secular rates, populations from the Pauli solve. */
    private CMatrix divideByRates(CMatrix x, int b, DMatrixRMaj populationsOut) {
        int n = blocks.size(b);
        for (int e = 0; e < n; e++) {
            for (int f = 0; f < n; f++) {
                if (e == f) {
                    x.set(e, e, populationsOut.data[blocks.offset[b] + e], 0);
                } else {
                    double cr = rateRe[b][e * n + f];
                    double ci = rateIm[b][e * n + f];
                    double den = cr * cr + ci * ci;
                    double xr = x.re(e, f);
                    double xi = x.im(e, f);
                    x.set(e, f, (xr * cr + xi * ci) / den, (xi * cr - xr * ci) / den);
                }
            }
        }
        return x;
    }

    private CMatrix[] toBlocks(double[] x) {
        int nb = blocks.blocks();
        CMatrix[] out = new CMatrix[nb];
        for (int b = 0; b < nb; b++) {
            out[b] = new CMatrix(blocks.size(b), blocks.size(b));
        }
        for (int pos = 0; pos < basis.positions(); pos++) {
            int i = basis.row(pos);
            int j = basis.col(pos);
            int c = basis.coordinate(pos);
            int b = blocks.blockOf[i];
            if (blocks.blockOf[j] != b) {
                continue;
            }
            int li = blocks.localIndex[i];
            int lj = blocks.localIndex[j];
            if (i == j) {
                out[b].set(li, li, x[c], 0);
            } else {
                out[b].set(li, lj, x[c], x[c + 1]);
                out[b].set(lj, li, x[c], -x[c + 1]);
            }
        }
        return out;
    }

    private void fromBlocks(CMatrix[] m, double[] z) {
        java.util.Arrays.fill(z, 0);
        for (int pos = 0; pos < basis.positions(); pos++) {
            int i = basis.row(pos);
            int j = basis.col(pos);
            int c = basis.coordinate(pos);
            int b = blocks.blockOf[i];
            if (blocks.blockOf[j] != b) {
                continue;
            }
            CMatrix x = m[b];
            int li = blocks.localIndex[i];
            int lj = blocks.localIndex[j];
            z[c] = x.re(li, lj);
            if (i != j) {
                z[c + 1] = x.im(li, lj);
            }
        }
    }
}
