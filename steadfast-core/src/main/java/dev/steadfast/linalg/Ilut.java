package dev.steadfast.linalg;

import java.util.Arrays;

/**
 * Incomplete LU with dual threshold, ILUT(τ, p) (Saad, Iterative Methods for Sparse Linear
 * Systems, alg. 10.6): row by row Gaussian elimination in which an entry is dropped when it is
 * smaller than τ times the norm of its row of A, and only the p largest entries of each of the L
 * and U parts of a row are kept. Larger p and smaller τ give a preconditioner closer to the exact
 * LU at more memory. A zero pivot is replaced by a small multiple of the row norm.
 */
public final class Ilut implements Preconditioner {
    private final int n;
    private final int[] lPtr;
    private final int[] lCol;
    private final double[] lVal;
    private final int[] uPtr;
    private final int[] uCol;
    private final double[] uVal;
    private final double[] uDiag;

    /**
     * @param a   the matrix (CSC; converted to rows internally)
     * @param tau relative drop tolerance
     * @param p   largest number of kept entries per row in each of L and U
     */
    public Ilut(RealCsc a, double tau, int p) {
        this.n = a.rows();
        int[] rp = new int[n + 1];
        int nnz = a.nnz();
        for (int q = 0; q < nnz; q++) {
            rp[a.rowIdx()[q] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            rp[i + 1] += rp[i];
        }
        int[] ci = new int[nnz];
        double[] cv = new double[nnz];
        int[] next = Arrays.copyOf(rp, n);
        for (int j = 0; j < a.cols(); j++) {
            for (int q = a.colPtr()[j]; q < a.colPtr()[j + 1]; q++) {
                int k = next[a.rowIdx()[q]]++;
                ci[k] = j;
                cv[k] = a.values()[q];
            }
        }
        IntList lc = new IntList(nnz);
        DoubleList lv = new DoubleList(nnz);
        IntList uc = new IntList(nnz);
        DoubleList uv = new DoubleList(nnz);
        lPtr = new int[n + 1];
        uPtr = new int[n + 1];
        uDiag = new double[n];
        double[] w = new double[n];
        boolean[] nz = new boolean[n];
        int[] pattern = new int[n];
        IntHeap heap = new IntHeap(n);
        int[] uRowStart = new int[n + 1];
        // U rows are stored as they are produced; keep a growing view for elimination
        for (int i = 0; i < n; i++) {
            int count = 0;
            double norm = 0;
            for (int q = rp[i]; q < rp[i + 1]; q++) {
                int j = ci[q];
                w[j] = cv[q];
                norm += cv[q] * cv[q];
                if (!nz[j]) {
                    nz[j] = true;
                    pattern[count++] = j;
                    if (j < i) {
                        heap.push(j);
                    }
                }
            }
            norm = Math.sqrt(norm / Math.max(1, rp[i + 1] - rp[i]));
            double drop = tau * norm;
            while (!heap.isEmpty()) {
                int k = heap.pop();
                double wk = w[k] / uDiag[k];
                if (Math.abs(wk) < drop) {
                    w[k] = 0;
                    continue;
                }
                w[k] = wk;
                for (int q = uPtr[k]; q < uPtr[k + 1]; q++) {
                    int j = uc.get(q);
                    w[j] -= wk * uv.get(q);
                    if (!nz[j]) {
                        nz[j] = true;
                        pattern[count++] = j;
                        if (j < i) {
                            heap.push(j);
                        }
                    }
                }
            }
            // split, drop, keep the p largest of each part
            double diag = w[i];
            int nl = 0;
            int nu = 0;
            int[] lIdx = new int[count];
            int[] uIdx = new int[count];
            for (int t = 0; t < count; t++) {
                int j = pattern[t];
                if (j == i || Math.abs(w[j]) < drop || w[j] == 0) {
                    continue;
                }
                if (j < i) {
                    lIdx[nl++] = j;
                } else {
                    uIdx[nu++] = j;
                }
            }
            keepLargest(lIdx, nl, p, w, lc, lv);
            lPtr[i + 1] = lc.size();
            if (Math.abs(diag) < 1e-12 * Math.max(norm, 1e-300)) {
                diag = (diag >= 0 ? 1 : -1) * 1e-8 * Math.max(norm, 1e-300);
            }
            uDiag[i] = diag;
            keepLargest(uIdx, nu, p, w, uc, uv);
            uPtr[i + 1] = uc.size();
            for (int t = 0; t < count; t++) {
                w[pattern[t]] = 0;
                nz[pattern[t]] = false;
            }
        }
        lCol = lc.toArray();
        lVal = lv.toArray();
        uCol = uc.toArray();
        uVal = uv.toArray();
    }

    private static void keepLargest(int[] idx, int m, int p, double[] w, IntList cols, DoubleList vals) {
        if (m > p) {
            // partial selection by sorting on magnitude (rows are short)
            Integer[] order = new Integer[m];
            for (int t = 0; t < m; t++) {
                order[t] = idx[t];
            }
            Arrays.sort(order, (x, y) -> Double.compare(Math.abs(w[y]), Math.abs(w[x])));
            for (int t = 0; t < p; t++) {
                idx[t] = order[t];
            }
            m = p;
        }
        Arrays.sort(idx, 0, m);
        for (int t = 0; t < m; t++) {
            cols.add(idx[t]);
            vals.add(w[idx[t]]);
        }
    }

    /** Nonzeros kept in L and U (diagonal included). */
    public long nonzeros() {
        return (long) lCol.length + uCol.length + n;
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int q = lPtr[i]; q < lPtr[i + 1]; q++) {
                s -= lVal[q] * z[lCol[q]];
            }
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int q = uPtr[i]; q < uPtr[i + 1]; q++) {
                s -= uVal[q] * z[uCol[q]];
            }
            z[i] = s / uDiag[i];
        }
    }

    /** A binary min-heap of distinct ints. */
    private static final class IntHeap {
        private final int[] a;
        private int size;

        IntHeap(int capacity) {
            a = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            int i = size++;
            a[i] = v;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (a[parent] <= a[i]) {
                    break;
                }
                int t = a[parent];
                a[parent] = a[i];
                a[i] = t;
                i = parent;
            }
        }

        int pop() {
            int top = a[0];
            a[0] = a[--size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                int r = l + 1;
                int m = i;
                if (l < size && a[l] < a[m]) {
                    m = l;
                }
                if (r < size && a[r] < a[m]) {
                    m = r;
                }
                if (m == i) {
                    break;
                }
                int t = a[m];
                a[m] = a[i];
                a[i] = t;
                i = m;
            }
            return top;
        }
    }
}
