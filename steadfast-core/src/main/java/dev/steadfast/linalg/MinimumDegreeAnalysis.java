package dev.steadfast.linalg;

import edu.emory.mathcs.csparsej.tdouble.Dcs_amd;
import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcs;
import edu.emory.mathcs.csparsej.tdouble.Dcs_counts;
import edu.emory.mathcs.csparsej.tdouble.Dcs_etree;
import edu.emory.mathcs.csparsej.tdouble.Dcs_post;

/**
 * The symbolic analysis of a sparse LU in a minimum-degree order: CSparse's approximate minimum
 * degree (AMD) ordering of {@code A + A^T}, then the elimination tree and column counts of the
 * symmetrised pattern in that order. For an LU that keeps its diagonal pivots (a structurally
 * symmetric pattern without numerical cancellation) the counts are exact: {@code factorNonzeros}
 * nonzeros in L + U and {@code flops} floating-point operations. Threshold pivoting may depart from
 * the diagonal, so for {@link CsparseLU} they are a prediction (measured within a few per cent on
 * the Liouvillians of docs/solvers.md). Costs about as much as CSparse's own ordering, which
 * {@link CsparseLU#factor(RealCsc, MinimumDegreeAnalysis, double)} then reuses.
 *
 * @param columnOrder    the fill-reducing order: column {@code columnOrder[k]} is eliminated k-th
 * @param factorNonzeros nonzeros of L + U (the unit diagonal of L not counted twice)
 * @param flops          floating-point operations of the factorisation
 */
public record MinimumDegreeAnalysis(int[] columnOrder, long factorNonzeros, double flops) {

    /** The analysis of a square matrix. */
    public static MinimumDegreeAnalysis of(RealCsc a) {
        if (a.rows() != a.cols()) {
            throw new IllegalArgumentException("LU needs a square matrix, got " + a.rows() + "x" + a.cols());
        }
        int n = a.cols();
        if (n == 0) {
            return new MinimumDegreeAnalysis(new int[0], 0, 0);
        }
        Dcs m = new Dcs();
        m.m = n;
        m.n = n;
        m.p = a.colPtr();
        m.i = a.rowIdx();
        m.x = a.values();
        m.nz = -1;
        m.nzmax = Math.max(1, a.nnz());
        int[] q = Dcs_amd.cs_amd(1, m);
        int[] order = java.util.Arrays.copyOf(q, n);
        Dcs upper = permutedUpperPattern(a, order);
        int[] parent = Dcs_etree.cs_etree(upper, false);
        int[] post = Dcs_post.cs_post(parent, n);
        int[] counts = Dcs_counts.cs_counts(upper, parent, post, false);
        long nnz = 0;
        double flops = 0;
        for (int j = 0; j < n; j++) {
            long c = counts[j];
            nnz += 2 * c - 1;
            // column j of L below the diagonal (c - 1 entries) updates a (c - 1) x (c - 1) block of
            // the trailing matrix: one multiply and one add each, plus the c - 1 divisions
            flops += 2.0 * (c - 1) * (c - 1) + (c - 1);
        }
        return new MinimumDegreeAnalysis(order, nnz, flops);
    }

    /** The pattern of {@code P (A + A^T) P^T}, upper triangle with diagonal, compressed by column. */
    static Dcs permutedUpperPattern(RealCsc a, int[] order) {
        int n = a.cols();
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[order[k]] = k;
        }
        int[] cp = a.colPtr();
        int[] ri = a.rowIdx();
        int[] count = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = pinv[ri[p]];
                int jj = pinv[j];
                if (i != jj) {
                    count[Math.max(i, jj)]++;
                }
            }
        }
        int[] ptr = new int[n + 1];
        for (int j = 0; j < n; j++) {
            ptr[j + 1] = ptr[j] + count[j] + 1;
        }
        int[] idx = new int[ptr[n]];
        int[] next = java.util.Arrays.copyOf(ptr, n);
        for (int j = 0; j < n; j++) {
            idx[next[j]++] = j;
        }
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = pinv[ri[p]];
                int jj = pinv[j];
                if (i != jj) {
                    idx[next[Math.max(i, jj)]++] = Math.min(i, jj);
                }
            }
        }
        Dcs c = new Dcs();
        c.m = n;
        c.n = n;
        c.p = ptr;
        c.i = idx;
        c.x = null;
        c.nz = -1;
        c.nzmax = idx.length;
        return c;
    }
}
