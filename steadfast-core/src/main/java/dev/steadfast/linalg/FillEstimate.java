package dev.steadfast.linalg;

import java.util.Arrays;

/**
 * A cheap prediction of the cost of a sparse LU before doing it, in O(nnz): the envelope (profile)
 * of the symmetrised pattern {@code A + A^T} in reverse Cuthill–McKee order from a
 * pseudo-peripheral start. An LU without pivoting in that order fills at most the envelope, so
 * {@code sum_i w_i} bounds its nonzeros and {@code sum_i w_i^2} its flops (w_i the envelope width
 * of row i). CSparse's AMD ordering usually does better, so this is a pessimistic estimate for
 * the direct route; it is cheap enough (milliseconds at 10^5 unknowns, where a symbolic AMD
 * analysis of a dense Liouvillian costs as much as the iterative solve) to be taken on every AUTO
 * decision. Measured against the factorisations in docs/solvers.md.
 *
 * @param factorNonzeros predicted nonzeros of L + U
 * @param flops          predicted floating-point operations of the factorisation
 */
public record FillEstimate(double factorNonzeros, double flops) {

    /** The prediction for a square matrix. */
    public static FillEstimate of(RealCsc a) {
        int n = a.cols();
        if (n == 0) {
            return new FillEstimate(0, 0);
        }
        int[][] adj = symmetricAdjacency(a);
        int[] order = reverseCuthillMcKee(adj);
        int[] pos = new int[n];
        for (int k = 0; k < n; k++) {
            pos[order[k]] = k;
        }
        double fill = 0;
        double flops = 0;
        for (int v = 0; v < n; v++) {
            int first = pos[v];
            for (int u : adj[v]) {
                first = Math.min(first, pos[u]);
            }
            double w = pos[v] - first + 1;
            fill += 2 * w - 1;
            flops += 2 * w * w;
        }
        return new FillEstimate(fill, flops);
    }

    private static int[][] symmetricAdjacency(RealCsc a) {
        int n = a.cols();
        int[] deg = new int[n];
        int[] cp = a.colPtr();
        int[] ri = a.rowIdx();
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                if (ri[p] != j) {
                    deg[j]++;
                    deg[ri[p]]++;
                }
            }
        }
        int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = new int[deg[v]];
        }
        int[] fillPos = new int[n];
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i != j) {
                    adj[j][fillPos[j]++] = i;
                    adj[i][fillPos[i]++] = j;
                }
            }
        }
        return adj;
    }

    /** Reverse Cuthill–McKee over every connected component, each from a pseudo-peripheral vertex. */
    private static int[] reverseCuthillMcKee(int[][] adj) {
        int n = adj.length;
        int[] order = new int[n];
        boolean[] seen = new boolean[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            int start = peripheral(adj, s);
            int head = count;
            order[count++] = start;
            seen[start] = true;
            while (head < count) {
                int v = order[head++];
                int from = count;
                for (int u : adj[v]) {
                    if (!seen[u]) {
                        seen[u] = true;
                        order[count++] = u;
                    }
                }
                sortByDegree(order, from, count, adj);
            }
        }
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** The last vertex of a breadth-first search from s (twice): a pseudo-peripheral vertex. */
    private static int peripheral(int[][] adj, int s) {
        int v = s;
        for (int sweep = 0; sweep < 2; sweep++) {
            v = lastOfBfs(adj, v);
        }
        return v;
    }

    private static int lastOfBfs(int[][] adj, int s) {
        int[] queue = new int[adj.length];
        boolean[] seen = new boolean[adj.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        seen[s] = true;
        int last = s;
        while (head < tail) {
            last = queue[head++];
            for (int u : adj[last]) {
                if (!seen[u]) {
                    seen[u] = true;
                    queue[tail++] = u;
                }
            }
        }
        return last;
    }

    private static void sortByDegree(int[] order, int from, int to, int[][] adj) {
        if (to - from < 2) {
            return;
        }
        Integer[] part = new Integer[to - from];
        for (int k = from; k < to; k++) {
            part[k - from] = order[k];
        }
        Arrays.sort(part, (x, y) -> Integer.compare(adj[x].length, adj[y].length));
        for (int k = from; k < to; k++) {
            order[k] = part[k - from];
        }
    }
}
