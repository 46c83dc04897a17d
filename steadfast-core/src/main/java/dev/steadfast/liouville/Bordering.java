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
}
