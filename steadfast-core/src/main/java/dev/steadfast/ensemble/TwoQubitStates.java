package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.measure.Measures;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;

/**
 * Two-qubit helpers in the level basis {@code |00>, |01>, |10>, |11>} (first qubit most
 * significant, level 0 = ground): the state from its Pauli correlations and the Wootters
 * concurrence (through {@link Measures#concurrence}).
 */
public final class TwoQubitStates {
    private static final Space PAIR = Space.of(Site.qubit("a"), Site.qubit("b"));

    private TwoQubitStates() {
    }

    /** Single-qubit Paulis 1, sx, sy, sz in the level basis (sy = -i(sp - sm), sz = diag(-1, 1)). */
    static CMatrix pauli(int a) {
        CMatrix p = new CMatrix(2, 2);
        switch (a) {
            case 0 -> { p.set(0, 0, 1, 0); p.set(1, 1, 1, 0); }
            case 1 -> { p.set(0, 1, 1, 0); p.set(1, 0, 1, 0); }
            case 2 -> { p.set(0, 1, 0, 1); p.set(1, 0, 0, -1); }
            case 3 -> { p.set(0, 0, -1, 0); p.set(1, 1, 1, 0); }
            default -> throw new IllegalArgumentException("Pauli index " + a);
        }
        return p;
    }

    /** {@code ρ = ¼ Σ_{a,b=0..3} t[a][b] σ_a ⊗ σ_b} (t[0][0] = 1 for a normalised state). */
    public static CMatrix fromCorrelations(double[][] t) {
        CMatrix rho = new CMatrix(4, 4);
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                if (t[a][b] != 0) {
                    rho = rho.plus(pauli(a).kron(pauli(b)).scale(t[a][b] / 4, 0));
                }
            }
        }
        return rho;
    }

    /**
     * Wootters concurrence {@code max(0, λ1 - λ2 - λ3 - λ4)} of a 4x4 two-qubit state, by the same
     * routine as every other concurrence ({@link Measures#concurrence}: singular values of Wootters'
     * tau matrix, blocks of the state diagonalised separately), so an ensemble's pair is measured
     * exactly like a pair of qubit sites.
     */
    public static double concurrence(CMatrix rho) {
        if (rho.rows() != 4 || rho.cols() != 4) {
            throw new IllegalArgumentException("concurrence needs a 4x4 two-qubit state, got " + rho.rows() + "x" + rho.cols());
        }
        return Measures.concurrence(new DensityMatrix(PAIR, rho), 0, 1);
    }
}
