package dev.steadfast.ensemble;

import dev.steadfast.linalg.CsparseLU;
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
final class CoherenceOrderPreconditioner {
    private final int[][] members;   // coordinates of each slab, ascending
    private final CsparseLU[] lus;
    private final long fill;

    private CoherenceOrderPreconditioner(int[][] members, CsparseLU[] lus) {
        this.members = members;
        this.lus = lus;
        long f = 0;
        for (CsparseLU lu : lus) {
            f += lu.factorNonzeros();
        }
        this.fill = f;
    }

    /** Factorises the Δ-preserving part of m; returns null when a slab is singular. */
    static CoherenceOrderPreconditioner of(RealCsc m, int[] order) {
        int n = m.cols();
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
        CsparseLU[] lus = new CsparseLU[maxOrder + 1];
        for (int d = 0; d <= maxOrder; d++) {
            lus[d] = CsparseLU.factor(slab(m, members[d], order, local, d));
            if (lus[d] == null) {
                return null;
            }
        }
        return new CoherenceOrderPreconditioner(members, lus);
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

    /** z = P^{-1} r. */
    double[] apply(double[] r) {
        double[] z = new double[r.length];
        for (int d = 0; d < members.length; d++) {
            int[] idx = members[d];
            double[] rs = new double[idx.length];
            for (int i = 0; i < idx.length; i++) {
                rs[i] = r[idx[i]];
            }
            double[] zs = lus[d].solve(rs);
            for (int i = 0; i < idx.length; i++) {
                z[idx[i]] = zs[i];
            }
        }
        return z;
    }

    /** Nonzeros of all slab factors. */
    long factorNonzeros() { return fill; }
}
