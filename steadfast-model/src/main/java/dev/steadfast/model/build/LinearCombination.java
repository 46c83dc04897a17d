package dev.steadfast.model.build;

import dev.steadfast.linalg.RealCsc;
import java.util.Arrays;
import java.util.List;

/**
 * {@code M(c) = sum_k c_k M_k} for fixed sparse matrices M_k (the generator's terms in a real
 * Hermitian basis) on the union of their sparsity patterns, computed once: a point costs one pass
 * over the terms' nonzeros. Also the bordered form, row {@code traceRow} replaced by ones on the
 * diagonal coordinates (the trace functional). Exact zeros of a point (a term whose coefficient
 * vanishes there) are dropped, so the result has the nonzeros the term-by-term assembly gives.
 */
final class LinearCombination {
    private final int n;
    private final Pattern full;
    private final Pattern bordered;
    private final double[][] values;

    /** A union pattern with, for each term's k-th nonzero, its position in the pattern (−1: not stored). */
    private record Pattern(int[] colPtr, int[] rowIdx, int[][] position, int[] ones) {
    }

    /**
     * @param terms          the matrices M_k, all n × n
     * @param traceRow       the row the bordered form replaces
     * @param diagonalCoords the coordinates whose trace-functional entry is 1
     */
    LinearCombination(List<RealCsc> terms, int traceRow, int[] diagonalCoords) {
        this.n = terms.isEmpty() ? 0 : terms.get(0).cols();
        this.values = new double[terms.size()][];
        for (int k = 0; k < terms.size(); k++) {
            values[k] = terms.get(k).values();
        }
        this.full = pattern(terms, -1, new boolean[n]);
        boolean[] diagonal = new boolean[n];
        for (int c : diagonalCoords) {
            diagonal[c] = true;
        }
        this.bordered = pattern(terms, traceRow, diagonal);
    }

    int size() {
        return n;
    }

    /** M(c). */
    RealCsc matrix(double[] c) {
        return combine(full, c);
    }

    /** M(c) with row traceRow replaced by the trace functional. */
    RealCsc bordered(double[] c) {
        return combine(bordered, c);
    }

    private RealCsc combine(Pattern p, double[] c) {
        double[] v = new double[p.rowIdx().length];
        for (int q : p.ones()) {
            v[q] = 1.0;
        }
        for (int k = 0; k < values.length; k++) {
            double ck = c[k];
            if (ck == 0) {
                continue;
            }
            double[] vk = values[k];
            int[] pos = p.position()[k];
            for (int e = 0; e < vk.length; e++) {
                int q = pos[e];
                if (q >= 0) {
                    v[q] += ck * vk[e];
                }
            }
        }
        int zeros = 0;
        for (double x : v) {
            if (x == 0) {
                zeros++;
            }
        }
        if (zeros == 0) {
            return new RealCsc(n, n, p.colPtr(), p.rowIdx(), v);
        }
        int[] colPtr = new int[n + 1];
        int[] rows = new int[v.length - zeros];
        double[] vals = new double[v.length - zeros];
        int m = 0;
        for (int j = 0; j < n; j++) {
            for (int q = p.colPtr()[j]; q < p.colPtr()[j + 1]; q++) {
                if (v[q] != 0) {
                    rows[m] = p.rowIdx()[q];
                    vals[m++] = v[q];
                }
            }
            colPtr[j + 1] = m;
        }
        return new RealCsc(n, n, colPtr, rows, vals);
    }

    /**
     * The union pattern of the terms, rows sorted in each column; when {@code traceRow >= 0} that
     * row's entries are left out and an entry (traceRow, j) is added for each diagonal column j.
     */
    private static Pattern pattern(List<RealCsc> terms, int traceRow, boolean[] diagonal) {
        int n = diagonal.length;
        int[] colPtr = new int[n + 1];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] rowsOfColumn = new int[n];
        dev.steadfast.linalg.IntList rows = new dev.steadfast.linalg.IntList(16 * n + 1);
        // where[j] maps a row of column j to its position; filled per column
        int[] where = new int[n];
        int[][] position = new int[terms.size()][];
        for (int k = 0; k < terms.size(); k++) {
            position[k] = new int[terms.get(k).nnz()];
        }
        dev.steadfast.linalg.IntList ones = new dev.steadfast.linalg.IntList(n + 1);
        for (int j = 0; j < n; j++) {
            int count = 0;
            for (RealCsc t : terms) {
                for (int q = t.colPtr()[j]; q < t.colPtr()[j + 1]; q++) {
                    int r = t.rowIdx()[q];
                    if (r != traceRow && mark[r] != j) {
                        mark[r] = j;
                        rowsOfColumn[count++] = r;
                    }
                }
            }
            if (traceRow >= 0 && diagonal[j] && mark[traceRow] != j) {
                mark[traceRow] = j;
                rowsOfColumn[count++] = traceRow;
            }
            Arrays.sort(rowsOfColumn, 0, count);
            int start = rows.size();
            for (int i = 0; i < count; i++) {
                where[rowsOfColumn[i]] = start + i;
                rows.add(rowsOfColumn[i]);
            }
            if (traceRow >= 0 && diagonal[j]) {
                ones.add(where[traceRow]);
            }
            for (int k = 0; k < terms.size(); k++) {
                RealCsc t = terms.get(k);
                for (int q = t.colPtr()[j]; q < t.colPtr()[j + 1]; q++) {
                    int r = t.rowIdx()[q];
                    position[k][q] = r == traceRow ? -1 : where[r];
                }
            }
            colPtr[j + 1] = rows.size();
        }
        return new Pattern(colPtr, rows.toArray(), position, ones.toArray());
    }
}
