package dev.steadfast.transport;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.SiteKind;
import dev.steadfast.space.Space;

/**
 * Fermionic mode operators on a composite space by the Jordan–Wigner transformation.
 *
 * <p>The fermion sites, taken in site order, are the modes {@code 1..M}; level 1 of a fermion site is
 * occupied. The annihilator of the fermion site k is
 * {@code c_k = (∏_{j<k, j fermion} (-1)^{n_j}) ⊗ |0⟩⟨1|_k}, with no string over qubits, spins,
 * bosons or levels. Hence {@code {c_i, c_j†} = δ_ij}, {@code {c_i, c_j} = 0} for every pair of
 * fermion sites, and every fermion operator commutes with every operator on a non-fermion site.
 * Each {@code c_k} lowers the total excitation {@code Σ_sites level} by exactly one, so charge
 * symmetry detection sees the particle number as the charge.
 */
public final class Fermions {
    private Fermions() {
    }

    /** {@code c_k}, the annihilator of fermion site k. */
    public static Operator annihilate(Space space, int k) {
        Site s = requireFermion(space, k, "c");
        Operator local = Operators.embed(space, k, LocalOperators.ketBra(s, 0, 1));
        return withString(space, k, local);
    }

    /** {@code c_k† }, the creator of fermion site k. */
    public static Operator create(Space space, int k) {
        return annihilate(space, k).dag();
    }

    /** {@code n_k = c_k† c_k = |1⟩⟨1|_k} (no string). */
    public static Operator number(Space space, int k) {
        Site s = requireFermion(space, k, "n");
        return Operators.embed(space, k, LocalOperators.ketBra(s, 1, 1));
    }

    /** {@code N = Σ_k n_k} over every fermion site (zero when there is none). */
    public static Operator totalNumber(Space space) {
        Operator sum = Operator.zero(space);
        for (int k = 0; k < space.size(); k++) {
            if (space.site(k).kind() == SiteKind.FERMION) {
                sum = sum.plus(number(space, k));
            }
        }
        return sum;
    }

    /** The sign {@code (-1)^{Σ_{j<k fermion} n_j}} of basis state {@code state}. */
    static int stringSign(Space space, int k, int state) {
        int occupied = 0;
        for (int j = 0; j < k; j++) {
            if (space.site(j).kind() == SiteKind.FERMION) {
                occupied += space.level(state, j);
            }
        }
        return (occupied & 1) == 0 ? 1 : -1;
    }

    /**
     * Multiplies row r of the embedded {@code |0⟩⟨1|_k} by the string sign of r (the string
     * counts only sites before k, which the operator leaves unchanged, so row or column give the same sign).
     */
    private static Operator withString(Space space, int k, Operator local) {
        SparseCMatrix m = local.matrix();
        int d = m.rows();
        int[] rp = m.rowPtr();
        double[] re = m.valuesRe().clone();
        double[] im = m.valuesIm().clone();
        for (int r = 0; r < d; r++) {
            if (rp[r] < rp[r + 1] && stringSign(space, k, r) < 0) {
                for (int p = rp[r]; p < rp[r + 1]; p++) {
                    re[p] = -re[p];
                    im[p] = -im[p];
                }
            }
        }
        return new Operator(space, SparseCMatrix.ofCsr(d, d, rp.clone(), m.colIdx().clone(), re, im));
    }

    private static Site requireFermion(Space space, int k, String op) {
        Site s = space.site(k);
        if (s.kind() != SiteKind.FERMION) {
            throw new IllegalArgumentException(op + " needs a fermion site, but " + s.name() + " is a "
                    + s.kind().name().toLowerCase());
        }
        return s;
    }
}
