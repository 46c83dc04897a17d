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

    /**
     * Wraps CSR arrays (not copied). Columns must be strictly increasing within each row and no
     * stored value may be zero; this is checked, so a malformed matrix fails here.
     */
    public static SparseCMatrix ofCsr(int rows, int cols, int[] rowPtr, int[] colIdx, double[] re, double[] im) {
        if (rowPtr.length != rows + 1 || rowPtr[0] != 0 || colIdx.length != rowPtr[rows]
                || re.length != colIdx.length || im.length != colIdx.length) {
            throw new IllegalArgumentException("inconsistent CSR arrays for a " + rows + "x" + cols + " matrix");
        }
        for (int i = 0; i < rows; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                if (colIdx[k] < 0 || colIdx[k] >= cols || (k > rowPtr[i] && colIdx[k] <= colIdx[k - 1])
                        || (re[k] == 0 && im[k] == 0)) {
                    throw new IllegalArgumentException("CSR row " + i + " is not strictly sorted, out of range or stores a zero");
                }
            }
        }
        return new SparseCMatrix(rows, cols, rowPtr, colIdx, re, im);
    }

    public static SparseCMatrix zeros(int rows, int cols) {
        return new SparseCMatrix(rows, cols, new int[rows + 1], new int[0], new double[0], new double[0]);
    }

    public static SparseCMatrix identity(int n) {
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(n, n);
        for (int i = 0; i < n; i++) {
            b.add(i, i, 1, 0);
        }
        return b.build();
    }

    public static SparseCMatrix fromDense(CMatrix m) {
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(m.rows(), m.cols());
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

    /*
     * Derived matrices are computed once per (immutable) matrix: a sweep builds a Liouvillian at every
     * point from the same jump operators with new rates, and their transposes and L†L are the same
     * each time (racing threads at worst compute one twice).
     */
    private volatile SparseCMatrix adjointMemo;
    private volatile SparseCMatrix transposeMemo;
    private volatile SparseCMatrix gramMemo;

    /** The conjugate transpose (computed once). */
    public SparseCMatrix adjoint() {
        SparseCMatrix a = adjointMemo;
        if (a == null) {
            a = transposeImpl(true);
            adjointMemo = a;
        }
        return a;
    }

    /** The transpose, without conjugation (computed once). */
    public SparseCMatrix transpose() {
        SparseCMatrix t = transposeMemo;
        if (t == null) {
            t = transposeImpl(false);
            transposeMemo = t;
        }
        return t;
    }

    /** {@code A† A} (computed once): the L†L of a jump operator. */
    public SparseCMatrix adjointTimesSelf() {
        SparseCMatrix g = gramMemo;
        if (g == null) {
            g = adjoint().times(this);
            gramMemo = g;
        }
        return g;
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

    /** The elementwise complex conjugate (same sparsity). */
    public SparseCMatrix conjugate() {
        double[] m = new double[nnz()];
        for (int k = 0; k < m.length; k++) {
            m[k] = -im[k];
        }
        return new SparseCMatrix(rows, cols, rowPtr, colIdx, re, m);
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
        // merge the sorted rows of both operands
        int cap = nnz() + b.nnz();
        int[] ptr = new int[rows + 1];
        int[] ci = new int[cap];
        double[] vr = new double[cap];
        double[] vi = new double[cap];
        int out = 0;
        for (int i = 0; i < rows; i++) {
            int p = rowPtr[i];
            int pe = rowPtr[i + 1];
            int q = b.rowPtr[i];
            int qe = b.rowPtr[i + 1];
            while (p < pe || q < qe) {
                int cp = p < pe ? colIdx[p] : Integer.MAX_VALUE;
                int cq = q < qe ? b.colIdx[q] : Integer.MAX_VALUE;
                double r;
                double m;
                int c;
                if (cp == cq) {
                    c = cp;
                    r = re[p] + b.re[q];
                    m = im[p++] + b.im[q++];
                } else if (cp < cq) {
                    c = cp;
                    r = re[p];
                    m = im[p++];
                } else {
                    c = cq;
                    r = b.re[q];
                    m = b.im[q++];
                }
                if (r != 0 || m != 0) {
                    ci[out] = c;
                    vr[out] = r;
                    vi[out++] = m;
                }
            }
            ptr[i + 1] = out;
        }
        return new SparseCMatrix(rows, cols, ptr, Arrays.copyOf(ci, out), Arrays.copyOf(vr, out), Arrays.copyOf(vi, out));
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

    /** Largest |a_ij - conj(a_ji)| over all entries (no allocation: transposed entries are looked up). */
    public double hermiticityError() {
        if (rows != cols) {
            return Double.POSITIVE_INFINITY;
        }
        double e = 0;
        for (int i = 0; i < rows; i++) {
            for (int k = rowPtr[i]; k < rowPtr[i + 1]; k++) {
                int j = colIdx[k];
                int t = find(j, i);
                double tr = t < 0 ? 0 : re[t];
                double ti = t < 0 ? 0 : im[t];
                e = Math.max(e, Math.hypot(re[k] - tr, im[k] + ti));
            }
        }
        return e;
    }

    /** Largest modulus of a stored entry. */
    public double maxAbs() {
        double m = 0;
        for (int k = 0; k < nnz(); k++) {
            m = Math.max(m, Math.hypot(re[k], im[k]));
        }
        return m;
    }
}
