package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;

/**
 * Permutation-invariant initial states on the Dicke ladders. The symmetric ladder {@code j = N/2}
 * (block 0) holds the Dicke states {@code |j, m>}, level {@code k = m + j} being the state with k
 * excitations; every other ladder is empty in these states.
 */
public final class EnsembleStates {
    private EnsembleStates() {
    }

    /** The Dicke state with {@code excitations} members excited (0 = all in the ground state). */
    public static EnsembleState dicke(DickeLadders ladders, int excitations) {
        int n = ladders.members();
        if (excitations < 0 || excitations > n) {
            throw new IllegalArgumentException("a Dicke state of " + n + " members has 0.." + n + " excitations, not "
                    + excitations);
        }
        CMatrix[] blocks = new CMatrix[ladders.blocks()];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new CMatrix(ladders.size(b), ladders.size(b));
        }
        blocks[0].set(excitations, excitations, 1, 0);
        return new EnsembleState(ladders, blocks);
    }

    /** Every member in its ground state. */
    public static EnsembleState ground(DickeLadders ladders) {
        return dicke(ladders, 0);
    }

    /** Every member excited: the starting point of a superradiant burst. */
    public static EnsembleState excited(DickeLadders ladders) {
        return dicke(ladders, ladders.members());
    }
}
