package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.linalg.SparseCMatrix;

/**
 * A permutation-invariant state of N qubits, {@code ρ = ⊕_j (σ_j / d_j) ⊗ 1_{d_j}}, held as its
 * sector blocks σ_j (see the package documentation): {@code Tr ρ = Σ_j Tr σ_j} and
 * {@code <O> = Σ_j Tr(O_j σ_j)} for collective O. Immutable (blocks are copied on the way in
 * and out).
 */
public final class EnsembleState {
    private final DickeLadders ladders;
    private final CMatrix[] blocks;

    public EnsembleState(DickeLadders ladders, CMatrix[] blocks) {
        if (blocks.length != ladders.blocks()) {
            throw new IllegalArgumentException("need " + ladders.blocks() + " blocks for N = " + ladders.members()
                    + ", got " + blocks.length);
        }
        this.ladders = ladders;
        this.blocks = new CMatrix[blocks.length];
        for (int b = 0; b < blocks.length; b++) {
            int n = ladders.size(b);
            if (blocks[b].rows() != n || blocks[b].cols() != n) {
                throw new IllegalArgumentException("block j = " + ladders.j(b) + " must be " + n + "x" + n);
            }
            this.blocks[b] = blocks[b].copy();
        }
    }

    public DickeLadders ladders() { return ladders; }
    public int members() { return ladders.members(); }

    /** σ_j of block b (a copy): d_j times the density matrix of one copy of spin j. */
    public CMatrix sectorBlock(int b) { return blocks[b].copy(); }

    /** Tr σ_j: the probability that the total spin is j. */
    public double sectorProbability(int b) { return blocks[b].traceRe(); }

    /** Tr ρ. */
    public double trace() {
        double t = 0;
        for (CMatrix m : blocks) {
            t += m.traceRe();
        }
        return t;
    }

    /** {@code <O> = Tr(O ρ)} as {re, im}. */
    public double[] expectComplex(CollectiveOperator o) {
        double sr = 0;
        double si = 0;
        for (int b = 0; b < blocks.length; b++) {
            SparseCMatrix m = o.matrix(ladders.twoJ(b));
            CMatrix s = blocks[b];
            int[] rp = m.rowPtr();
            int[] ci = m.colIdx();
            double[] vr = m.valuesRe();
            double[] vi = m.valuesIm();
            for (int i = 0; i < m.rows(); i++) {
                for (int p = rp[i]; p < rp[i + 1]; p++) {
                    double rr = s.re(ci[p], i);
                    double ri = s.im(ci[p], i);
                    sr += vr[p] * rr - vi[p] * ri;
                    si += vr[p] * ri + vi[p] * rr;
                }
            }
        }
        return new double[] {sr, si};
    }

    /** Re Tr(O ρ). */
    public double expect(CollectiveOperator o) {
        return expectComplex(o)[0];
    }

    /** Eigenvalues of σ_j of block b, ascending (those of ρ in that sector are these / d_j). */
    public double[] sectorEigenvalues(int b) {
        return HermitianEigen.eigenvalues(blocks[b]);
    }

    /** The smallest eigenvalue of ρ: {@code min_j λ_min(σ_j) / d_j}. */
    public double minEigenvalue() {
        double min = Double.POSITIVE_INFINITY;
        for (int b = 0; b < blocks.length; b++) {
            min = Math.min(min, sectorEigenvalues(b)[0] / ladders.degeneracy(b));
        }
        return min;
    }

    /** Largest |σ_ij - conj(σ_ji)| over the blocks. */
    public double hermiticityError() {
        double e = 0;
        for (CMatrix m : blocks) {
            e = Math.max(e, m.hermiticityError());
        }
        return e;
    }

    CMatrix[] blocksView() { return blocks; }
}
