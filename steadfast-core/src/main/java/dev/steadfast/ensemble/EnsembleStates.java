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

    /**
     * The spin coherent state in which every member is in {@code cos(θ/2)|0> + e^{iφ} sin(θ/2)|1>}
     * (θ = 0: all in the ground state, θ = π: all excited). It is a symmetric product state: on the
     * ladder j = N/2 its amplitude on the Dicke state with k excitations is
     * {@code sqrt(C(N, k)) cos(θ/2)^(N-k) sin(θ/2)^k e^{ikφ}}.
     */
    public static EnsembleState coherent(DickeLadders ladders, double theta, double phi) {
        int n = ladders.members();
        double[] ar = new double[n + 1];
        double[] ai = new double[n + 1];
        double c = Math.cos(theta / 2);
        double sn = Math.sin(theta / 2);
        double logBinom = 0; // log C(n, k), updated incrementally
        for (int k = 0; k <= n; k++) {
            if (k > 0) {
                logBinom += Math.log(n - k + 1) - Math.log(k);
            }
            double mod = Math.exp(0.5 * logBinom) * Math.pow(c, n - k) * Math.pow(sn, k);
            ar[k] = mod * Math.cos(k * phi);
            ai[k] = mod * Math.sin(k * phi);
        }
        CMatrix[] blocks = new CMatrix[ladders.blocks()];
        for (int b = 0; b < blocks.length; b++) {
            blocks[b] = new CMatrix(ladders.size(b), ladders.size(b));
        }
        blocks[0] = CMatrix.projector(ar, ai);
        return new EnsembleState(ladders, blocks);
    }
}
