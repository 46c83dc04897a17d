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
}
