package dev.steadfast.linalg;

import java.util.Arrays;

/**
 * An immutable sparse complex matrix in compressed sparse row (CSR) form.
 *
 * <p>Row {@code i} holds the entries {@code rowPtr[i] .. rowPtr[i+1]-1} of {@code colIdx},
 * {@code re}, {@code im}, with strictly increasing column indices and no stored zeros. Memory is
 * proportional to the number of nonzeros: a 10-qubit local operator costs what its nonzeros cost.
 */
public final class SparseCMatrix {
    private final int rows;
    private final int cols;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final double[] re;
    private final double[] im;

    SparseCMatrix(int rows, int cols, int[] rowPtr, int[] colIdx, double[] re, double[] im) {
        this.rows = rows;
        this.cols = cols;
        this.rowPtr = rowPtr;
        this.colIdx = colIdx;
        this.re = re;
        this.im = im;
    }

    public static SparseCMatrix zeros(int rows, int cols) {
        return new SparseCMatrix(rows, cols, new int[rows + 1], new int[0], new double[0], new double[0]);
    }

    public static SparseCMatrix identity(int n) {
        Builder b = new Builder(n, n);
        for (int i = 0; i < n; i++) {
            b.add(i, i, 1, 0);
        }
        return b.build();
    }

    public static SparseCMatrix fromDense(CMatrix m) {
        Builder b = new Builder(m.rows(), m.cols());
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                b.add(i, j, m.re(i, j), m.im(i, j));
            }
        }
        return b.build();
    }

    public int rows() { return rows; }
    public int cols() { return cols; }
    public int nnz() { return rowPtr[rows]; }

    /** Row pointers (shared, do not modify). */
    public int[] rowPtr() { return rowPtr; }
    /** Column indices (shared, do not modify). */
    public int[] colIdx() { return colIdx; }
    /** Real parts of the stored entries (shared, do not modify). */
    public double[] valuesRe() { return re; }
    /** Imaginary parts of the stored entries (shared, do not modify). */
    public double[] valuesIm() { return im; }

    /** Position of entry (i, j) in the value arrays, or -1 when it is not stored. */
    public int find(int i, int j) {
        int k = Arrays.binarySearch(colIdx, rowPtr[i], rowPtr[i + 1], j);
        return k >= 0 ? k : -1;
    }

    public double re(int i, int j) {
        int k = find(i, j);
        return k < 0 ? 0 : re[k];
    }

    public double im(int i, int j) {
        int k = find(i, j);
        return k < 0 ? 0 : im[k];
    }

    public CMatrix toDense() {
        CMatrix m = new CMatrix(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                m.set(i, colIdx[k], re[k], im[k]);
            }
        }
        return m;
    }

    /** The conjugate transpose. */
    public SparseCMatrix adjoint() {
        return transposeImpl(true);
    }

    /** The transpose, without conjugation. */
    public SparseCMatrix transpose() {
        return transposeImpl(false);
    }

    private SparseCMatrix transposeImpl(boolean conj) {
        int[] cnt = new int[cols + 1];
        for (int k = 0; k < nnz(); k++) {
            cnt[colIdx[k] + 1]++;
        }
        for (int j = 0; j < cols; j++) {
            cnt[j + 1] += cnt[j];
        }
        int[] ptr = cnt.clone();
        int[] ci = new int[nnz()];
        double[] r = new double[nnz()];
        double[] m = new double[nnz()];
        int[] next = Arrays.copyOf(cnt, cols);
        for (int i = 0; i < rows; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                int p = next[colIdx[k]]++;
                ci[p] = i;
                r[p] = re[k];
                m[p] = conj ? -im[k] : im[k];
            }
        }
        return new SparseCMatrix(cols, rows, ptr, ci, r, m);
    }

    /** This matrix times the complex scalar {@code (sr + i si)}. */
    public SparseCMatrix scale(double sr, double si) {
        if (sr == 0 && si == 0) {
            return zeros(rows, cols);
        }
        double[] r = new double[nnz()];
        double[] m = new double[nnz()];
        for (int k = 0; k < nnz(); k++) {
            r[k] = sr * re[k] - si * im[k];
            m[k] = sr * im[k] + si * re[k];
        }
        return new SparseCMatrix(rows, cols, rowPtr, colIdx, r, m);
    }

    public SparseCMatrix plus(SparseCMatrix b) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException("shapes differ: " + rows + "x" + cols + " and " + b.rows + "x" + b.cols);
        }
        Builder out = new Builder(rows, cols, nnz() + b.nnz());
        for (int i = 0; i < rows; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                out.add(i, colIdx[k], re[k], im[k]);
            }
            for (int k = b.rowPtr[i]; k < b.rowPtr[i + 1]; k++) {
                out.add(i, b.colIdx[k], b.re[k], b.im[k]);
            }
        }
        return out.build();
    }

    /** Matrix product {@code this * b} (Gustavson's row-by-row algorithm). */
    public SparseCMatrix times(SparseCMatrix b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("cannot multiply " + rows + "x" + cols + " by " + b.rows + "x" + b.cols);
        }
        int n = b.cols;
        double[] accR = new double[n];
        double[] accI = new double[n];
        int[] mark = new int[n];
        Arrays.fill(mark, -1);
        int[] pattern = new int[n];
        int[] ptr = new int[rows + 1];
        IntList ci = new IntList(nnz() + b.nnz());
        DoubleList vr = new DoubleList(nnz() + b.nnz());
        DoubleList vi = new DoubleList(nnz() + b.nnz());
        for (int i = 0; i < rows; i++) {
            int count = 0;
            for (int ka = rowPtr[i]; ka < rowPtr[i + 1]; ka++) {
                int k = colIdx[ka];
                double ar = re[ka];
                double ai = im[ka];
                for (int kb = b.rowPtr[k]; kb < b.rowPtr[k + 1]; kb++) {
                    int j = b.colIdx[kb];
                    if (mark[j] != i) {
                        mark[j] = i;
                        pattern[count++] = j;
                        accR[j] = 0;
                        accI[j] = 0;
                    }
                    accR[j] += ar * b.re[kb] - ai * b.im[kb];
                    accI[j] += ar * b.im[kb] + ai * b.re[kb];
                }
            }
            Arrays.sort(pattern, 0, count);
            for (int c = 0; c < count; c++) {
                int j = pattern[c];
                if (accR[j] != 0 || accI[j] != 0) {
                    ci.add(j);
                    vr.add(accR[j]);
                    vi.add(accI[j]);
                }
            }
            ptr[i + 1] = ci.size();
        }
        return new SparseCMatrix(rows, n, ptr, ci.toArray(), vr.toArray(), vi.toArray());
    }

    /** y = this * x for a complex vector given by real and imaginary parts. */
    public void multiply(double[] xr, double[] xi, double[] yr, double[] yi) {
        for (int i = 0; i < rows; i++) {
            double sr = 0;
            double si = 0;
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                int j = colIdx[k];
                sr += re[k] * xr[j] - im[k] * xi[j];
                si += re[k] * xi[j] + im[k] * xr[j];
            }
            yr[i] = sr;
            yi[i] = si;
        }
    }

    /** Largest |a_ij - conj(a_ji)| over all entries. */
    public double hermiticityError() {
        if (rows != cols) {
            return Double.POSITIVE_INFINITY;
        }
        SparseCMatrix d = plus(adjoint().scale(-1, 0));
        return d.maxAbs();
    }

    /** Largest modulus of a stored entry. */
    public double maxAbs() {
        double m = 0;
        for (int k = 0; k < nnz(); k++) {
            m = Math.max(m, Math.hypot(re[k], im[k]));
        }
        return m;
    }

    /** Accumulates entries (duplicates are summed) and compresses them to CSR. */
    public static final class Builder {
        private final int rows;
        private final int cols;
        private final IntList ri;
        private final IntList ci;
        private final DoubleList vr;
        private final DoubleList vi;

        public Builder(int rows, int cols) {
            this(rows, cols, 16);
        }

        public Builder(int rows, int cols, int capacity) {
            this.rows = rows;
            this.cols = cols;
            this.ri = new IntList(capacity);
            this.ci = new IntList(capacity);
            this.vr = new DoubleList(capacity);
            this.vi = new DoubleList(capacity);
        }

        public Builder add(int i, int j, double r, double m) {
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
            int[] cnt = new int[rows + 1];
            for (int k = 0; k < n; k++) {
                cnt[ri.get(k) + 1]++;
            }
            for (int i = 0; i < rows; i++) {
                cnt[i + 1] += cnt[i];
            }
            int[] next = Arrays.copyOf(cnt, rows);
            int[] col = new int[n];
            double[] r = new double[n];
            double[] m = new double[n];
            for (int k = 0; k < n; k++) {
                int p = next[ri.get(k)]++;
                col[p] = ci.get(k);
                r[p] = vr.get(k);
                m[p] = vi.get(k);
            }
            // sort each row by column and sum duplicates
            int[] ptr = new int[rows + 1];
            int out = 0;
            Integer[] order = new Integer[0];
            for (int i = 0; i < rows; i++) {
                int a = cnt[i];
                int b = cnt[i + 1];
                int len = b - a;
                if (order.length < len) {
                    order = new Integer[Math.max(len, 2 * order.length)];
                }
                for (int k = 0; k < len; k++) {
                    order[k] = a + k;
                }
                final int[] colRef = col;
                Arrays.sort(order, 0, len, (x, y) -> Integer.compare(colRef[x], colRef[y]));
                int[] c2 = new int[len];
                double[] r2 = new double[len];
                double[] m2 = new double[len];
                int w = -1;
                for (int k = 0; k < len; k++) {
                    int p = order[k];
                    if (w >= 0 && c2[w] == col[p]) {
                        r2[w] += r[p];
                        m2[w] += m[p];
                    } else {
                        w++;
                        c2[w] = col[p];
                        r2[w] = r[p];
                        m2[w] = m[p];
                    }
                }
                for (int k = 0; k <= w; k++) {
                    if (r2[k] != 0 || m2[k] != 0) {
                        col[out] = c2[k];
                        r[out] = r2[k];
                        m[out] = m2[k];
                        out++;
                    }
                }
                ptr[i + 1] = out;
            }
            return new SparseCMatrix(rows, cols, ptr, Arrays.copyOf(col, out), Arrays.copyOf(r, out), Arrays.copyOf(m, out));
        }
    }
}
