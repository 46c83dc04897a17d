package dev.steadfast.model.build;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;
import java.util.List;
import java.util.TreeSet;

/**
 * {@code O(c) = O_0 + sum_k c_k O_k} for fixed operators on the union of their sparsity patterns
 * (the Hamiltonian of a parametric sweep at one point): one pass over the terms' nonzeros, no
 * sparse additions. Entries that vanish at a point are not stored.
 */
final class OperatorCombination {
    private final Space space;
    private final int d;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final int[][] position;
    private final double[][] re;
    private final double[][] im;

    /** @param terms O_0 (coefficient 1), then O_1, O_2, ... */
    OperatorCombination(Space space, List<Operator> terms) {
        this.space = space;
        this.d = space.dimension();
        this.rowPtr = new int[d + 1];
        List<TreeSet<Integer>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < d; i++) {
            TreeSet<Integer> cols = new TreeSet<>();
            for (Operator t : terms) {
                SparseCMatrix m = t.matrix();
                for (int p = m.rowPtr()[i]; p < m.rowPtr()[i + 1]; p++) {
                    cols.add(m.colIdx()[p]);
                }
            }
            rows.add(cols);
            rowPtr[i + 1] = rowPtr[i] + cols.size();
        }
        this.colIdx = new int[rowPtr[d]];
        for (int i = 0; i < d; i++) {
            int q = rowPtr[i];
            for (int c : rows.get(i)) {
                colIdx[q++] = c;
            }
        }
        this.position = new int[terms.size()][];
        this.re = new double[terms.size()][];
        this.im = new double[terms.size()][];
        for (int k = 0; k < terms.size(); k++) {
            SparseCMatrix m = terms.get(k).matrix();
            re[k] = m.valuesRe();
            im[k] = m.valuesIm();
            position[k] = new int[m.nnz()];
            for (int i = 0; i < d; i++) {
                for (int p = m.rowPtr()[i]; p < m.rowPtr()[i + 1]; p++) {
                    position[k][p] = java.util.Arrays.binarySearch(colIdx, rowPtr[i], rowPtr[i + 1], m.colIdx()[p]);
                }
            }
        }
    }

    /** O_0 + sum_k (cr_k + i ci_k) O_k, with {@code cr[0] = 1, ci[0] = 0} for O_0. */
    Operator at(double[] cr, double[] ci) {
        double[] vr = new double[colIdx.length];
        double[] vi = new double[colIdx.length];
        for (int k = 0; k < re.length; k++) {
            double a = cr[k];
            double b = ci[k];
            if (a == 0 && b == 0) {
                continue;
            }
            int[] pos = position[k];
            double[] xr = re[k];
            double[] xi = im[k];
            for (int e = 0; e < pos.length; e++) {
                vr[pos[e]] += a * xr[e] - b * xi[e];
                vi[pos[e]] += a * xi[e] + b * xr[e];
            }
        }
        int zeros = 0;
        for (int q = 0; q < vr.length; q++) {
            if (vr[q] == 0 && vi[q] == 0) {
                zeros++;
            }
        }
        if (zeros == 0) {
            return new Operator(space, SparseCMatrix.ofCsr(d, d, rowPtr, colIdx, vr, vi));
        }
        int[] rp = new int[d + 1];
        int[] ci2 = new int[colIdx.length - zeros];
        double[] r2 = new double[ci2.length];
        double[] i2 = new double[ci2.length];
        int m = 0;
        for (int i = 0; i < d; i++) {
            for (int q = rowPtr[i]; q < rowPtr[i + 1]; q++) {
                if (vr[q] != 0 || vi[q] != 0) {
                    ci2[m] = colIdx[q];
                    r2[m] = vr[q];
                    i2[m++] = vi[q];
                }
            }
            rp[i + 1] = m;
        }
        return new Operator(space, SparseCMatrix.ofCsr(d, d, rp, ci2, r2, i2));
    }
}
