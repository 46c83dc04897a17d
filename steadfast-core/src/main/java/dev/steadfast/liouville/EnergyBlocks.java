package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigenSystem;
import dev.steadfast.linalg.SparseCMatrix;
import java.util.Arrays;
import java.util.TreeMap;

/**
 * The Hamiltonian diagonalised block by block: basis states grouped by a conserved charge (one
 * block when there is none), each block's H diagonalised exactly. Global eigen-index
 * {@code offset(b) + e} labels eigenvector e of block b.
 */
final class EnergyBlocks {
    final int dimension;
    final int[] blockOf;
    final int[] localIndex;
    final int[][] states;
    final int[] offset;
    final int[] charges;
    final HermitianEigenSystem[] eigen;

    EnergyBlocks(SparseCMatrix h, int[] charge) {
        dimension = h.rows();
        int[] q = charge == null ? new int[dimension] : charge;
        TreeMap<Integer, Integer> count = new TreeMap<>();
        for (int v : q) {
            count.merge(v, 1, Integer::sum);
        }
        int nb = count.size();
        states = new int[nb][];
        charges = new int[nb];
        offset = new int[nb + 1];
        int b = 0;
        java.util.Map<Integer, Integer> blockOfCharge = new java.util.HashMap<>();
        for (var e : count.entrySet()) {
            charges[b] = e.getKey();
            states[b] = new int[e.getValue()];
            offset[b + 1] = offset[b] + e.getValue();
            blockOfCharge.put(e.getKey(), b);
            b++;
        }
        blockOf = new int[dimension];
        localIndex = new int[dimension];
        int[] fill = new int[nb];
        for (int s = 0; s < dimension; s++) {
            int bb = blockOfCharge.get(q[s]);
            blockOf[s] = bb;
            localIndex[s] = fill[bb];
            states[bb][fill[bb]++] = s;
        }
        eigen = new HermitianEigenSystem[nb];
        for (int bb = 0; bb < nb; bb++) {
            eigen[bb] = HermitianEigenSystem.of(extract(h, bb, bb));
        }
    }

    int blocks() {
        return states.length;
    }

    int size(int b) {
        return states[b].length;
    }

    /** The dense sub-matrix of {@code m} with rows in block {@code rb} and columns in block {@code cb}. */
    CMatrix extract(SparseCMatrix m, int rb, int cb) {
        CMatrix out = new CMatrix(size(rb), size(cb));
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        double[] vr = m.valuesRe();
        double[] vi = m.valuesIm();
        for (int r = 0; r < size(rb); r++) {
            int s = states[rb][r];
            for (int p = rp[s]; p < rp[s + 1]; p++) {
                int c = ci[p];
                if (blockOf[c] == cb) {
                    out.set(r, localIndex[c], vr[p], vi[p]);
                }
            }
        }
        return out;
    }

    /** The block a jump maps block {@code b} into, or -1 if it maps it to zero. */
    int target(SparseCMatrix jump, int b) {
        int[] rp = jump.rowPtr();
        int[] ci = jump.colIdx();
        boolean[] inB = new boolean[dimension];
        for (int s : states[b]) {
            inB[s] = true;
        }
        for (int r = 0; r < dimension; r++) {
            for (int p = rp[r]; p < rp[r + 1]; p++) {
                if (inB[ci[p]]) {
                    return blockOf[r];
                }
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "EnergyBlocks" + Arrays.toString(Arrays.stream(states).mapToInt(a -> a.length).toArray());
    }
}
