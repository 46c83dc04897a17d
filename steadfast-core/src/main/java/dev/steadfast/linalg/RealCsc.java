package dev.steadfast.linalg;

/**
 * A real sparse matrix in compressed sparse column form: column {@code j} holds rows
 * {@code rowIdx[colPtr[j] .. colPtr[j+1]-1]} with values {@code values[...]}.
 */
public record RealCsc(int rows, int cols, int[] colPtr, int[] rowIdx, double[] values) {
    public int nnz() {
        return colPtr[cols];
    }

    /** Matrices with at least this many nonzeros are multiplied in two halves on two threads. */
    private static final int PARALLEL_NONZEROS = 1 << 21;

    /**
     * y = A x. Large matrices: the columns in two halves of equal nonzeros, each half on its own
     * thread into its own vector, then the two added (always two halves, so the rounding does not
     * depend on the number of cores).
     */
    public void multiply(double[] x, double[] y) {
        if (nnz() < PARALLEL_NONZEROS) {
            multiplyColumns(x, y, 0, cols);
            return;
        }
        int half = java.util.Arrays.binarySearch(colPtr, nnz() / 2);
        int split = half >= 0 ? half : Math.min(cols, -half - 1);
        double[] second = new double[rows];
        java.util.stream.IntStream.range(0, 2).parallel().forEach(part -> {
            if (part == 0) {
                multiplyColumns(x, y, 0, split);
            } else {
                multiplyColumns(x, second, split, cols);
            }
        });
        for (int i = 0; i < rows; i++) {
            y[i] += second[i];
        }
    }

    /** y = A[:, from..to) x[from..to). */
    private void multiplyColumns(double[] x, double[] y, int from, int to) {
        java.util.Arrays.fill(y, 0, rows, 0.0);
        for (int j = from; j < to; j++) {
            double xj = x[j];
            if (xj == 0) {
                continue;
            }
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                y[rowIdx[p]] += values[p] * xj;
            }
        }
    }

    /** y = A^T x. */
    public void multiplyTransposed(double[] x, double[] y) {
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                s += values[p] * x[rowIdx[p]];
            }
            y[j] = s;
        }
    }

    /** The 1-norm: largest column sum of absolute values. */
    public double norm1() {
        double m = 0;
        for (int j = 0; j < cols; j++) {
            double s = 0;
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                s += Math.abs(values[p]);
            }
            m = Math.max(m, s);
        }
        return m;
    }

    /** A dense row-major copy (for small matrices and tests). */
    public double[][] toDense() {
        double[][] a = new double[rows][cols];
        for (int j = 0; j < cols; j++) {
            for (int p = colPtr[j]; p < colPtr[j + 1]; p++) {
                a[rowIdx[p]][j] += values[p];
            }
        }
        return a;
    }

    /** {@code A(order, order)}: column and row k are column and row {@code order[k]}; {@code pinv} is order's inverse. */
    public RealCsc permutedSymmetric(int[] order, int[] pinv) {
        RealCsc a = this;
        int n = a.cols();
        int[] cp = a.colPtr();
        int[] ptr = new int[n + 1];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            ptr[k + 1] = ptr[k] + cp[j + 1] - cp[j];
        }
        int[] idx = new int[ptr[n]];
        double[] val = new double[ptr[n]];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            int q = ptr[k];
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                idx[q] = pinv[a.rowIdx()[p]];
                val[q++] = a.values()[p];
            }
        }
        return new RealCsc(n, n, ptr, idx, val);
    }

    /** A^T. */
    public RealCsc transpose() {
        RealCsc a = this;
        int n = a.cols();
        int[] count = new int[a.rows() + 1];
        for (int p = 0; p < a.nnz(); p++) {
            count[a.rowIdx()[p] + 1]++;
        }
        for (int i = 0; i < a.rows(); i++) {
            count[i + 1] += count[i];
        }
        int[] ptr = count.clone();
        int[] idx = new int[a.nnz()];
        double[] val = new double[a.nnz()];
        for (int j = 0; j < n; j++) {
            for (int p = a.colPtr()[j]; p < a.colPtr()[j + 1]; p++) {
                int q = count[a.rowIdx()[p]]++;
                idx[q] = j;
                val[q] = a.values()[p];
            }
        }
        return new RealCsc(n, a.rows(), ptr, idx, val);
    }
}
