package dev.steadfast.linalg;

import java.util.Arrays;

/** Accumulates entries (duplicates are summed) and compresses them to CSR. */
public final class SparseCMatrixBuilder {
    private final int rows;
    private final int cols;
    private final IntList ri;
    private final IntList ci;
    private final DoubleList vr;
    private final DoubleList vi;

    public SparseCMatrixBuilder(int rows, int cols) {
        this(rows, cols, 16);
    }

    public SparseCMatrixBuilder(int rows, int cols, int capacity) {
        this.rows = rows;
        this.cols = cols;
        this.ri = new IntList(capacity);
        this.ci = new IntList(capacity);
        this.vr = new DoubleList(capacity);
        this.vi = new DoubleList(capacity);
    }

    public SparseCMatrixBuilder add(int i, int j, double r, double m) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("(" + i + "," + j + ") outside " + rows + "x" + cols);
        }
        if (r != 0 || m != 0) {
            ri.add(i);
            ci.add(j);
            vr.add(r);
            vi.add(m);
        }
        return this;
    }

    public SparseCMatrix build() {
        int n = ri.size();
        long[] keys = new long[n];
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
            keys[k] = (long) ri.get(k) * cols + ci.get(k);
        }
        sortByKey(order, keys);
        int[] ptr = new int[rows + 1];
        int[] col = new int[n];
        double[] r = new double[n];
        double[] m = new double[n];
        int out = 0;
        int t = 0;
        while (t < n) {
            int k = order[t];
            double sr = 0;
            double si = 0;
            long key = keys[k];
            while (t < n && keys[order[t]] == key) {
                sr += vr.get(order[t]);
                si += vi.get(order[t]);
                t++;
            }
            if (sr != 0 || si != 0) {
                col[out] = ci.get(k);
                r[out] = sr;
                m[out] = si;
                ptr[ri.get(k) + 1]++;
                out++;
            }
        }
        for (int i = 0; i < rows; i++) {
            ptr[i + 1] += ptr[i];
        }
        return new SparseCMatrix(rows, cols, ptr, Arrays.copyOf(col, out), Arrays.copyOf(r, out), Arrays.copyOf(m, out));
    }

    /** Stable merge sort of {@code order} by {@code keys[order[i]]}. */
    private static void sortByKey(int[] order, long[] keys) {
        int n = order.length;
        int[] tmp = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                if (keys[order[mid - 1]] <= keys[order[mid]]) {
                    continue;
                }
                int a = lo;
                int b = mid;
                int o = lo;
                while (a < mid && b < hi) {
                    tmp[o++] = keys[order[a]] <= keys[order[b]] ? order[a++] : order[b++];
                }
                while (a < mid) {
                    tmp[o++] = order[a++];
                }
                while (b < hi) {
                    tmp[o++] = order[b++];
                }
                System.arraycopy(tmp, lo, order, lo, hi - lo);
            }
        }
    }
}
