package dev.steadfast.liouville;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.system.Excitations;
import dev.steadfast.system.Jump;
import dev.steadfast.system.OpenSystem;
import java.util.Optional;

/**
 * Detects a conserved excitation number: when H commutes with the total excitation
 * {@code Q = sum over sites of the level} and every jump changes Q by a fixed amount, the
 * superoperator charge {@code q(i) - q(j)} of {@code |i><j|} is conserved by L, which splits into
 * sectors. A unique steady state is invariant under {@code exp(i phi Q)} and so lies in the
 * charge-neutral sector: {@code C(2N, N)} coordinates for N qubits instead of {@code 4^N}.
 *
 * <p>The check is exact (on the stored nonzeros), so a symmetry is never used where it does not
 * hold. What the sector cannot see: steady coherences between charge blocks, which exist only
 * when the steady state is not unique; the uniqueness reported is that of the sector.
 */
public final class ChargeSymmetry {
    private ChargeSymmetry() {
    }

    /** The charge of each basis state if it is conserved in the above sense. */
    public static Optional<int[]> detect(OpenSystem system) {
        int[] q = Excitations.of(system.space());
        if (!conserves(system.hamiltonian().matrix(), q)) {
            return Optional.empty();
        }
        for (Jump j : system.jumps()) {
            if (fixedShift(j.op().matrix(), q) == null) {
                return Optional.empty();
            }
        }
        // a trivial charge (all states equal) gives no reduction
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : q) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return min == max ? Optional.empty() : Optional.of(q);
    }

    private static boolean conserves(SparseCMatrix h, int[] q) {
        Integer s = fixedShift(h, q);
        return s != null && s == 0;
    }

    /** The common value of q(i) - q(j) over the nonzeros (i, j), or null if they differ. */
    static Integer fixedShift(SparseCMatrix m, int[] q) {
        Integer shift = null;
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        for (int i = 0; i < m.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int s = q[i] - q[ci[p]];
                if (shift == null) {
                    shift = s;
                } else if (shift != s) {
                    return null;
                }
            }
        }
        return shift == null ? 0 : shift;
    }
}
