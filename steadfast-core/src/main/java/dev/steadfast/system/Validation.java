package dev.steadfast.system;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;

/** Shared checks of system terms; each failure names the term. */
final class Validation {
    private Validation() {
    }

    static void requireRate(String name, double rate) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new InvalidSystemException(name, "rate must be a finite number >= 0, got " + rate);
        }
    }

    /** Every nonzero {@code <i|op|j>} must lower the total excitation: q(i) < q(j). */
    static void requireLowering(String name, Operator op) {
        Space space = op.space();
        SparseCMatrix m = op.matrix();
        if (m.nnz() == 0) {
            throw new InvalidSystemException(name, "the thermal operator is zero");
        }
        int[] q = Excitations.of(space);
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        for (int i = 0; i < m.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                if (q[i] >= q[ci[p]]) {
                    throw new InvalidSystemException(name, "the thermal operator is not a lowering operator "
                            + "(it has a nonzero element that does not lower the excitation); "
                            + "write the bath with the lowering operator, e.g. sm(q) or a(c)");
                }
            }
        }
    }
}
