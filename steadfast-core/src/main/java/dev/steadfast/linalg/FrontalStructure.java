package dev.steadfast.linalg;

import edu.emory.mathcs.csparsej.tdouble.Dcs_common.Dcs;
import edu.emory.mathcs.csparsej.tdouble.Dcs_counts;
import edu.emory.mathcs.csparsej.tdouble.Dcs_etree;
import edu.emory.mathcs.csparsej.tdouble.Dcs_post;

/**
 * The frontal structure of a multifrontal LU ({@link MultifrontalLU}) of a square matrix A in the
 * minimum-degree order of a {@link MinimumDegreeAnalysis}: that order postordered along the
 * elimination tree of {@code A + A^T} (same fill), the fundamental supernodes (chains of columns
 * whose factor columns nest), and for each supernode its front's row (= column) indices: its own
 * columns first, then the rows of its contribution block, ascending. A supernode's children come
 * before it.
 *
 * @param order      column {@code order[k]} of A is eliminated k-th (the AMD order, postordered)
 * @param first      supernode s holds the columns {@code first[s] .. first[s + 1] - 1} (in the new order)
 * @param frontRows  the front of supernode s: its global indices, its own columns first
 * @param parent     the supernode whose front receives s's contribution block, -1 for a root
 * @param flops      floating-point operations of the numeric factorisation (with diagonal pivots)
 */
public record FrontalStructure(int[] order, int[] first, int[][] frontRows, int[] parent, double flops) {

    /** The number of supernodes. */
    public int supernodes() {
        return parent.length;
    }

