package dev.steadfast.liouville;

import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.MinimumDegreeAnalysis;
import dev.steadfast.linalg.Preconditioner;
import dev.steadfast.linalg.RealCsc;
import java.util.Optional;

/**
 * A preconditioner for a generator whose only obstacle to an excitation-number symmetry is a set of
 * terms that change it — a coherent drive {@code F (a + a†)}, a transverse field: the Liouvillian
 * without those terms, solved exactly.
 *
 * <p>With the excitation number Q of each basis state ({@link dev.steadfast.system.Excitations}),
 * every real coordinate of the Hermitian basis has a charge difference {@code |Q(i) - Q(j)|} (the
 * coherence order). The preconditioner keeps the entries of the bordered generator between
 * coordinates of equal coherence order and drops the rest, so that it is block diagonal by order; the
 * trace row lies in order 0 (populations), whose block it borders. Its sparse LU (minimum-degree
 * order, no fill between blocks) is then applied at every GMRES iteration. Where the dropped terms
 * are weak against the kept dynamics (a driven damped cavity: a drive F against decay and detuning)
 * GMRES converges in a few tens of iterations where the secular preconditioner, made for level
 * splittings much larger than the rates, takes hundreds; in the strong-drive (secular) limit the
 * secular preconditioner is the better one — {@link LindbladGenerator} offers these blocks only for
 * systems with an oscillator whose dropped terms are not too strong, and then by cost
 * (docs/solvers.md has the measurements).
 */
public final class ChargeBlockPreconditioner implements Preconditioner {
    private final LuFactorization lu;

    private ChargeBlockPreconditioner(LuFactorization lu) {
        this.lu = lu;
    }

    /**
     * The order-block-diagonal part of a bordered generator, with the minimum-degree analysis its
     * LU will use.
     *
     * @param matrix   the kept entries
     * @param analysis the fill-reducing order and predicted factor size of {@code matrix}
     * @param dropped  how many entries of the bordered generator were dropped (0: nothing to gain)
     * @param droppedWeight the largest, over the columns, of the dropped entries' absolute sum
     *                 relative to the kept ones': how strong the excitation-changing terms are against
     *                 the dynamics the blocks keep (the driven cavity 0.85, a Kerr pair 2.0, the
     *                 spin-boson reaction coordinate 2.3; double quantum dots whose interdot
     *                 tunnelling and dipole coupling change the level count, 27)
     */
    public record Blocks(RealCsc matrix, MinimumDegreeAnalysis analysis, long dropped, double droppedWeight) {

        /** The blocks of {@code bordered}, whose coordinate c has coherence order {@code order[c]}. */
        public static Blocks of(RealCsc bordered, int[] order) {
            int n = bordered.cols();
            if (order.length != n) {
                throw new IllegalArgumentException(order.length + " coherence orders for " + n + " coordinates");
            }
            int[] cp = bordered.colPtr();
            int[] ri = bordered.rowIdx();
            double[] v = bordered.values();
            int[] ncp = new int[n + 1];
            int kept = 0;
            for (int j = 0; j < n; j++) {
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    if (order[ri[p]] == order[j]) {
                        kept++;
                    }
                }
                ncp[j + 1] = kept;
            }
            int[] nri = new int[kept];
            double[] nv = new double[kept];
            int k = 0;
            double worst = 0;
            for (int j = 0; j < n; j++) {
                double keptSum = 0;
                double droppedSum = 0;
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    if (order[ri[p]] == order[j]) {
                        nri[k] = ri[p];
                        nv[k++] = v[p];
                        keptSum += Math.abs(v[p]);
                    } else {
                        droppedSum += Math.abs(v[p]);
                    }
                }
                if (droppedSum > 0) {
                    worst = Math.max(worst, droppedSum / Math.max(keptSum, Double.MIN_NORMAL));
                }
            }
            RealCsc m = new RealCsc(n, n, ncp, nri, nv);
            return new Blocks(m, MinimumDegreeAnalysis.of(m), bordered.nnz() - (long) kept, worst);
        }

        /** Flops of the factorisation (the analysis's count, exact for diagonal pivots). */
        public double constructionFlops() {
            return analysis.flops();
        }

        /** Flops of one application: a forward and a backward substitution through the factors. */
        public double applicationFlops() {
            return 2.0 * analysis.factorNonzeros() + matrix.cols();
        }
    }

    /** The preconditioner of these blocks, or empty when they are singular (their LU breaks down). */
    public static Optional<ChargeBlockPreconditioner> of(Blocks blocks) {
        int n = blocks.matrix().cols();
        LuFactorization lu = LuFactorizations.isDense(n) ? LuFactorizations.dense(blocks.matrix())
                : LuFactorizations.sparse(blocks.matrix(), blocks.analysis());
        return lu == null ? Optional.empty() : Optional.of(new ChargeBlockPreconditioner(lu));
    }

    @Override
    public void apply(double[] r, double[] z) {
        System.arraycopy(lu.solve(r), 0, z, 0, z.length);
    }

    /** The LU's solves allocate their own work arrays and run on the calling thread. */
    @Override
    public boolean concurrentApplications() {
        return true;
    }
}
