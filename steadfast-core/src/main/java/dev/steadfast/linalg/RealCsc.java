package dev.steadfast.linalg;

/**
 * A real sparse matrix in compressed sparse column form: column {@code j} holds rows
 * {@code rowIdx[colPtr[j] .. colPtr[j+1]-1]} with values {@code values[...]}.
 */
public record RealCsc(int rows, int cols, int[] colPtr, int[] rowIdx, double[] values) {
    public int nnz() {
        return colPtr[cols];
    }

    /** y = A x. */
    public void multiply(double[] x, double[] y) {
        java.util.Arrays.fill(y, 0, rows, 0.0);
        for (int j = 0; j < cols; j++) {
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
