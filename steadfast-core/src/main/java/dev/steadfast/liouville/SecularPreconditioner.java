package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.DenseProducts;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.system.OpenSystem;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;

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
 * solvers slow, leaving GMRES to correct the rest.
 *
 * <p>Cost of one application: where a block's eigenbasis is real (H real in that block, e.g. any
 * real Hamiltonian), a Hermitian X is carried as the one real matrix {@code A = Re X + Im X}: the
 * congruence {@code V^T A V} keeps symmetric and antisymmetric parts apart, so its symmetric part
 * is {@code Re(V^T X V)} and its antisymmetric part {@code Im(V^T X V)}. The change of basis and
 * back are then four real block products, {@code 8 sum_b n_b^3} flops, half of what the real and
 * imaginary parts separately cost; the products and the population solve go to
 * {@link DenseProducts#forWork} (native BLAS where it loads and the work pays for loading it). Blocks with a complex eigenbasis take
 * complex products.
 */
public final class SecularPreconditioner implements Preconditioner {
    private final EnergyBlocks blocks;
    private final double[][] rateRe;
    private final double[][] rateIm;
    private final DenseProducts products;
    private final DenseProducts.Solver populations;
    /** Where each block's entries sit among the basis coordinates. */
    private final BlockCoordinates coordinates;
    private final int[] byDecreasingSize;

    /**
     * The dense work of a typical solve: the blocks' eigen-decompositions, the population LU and some
     * 40 applications of 8 sum_b n_b^3 flops (what decides whether loading native BLAS pays).
     */
    private static double expectedFlops(int d, int[] charge) {
        java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
        if (charge == null) {
            sizes.put(0, d);
        } else {
            for (int q : charge) {
                sizes.merge(q, 1, Integer::sum);
            }
        }
        double cubes = 0;
        for (int n : sizes.values()) {
            cubes += (double) n * n * n;
        }
        return 10 * cubes + (double) d * d * d + 40 * 8 * cubes;
    }

    public SecularPreconditioner(OpenSystem system, Liouvillian l, HermitianBasis basis, int[] charge) {
        this.products = DenseProducts.forWork(expectedFlops(system.hamiltonian().matrix().rows(), charge));
        this.blocks = new EnergyBlocks(system.hamiltonian().matrix(), charge, products);
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
        DenseProducts.Solver lu = products.factor(d, w.data);
        if (lu == null || !(lu.quality() > 1e-13)) {
            // The secular dynamics has several stationary distributions (dark states of the Pauli
            // equation). The preconditioner only has to be approximate, so a tiny uniform decay
            // makes the population solve regular; whether the true steady state is unique is decided
            // by the solver's own probe, not here.
            DMatrixRMaj a = w.copy();
            for (int g = 0; g < d; g++) {
                a.add(g, g, -1e-9 * Math.max(scale, 1e-300));
            }
            lu = products.factor(d, a.data);
            if (lu == null) {
                throw new ArithmeticException("secular population matrix is singular");
            }
        }
        populations = lu;
        byDecreasingSize = IntStream.range(0, nb).boxed().sorted((x, y) -> Integer.compare(blocks.size(y), blocks.size(x)))
                .mapToInt(Integer::intValue).toArray();
        coordinates = new BlockCoordinates(basis, blocks);
    }

    /**
     * Applies the approximate inverse: every block to the eigenbasis, the population solve, the
     * division of coherences by their rates, every block back. Coordinates outside the blocks
     * (coherences between charge sectors, absent in a sector basis) are set to zero.
     */
    @Override
    public void apply(double[] r, double[] z) {
        int nb = blocks.blocks();
        double[][] real = new double[nb][];
        CMatrix[] complex = new CMatrix[nb];
        double[] p = new double[blocks.dimension];
        forEachBlock(b -> {
            int n = blocks.size(b);
            if (blocks.realVectors[b] != null) {
                double[] y = blocks.toEigenbasisRealForm(coordinates.realForm(r, b), b);
                for (int e = 0; e < n; e++) {
                    p[blocks.offset[b] + e] = y[e * n + e];
                }
                real[b] = y;
            } else {
                CMatrix y = blocks.toEigenbasis(coordinates.toBlock(r, b), b, b);
                for (int e = 0; e < n; e++) {
                    p[blocks.offset[b] + e] = y.re(e, e);
                }
                complex[b] = y;
            }
        });
        populations.solveInPlace(p);
        java.util.Arrays.fill(z, 0);
        forEachBlock(b -> {
            if (real[b] != null) {
                coordinates.fromRealForm(blocks.fromEigenbasisRealForm(divideRealForm(real[b], b, p), b), b, z);
            } else {
                coordinates.fromBlock(blocks.fromEigenbasis(divideByRates(complex[b], b, p), b), b, z);
            }
        });
    }

    /**
     * Runs the block work in parallel, largest blocks first (the products are single-threaded,
     * cost {@code n_b^3}), each worker taking the next block as it finishes one.
     */
    private void forEachBlock(IntConsumer work) {
        AtomicInteger next = new AtomicInteger();
        int workers = Math.min(byDecreasingSize.length, Runtime.getRuntime().availableProcessors());
        IntStream.range(0, workers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < byDecreasingSize.length; i = next.getAndIncrement()) {
                work.accept(byDecreasingSize[i]);
            }
        });
    }

    /**
     * In the eigenbasis, in real form ({@code Y = S + K}, S symmetric = Re, K antisymmetric = Im):
     * coherences divided by their secular rates, populations from the Pauli solve. In place.
     */
    private double[] divideRealForm(double[] y, int b, double[] populationsOut) {
        int n = blocks.size(b);
        double[] cre = rateRe[b];
        double[] cim = rateIm[b];
        for (int e = 0; e < n; e++) {
            y[e * n + e] = populationsOut[blocks.offset[b] + e];
            for (int f = e + 1; f < n; f++) {
                double upper = y[e * n + f];
                double lower = y[f * n + e];
                double xr = 0.5 * (upper + lower);
                double xi = 0.5 * (upper - lower);
                double cr = cre[e * n + f];
                double ci = cim[e * n + f];
                double den = cr * cr + ci * ci;
                double zr = (xr * cr + xi * ci) / den;
                double zi = (xi * cr - xr * ci) / den;
                // Z_fe = conj(Z_ef): the rates obey c_fe = conj(c_ef)
                y[e * n + f] = zr + zi;
                y[f * n + e] = zr - zi;
            }
        }
        return y;
    }

    /** In the eigenbasis: coherences divided by their secular rates, populations from the Pauli solve. */
    private CMatrix divideByRates(CMatrix x, int b, double[] populationsOut) {
        int n = blocks.size(b);
        for (int e = 0; e < n; e++) {
            for (int f = 0; f < n; f++) {
                if (e == f) {
                    x.set(e, e, populationsOut[blocks.offset[b] + e], 0);
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
}
