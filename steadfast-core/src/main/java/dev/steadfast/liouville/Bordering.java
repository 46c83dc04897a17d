package dev.steadfast.liouville;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;

/** The bordered form of a generator: one row replaced by a functional. */
public final class Bordering {
    private Bordering() {
    }

    /** M with row {@code row} replaced by the functional t (column j gets t[j] there). */
    public static RealCsc replaceRow(RealCsc m, double[] t, int row) {
        int n = m.cols();
        int[] cp = m.colPtr();
        int[] ri = m.rowIdx();
        double[] v = m.values();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(m.nnz() + n);
        DoubleList vals = new DoubleList(m.nnz() + n);
        for (int j = 0; j < n; j++) {
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                if (ri[p] != row) {
                    rows.add(ri[p]);
                    vals.add(v[p]);
                }
            }
            if (t[j] != 0) {
                rows.add(row);
                vals.add(t[j]);
            }
            colPtr[j + 1] = rows.size();
        }
        return new RealCsc(m.rows(), n, colPtr, rows.toArray(), vals.toArray());
    }

    /**
     * The generator M from its bordered form B (row {@code row} replaced by the trace functional t):
     * trace preservation, {@code t^T M = 0}, gives the missing row as
     * {@code M_row = -(1/t_row) sum_{i != row} t_i B_i}. O(nnz), so a generator already assembled in
     * bordered form (for the route choice) need not be assembled again for GMRES; the row agrees with
     * an assembled one to rounding.
     */
    public static RealCsc restoreRow(RealCsc b, double[] t, int row) {
        int n = b.cols();
        if (t[row] == 0) {
            throw new IllegalArgumentException("the trace functional vanishes at the bordered row " + row);
        }
        int[] cp = b.colPtr();
        int[] ri = b.rowIdx();
        double[] v = b.values();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(b.nnz() + n);
        DoubleList vals = new DoubleList(b.nnz() + n);
        for (int j = 0; j < n; j++) {
            double sum = 0;
            for (int p = cp[j]; p < cp[j + 1]; p++) {
                int i = ri[p];
                if (i != row) {
                    rows.add(i);
                    vals.add(v[p]);
                    if (t[i] != 0) {
                        sum += t[i] * v[p];
                    }
                }
            }
            if (sum != 0) {
                rows.add(row);
                vals.add(-sum / t[row]);
            }
            colPtr[j + 1] = rows.size();
        }
        return new RealCsc(b.rows(), n, colPtr, rows.toArray(), vals.toArray());
    }
}
