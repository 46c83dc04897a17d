package dev.steadfast.ensemble;

import dev.steadfast.linalg.LuFactorization;
import dev.steadfast.linalg.LuFactorizations;
import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;

/**
 * Preconditioner for the bordered ensemble generator M: the exact LU of the part of M that keeps
 * the coherence order {@code Δ = m - m'}. Every dissipative term (collective or local) and every
 * jz-diagonal Hamiltonian term preserves Δ; only m-changing Hamiltonian terms (jx, jy) couple Δ to
 * Δ ± 1. Dropping those couplings splits M into one slab per Δ, each a two-dimensional problem in
 * (j, m) whose sparse LU has little fill, whereas the full three-dimensional (j, m, m') problem
 * fills badly. Each slab is factorised separately with CSparse (AMD ordering).
 */
final class CoherenceOrderPreconditioner implements dev.steadfast.linalg.Preconditioner {
    private final int[][] members;   // coordinates of each slab, ascending
    private final LuFactorization[] lus;
    private final long fill;
    private final int[] order;   // slabs by decreasing size

    private CoherenceOrderPreconditioner(int[][] members, LuFactorization[] lus) {
        this.members = members;
        this.lus = lus;
        this.order = bySize(members);
        long f = 0;
        for (LuFactorization lu : lus) {
            f += lu.factorNonzeros();
        }
        this.fill = f;
    }

    /**
     * Factorises the Δ-preserving part of m; returns null when a slab is singular. The slabs are
     * independent: they are factorised in parallel, largest first.
     */
    static CoherenceOrderPreconditioner of(RealCsc m, int[] order) {
        Slabs s = Slabs.of(order);
        int[][] members = s.members;
        int[] local = s.local;
        LuFactorization[] lus = new LuFactorization[members.length];
        java.util.concurrent.atomic.AtomicBoolean singular = new java.util.concurrent.atomic.AtomicBoolean();
        forEachSlab(bySize(members), d -> {
            if (!singular.get()) {
                lus[d] = LuFactorizations.sparse(slab(m, members[d], order, local, d));
                if (lus[d] == null) {
                    singular.set(true);
                }
            }
        });
        return singular.get() ? null : new CoherenceOrderPreconditioner(members, lus);
    }

    /** Slab indices by decreasing size. */
    private static int[] bySize(int[][] members) {
        return java.util.stream.IntStream.range(0, members.length).boxed()
                .sorted((x, y) -> Integer.compare(members[y].length, members[x].length)).mapToInt(Integer::intValue).toArray();
    }

    /** Runs independent slab work on the cores, each worker taking the next slab of {@code order} as it finishes one. */
    private static void forEachSlab(int[] order, java.util.function.IntConsumer work) {
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        int workers = Math.min(order.length, Runtime.getRuntime().availableProcessors());
        java.util.stream.IntStream.range(0, workers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < order.length; i = next.getAndIncrement()) {
                work.accept(order[i]);
            }
        });
    }

    /** The coordinates of each slab (ascending) and each coordinate's index within its slab. */
    private record Slabs(int[][] members, int[] local) {
        static Slabs of(int[] order) {
            int n = order.length;
            int maxOrder = 0;
            for (int d : order) {
                maxOrder = Math.max(maxOrder, d);
            }
            int[] count = new int[maxOrder + 1];
            int[] local = new int[n];
            for (int c = 0; c < n; c++) {
                local[c] = count[order[c]]++;
            }
            int[][] members = new int[maxOrder + 1][];
            for (int d = 0; d <= maxOrder; d++) {
                members[d] = new int[count[d]];
            }
            for (int c = 0; c < n; c++) {
                members[order[c]][local[c]] = c;
            }
            return new Slabs(members, local);
        }
    }

    private static RealCsc slab(RealCsc m, int[] cols, int[] order, int[] local, int d) {
        int k = cols.length;
        int[] colPtr = new int[k + 1];
        IntList rows = new IntList(8 * k);
        DoubleList vals = new DoubleList(8 * k);
        for (int j = 0; j < k; j++) {
            int c = cols[j];
            for (int p = m.colPtr()[c]; p < m.colPtr()[c + 1]; p++) {
                int r = m.rowIdx()[p];
                if (order[r] == d) {
                    rows.add(local[r]);
                    vals.add(m.values()[p]);
                }
            }
            colPtr[j + 1] = rows.size();
        }
        return new RealCsc(k, k, colPtr, rows.toArray(), vals.toArray());
    }

    /** z = P^{-1} r, the slabs in parallel. */
    @Override
    public void apply(double[] r, double[] z) {
        forEachSlab(order, d -> {
            int[] idx = members[d];
            double[] rs = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                rs[i] = r[idx[i]];
            }
            double[] zs = lus[d].solve(rs);
            for (int i = 0; i < idx.length; i++) {
                z[idx[i]] = zs[i];
            }
        });
    }

    /**
     * Predicted cost of building and applying the preconditioner of m, from the predicted fill of
     * every slab ({@link dev.steadfast.linalg.FillEstimate}): its factorisation, then two
     * triangular solves an application.
     */
    static dev.steadfast.liouville.PreconditionerCost cost(RealCsc m, int[] order) {
        Slabs s = Slabs.of(order);
        double build = 0;
        double apply = 0;
        for (int d = 0; d < s.members.length; d++) {
            dev.steadfast.linalg.FillEstimate f = dev.steadfast.linalg.FillEstimate.of(slab(m, s.members[d], order, s.local, d));
            build += f.flops();
            apply += 2 * f.factorNonzeros();
        }
        return new dev.steadfast.liouville.PreconditionerCost(build, apply);
    }

    /** Nonzeros of all slab factors. */
    long factorNonzeros() { return fill; }
}
