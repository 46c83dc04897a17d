package dev.steadfast.ensemble;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.HermitianBasis;

/**
 * Real coordinates of the sector blocks σ_J: block b uses a {@link HermitianBasis} of size
 * 2j+1 (entries {@code (k, l)}, k ≤ l: the diagonal as one real, each pair as Re then Im), and
 * the blocks follow one another in the order of {@link DickeLadders} (j = N/2 first).
 *
 * <p>{@link #populationsOnly} keeps only the diagonal entries (m = m'): the sector that holds the
 * steady state when H conserves jz and every jump changes m by a fixed amount (then the
 * generator commutes with the rotation {@code exp(iφ jz)}, and so does a unique steady state).
 */
final class EnsembleCoordinates {
    private final DickeLadders ladders;
    private final HermitianBasis[] bases;
    private final int[] coordOffset;
    private final int[] positionOffset;
    private final boolean populationsOnly;

    private EnsembleCoordinates(DickeLadders ladders, boolean populationsOnly) {
        this.ladders = ladders;
        this.populationsOnly = populationsOnly;
        int blocks = ladders.blocks();
        bases = new HermitianBasis[blocks];
        coordOffset = new int[blocks + 1];
        positionOffset = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            int size = ladders.size(b);
            int[] charge = new int[size];
            if (populationsOnly) {
                for (int lev = 0; lev < size; lev++) {
                    charge[lev] = lev;
                }
            }
            bases[b] = HermitianBasis.chargeNeutral(charge);
            coordOffset[b + 1] = Math.addExact(coordOffset[b], bases[b].size());
            positionOffset[b + 1] = Math.addExact(positionOffset[b], bases[b].positions());
        }
    }

    static EnsembleCoordinates full(DickeLadders ladders) {
        return new EnsembleCoordinates(ladders, false);
    }

    static EnsembleCoordinates populationsOnly(DickeLadders ladders) {
        return new EnsembleCoordinates(ladders, true);
    }

    boolean isPopulationsOnly() { return populationsOnly; }
    DickeLadders ladders() { return ladders; }
    HermitianBasis basis(int b) { return bases[b]; }
    int coordinateOffset(int b) { return coordOffset[b]; }
    int positionOffset(int b) { return positionOffset[b]; }

    /** Total number of real coordinates. */
    int size() { return coordOffset[bases.length]; }

    /** Total number of positions (entries k ≤ l kept). */
    int positions() { return positionOffset[bases.length]; }

    /** The coordinate of the population of level 0 of block 0: the row replaced by the trace. */
    int traceRow() { return 0; }

    /** Whether the global coordinate c is a diagonal (population) coordinate. */
    boolean[] diagonalMask() {
        boolean[] d = new boolean[size()];
        for (int b = 0; b < bases.length; b++) {
            for (int c : bases[b].diagonalCoordinates()) {
                d[coordOffset[b] + c] = true;
            }
        }
        return d;
    }

    /** {@code Δ = l - k >= 0} of the entry (k, l) behind each coordinate (the coherence order m - m'). */
    int[] coherenceOrder() {
        int[] d = new int[size()];
        for (int b = 0; b < bases.length; b++) {
            HermitianBasis hb = bases[b];
            for (int pos = 0; pos < hb.positions(); pos++) {
                int c = coordOffset[b] + hb.coordinate(pos);
                d[c] = hb.col(pos) - hb.row(pos);
                if (!hb.isDiagonal(pos)) {
                    d[c + 1] = d[c];
                }
            }
        }
        return d;
    }

    /** The coordinates of the given Hermitian blocks (inverse of {@link #toBlocks}). */
    double[] coordinates(CMatrix[] blocks) {
        double[] x = new double[size()];
        for (int b = 0; b < bases.length; b++) {
            double[] xb = bases[b].coordinates(blocks[b]);
            System.arraycopy(xb, 0, x, coordOffset[b], xb.length);
        }
        return x;
    }

    /** The Hermitian blocks with the given coordinates. */
    CMatrix[] toBlocks(double[] x) {
        CMatrix[] out = new CMatrix[bases.length];
        for (int b = 0; b < bases.length; b++) {
            HermitianBasis hb = bases[b];
            int n = hb.hilbertDimension();
            CMatrix m = new CMatrix(n, n);
            int o = coordOffset[b];
            for (int pos = 0; pos < hb.positions(); pos++) {
                int i = hb.row(pos);
                int j = hb.col(pos);
                int c = o + hb.coordinate(pos);
                if (i == j) {
                    m.set(i, i, x[c], 0);
                } else {
                    m.set(i, j, x[c], x[c + 1]);
                    m.set(j, i, x[c], -x[c + 1]);
                }
            }
            out[b] = m;
        }
        return out;
    }
}