    /** The structure of {@code a} in the order of {@code analysis}. */
    public static FrontalStructure of(RealCsc a, MinimumDegreeAnalysis analysis) {
        int n = a.cols();
        int[] amd = analysis.columnOrder();
        if (a.rows() != n || amd.length != n) {
            throw new IllegalArgumentException("the analysis is of a " + amd.length + "-column matrix, got "
                    + a.rows() + "x" + n);
        }
        Dcs upper = MinimumDegreeAnalysis.permutedUpperPattern(a, amd);
        int[] parentAmd = Dcs_etree.cs_etree(upper, false);
        int[] post = Dcs_post.cs_post(parentAmd, n);
        int[] countsAmd = Dcs_counts.cs_counts(upper, parentAmd, post, false);
        int[] postInv = new int[n];
        for (int k = 0; k < n; k++) {
            postInv[post[k]] = k;
        }
        int[] order = new int[n];
        int[] parent = new int[n];
        int[] counts = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = amd[post[k]];
            int p = parentAmd[post[k]];
            parent[k] = p < 0 ? -1 : postInv[p];
            counts[k] = countsAmd[post[k]];
        }
        int[] children = new int[n];
        for (int k = 0; k < n; k++) {
            if (parent[k] >= 0) {
                children[parent[k]]++;
            }
        }
        // fundamental supernodes: j continues j - 1's when it is j - 1's parent, its only child,
        // and j - 1's factor column is j's plus the diagonal
        IntList starts = new IntList(16);
        for (int j = 0; j < n; j++) {
            boolean continues = j > 0 && parent[j - 1] == j && children[j] == 1 && counts[j - 1] == counts[j] + 1;
            if (!continues) {
                starts.add(j);
            }
        }
        int ns = starts.size();
        int[] first = new int[ns + 1];
        for (int s = 0; s < ns; s++) {
            first[s] = starts.get(s);
        }
        first[ns] = n;
        int[] supernodeOf = new int[n];
        for (int s = 0; s < ns; s++) {
            for (int j = first[s]; j < first[s + 1]; j++) {
                supernodeOf[j] = s;
            }
        }
        int[] sparent = new int[ns];
        for (int s = 0; s < ns; s++) {
            int p = parent[first[s + 1] - 1];
            sparent[s] = p < 0 ? -1 : supernodeOf[p];
        }
        // the symmetrised pattern in the new order, both triangles, by column
        SymmetricPattern c = SymmetricPattern.of(a, order);
        int[][] childLists = childLists(sparent);
        int[][] frontRows = new int[ns][];
        int[] mark = new int[n];
        java.util.Arrays.fill(mark, -1);
        IntList rows = new IntList(16);
        double flops = 0;
        for (int s = 0; s < ns; s++) {
            int f = first[s];
            int l = first[s + 1] - 1;
            rows.clear();
            for (int j = f; j <= l; j++) {
                mark[j] = s;
                rows.add(j);
            }
            int own = rows.size();
            for (int j = f; j <= l; j++) {
                for (int p = c.ptr[j]; p < c.ptr[j + 1]; p++) {
                    int i = c.idx[p];
                    if (i > l && mark[i] != s) {
                        mark[i] = s;
                        rows.add(i);
                    }
                }
            }
            for (int ch : childLists[s]) {
                int[] cr = frontRows[ch];
                for (int q = first[ch + 1] - first[ch]; q < cr.length; q++) {
                    int i = cr[q];
                    if (i > l && mark[i] != s) {
                        mark[i] = s;
                        rows.add(i);
                    }
                }
            }
            int[] fr = rows.toArray();
            java.util.Arrays.sort(fr, own, fr.length);
            if (fr.length != counts[f]) {
                throw new IllegalStateException("front " + s + " has " + fr.length + " rows, the column count says "
                        + counts[f]);
            }
            frontRows[s] = fr;
        }
        return amalgamated(order, first, frontRows, sparent);
    }

    /** Supernodes of up to this many columns absorb their last child whatever the zeros. */
    static final int RELAX_ALWAYS = 8;
    /** Up to this many columns when the zeros stay below {@link #RELAX_ZEROS} of the factor entries. */
    static final int RELAX_MAX = 48;
    static final double RELAX_ZEROS = 0.15;

    /**
     * Relaxed amalgamation: a supernode merges into its parent when it is the parent's last child
     * (contiguous columns) and the merged front is small, or adds few explicit zeros: fewer and
     * larger fronts, denser kernels.
     */
    private static FrontalStructure amalgamated(int[] order, int[] first, int[][] frontRows, int[] sparent) {
        int ns = sparent.length;
        int[] start = java.util.Arrays.copyOf(first, ns + 1);
        boolean[] merged = new boolean[ns];
        double[] zeros = new double[ns];
        for (int s = 0; s + 1 < ns; s++) {
            int p = s + 1;
            if (sparent[s] != p) {
                continue;
            }
            long ns1 = start[s + 1] - start[s];
            long np1 = start[p + 1] - start[p];
            long m1 = frontRows[s].length;
            long m2 = frontRows[p].length;
            long cols = ns1 + np1;
            long mm = m2 + ns1;
            double entries = cols * cols + 2.0 * cols * (mm - cols);
            double before = ns1 * ns1 + 2.0 * ns1 * (m1 - ns1) + np1 * np1 + 2.0 * np1 * (m2 - np1);
            double z = zeros[s] + zeros[p] + entries - before;
            if (cols <= RELAX_ALWAYS || (cols <= RELAX_MAX && z <= RELAX_ZEROS * entries)) {
                int[] fr = new int[(int) mm];
                System.arraycopy(frontRows[s], 0, fr, 0, (int) ns1);
                System.arraycopy(frontRows[p], 0, fr, (int) ns1, (int) m2);
                frontRows[p] = fr;
                frontRows[s] = null;
                start[p] = start[s];
                zeros[p] = z;
                merged[s] = true;
            }
        }
        int[] newIndex = new int[ns];
        int count = 0;
        for (int s = 0; s < ns; s++) {
            newIndex[s] = merged[s] ? -1 : count++;
        }
        int[] newFirst = new int[count + 1];
        int[][] newRows = new int[count][];
        int[] newParent = new int[count];
        double flops = 0;
        for (int s = 0; s < ns; s++) {
            if (merged[s]) {
                continue;
            }
            int t = newIndex[s];
            newFirst[t] = start[s];
            newRows[t] = frontRows[s];
            int p = sparent[s];
            while (p >= 0 && merged[p]) {
                p++;
            }
            newParent[t] = p < 0 ? -1 : newIndex[p];
            int own = start[s + 1] - start[s];
            for (int k = 0; k < own; k++) {
                double below = frontRows[s].length - k - 1;
                flops += 2 * below * below + below;
            }
        }
        newFirst[count] = first[ns];
        return new FrontalStructure(order, newFirst, newRows, newParent, flops);
    }

    /** The children of each supernode, ascending. */
    static int[][] childLists(int[] sparent) {
        int ns = sparent.length;
        int[] count = new int[ns];
        for (int s = 0; s < ns; s++) {
            if (sparent[s] >= 0) {
                count[sparent[s]]++;
            }
        }
        int[][] lists = new int[ns][];
        for (int s = 0; s < ns; s++) {
            lists[s] = new int[count[s]];
            count[s] = 0;
        }
        for (int s = 0; s < ns; s++) {
            int p = sparent[s];
            if (p >= 0) {
                lists[p][count[p]++] = s;
            }
        }
        return lists;
    }

    /** The pattern of {@code P (A + A^T) P^T}, both triangles, by column (duplicates possible). */
    private record SymmetricPattern(int[] ptr, int[] idx) {
        static SymmetricPattern of(RealCsc a, int[] order) {
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
                    count[pinv[ri[p]]]++;
                    count[pinv[j]]++;
                }
            }
            int[] ptr = new int[n + 1];
            for (int j = 0; j < n; j++) {
                ptr[j + 1] = ptr[j] + count[j];
            }
            int[] idx = new int[ptr[n]];
            int[] next = java.util.Arrays.copyOf(ptr, n);
            for (int j = 0; j < n; j++) {
                for (int p = cp[j]; p < cp[j + 1]; p++) {
                    int i = pinv[ri[p]];
                    int jj = pinv[j];
                    idx[next[jj]++] = i;
                    idx[next[i]++] = jj;
                }
            }
            return new SymmetricPattern(ptr, idx);
        }
    }
}
