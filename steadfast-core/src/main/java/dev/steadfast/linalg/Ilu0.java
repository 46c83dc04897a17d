package dev.steadfast.linalg;

/**
 * Incomplete LU factorisation with zero fill, ILU(0) (Saad, alg. 10.4): L and U keep exactly the
 * sparsity pattern of A. A zero pivot is replaced by a small multiple of the row's largest entry
 * (a standard safeguard), so the factorisation always exists; its quality is what the Krylov
 * solver's iteration count measures.
 */
public final class Ilu0 implements Preconditioner {
    private final int n;
    private final int[] rowPtr;
    private final int[] colIdx;
    private final double[] lu;
    private final int[] diag;

    public Ilu0(RealCsc a) {
        this.n = a.rows();
        // convert CSC to CSR with sorted columns (a transpose of the CSC arrays)
        int nnz = a.nnz();
        int[] cnt = new int[n + 1];
        for (int p = 0; p < nnz; p++) {
            cnt[a.rowIdx()[p] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            cnt[i + 1] += cnt[i];
        }
        rowPtr = cnt.clone();
        int[] next = java.util.Arrays.copyOf(cnt, n);
        colIdx = new int[nnz];
        lu = new double[nnz];
        for (int j = 0; j < a.cols(); j++) {
            for (int p = a.colPtr()[j]; p < a.colPtr()[j + 1]; p++) {
                int q = next[a.rowIdx()[p]]++;
                colIdx[q] = j;
                lu[q] = a.values()[p];
            }
        }
        // columns are sorted because CSC columns were visited in order; ensure a diagonal slot
        diag = new int[n];
        for (int i = 0; i < n; i++) {
            diag[i] = java.util.Arrays.binarySearch(colIdx, rowPtr[i], rowPtr[i + 1], i);
            if (diag[i] < 0) {
                throw new IllegalArgumentException("ILU(0) needs a structurally nonzero diagonal; row " + i + " has none");
            }
        }
        factor();
    }

    private void factor() {
        int[] where = new int[n];
        java.util.Arrays.fill(where, -1);
        for (int i = 0; i < n; i++) {
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                where[colIdx[p]] = p;
            }
            double rowMax = 0;
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                rowMax = Math.max(rowMax, Math.abs(lu[p]));
            }
            for (int p = rowPtr[i]; p < diag[i]; p++) {
                int k = colIdx[p];
                double lik = lu[p] / lu[diag[k]];
                lu[p] = lik;
                for (int q = diag[k] + 1; q < rowPtr[k + 1]; q++) {
                    int w = where[colIdx[q]];
                    if (w >= 0) {
                        lu[w] -= lik * lu[q];
                    }
                }
            }
            if (Math.abs(lu[diag[i]]) < 1e-12 * Math.max(rowMax, 1e-300)) {
                lu[diag[i]] = (lu[diag[i]] >= 0 ? 1 : -1) * 1e-8 * Math.max(rowMax, 1e-300);
            }
            for (int p = rowPtr[i]; p < rowPtr[i + 1]; p++) {
                where[colIdx[p]] = -1;
            }
        }
    }

    @Override
    public void apply(double[] r, double[] z) {
        for (int i = 0; i < n; i++) {
            double s = r[i];
            for (int p = rowPtr[i]; p < diag[i]; p++) {
                s -= lu[p] * z[colIdx[p]];
            }
            z[i] = s;
        }
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int p = diag[i] + 1; p < rowPtr[i + 1]; p++) {
                s -= lu[p] * z[colIdx[p]];
            }
            z[i] = s / lu[diag[i]];
        }
    }
}
