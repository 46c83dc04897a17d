package dev.steadfast.liouville;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.IntList;
import java.util.Arrays;

/**
 * Real coordinates of Hermitian operators on a set of matrix positions.
 *
 * <p>A Hermitian {@code X} is determined by its entries {@code (i, j)} with {@code i <= j}: each
 * diagonal entry gives one real coordinate {@code X_ii}, each pair {@code i < j} two,
 * {@code Re X_ij} then {@code Im X_ij}. The corresponding basis operators are {@code |i><i|},
 * {@code |i><j| + |j><i|} and {@code i|i><j| - i|j><i|}. In these coordinates a
 * Hermiticity-preserving superoperator (every Liouvillian) is a real matrix.
 *
 * <p>The positions can be restricted to a symmetry sector: with a conserved charge q only
 * positions with {@code q(i) = q(j)} are kept, which is the block that holds the steady state.
 * Lookup is by binary search within a row, so memory is proportional to the number of positions.
 */
public final class HermitianBasis {
    private final int hilbertDimension;
    private final int[] rowStart;   // positions of row i: rowStart[i] .. rowStart[i+1]-1
    private final int[] colOf;      // column j of each position (sorted within a row)
    private final int[] coordOf;    // first coordinate of each position
    private final int[] rowOfPos;
    private final int size;
    private final int[] diagonalCoords;

    private HermitianBasis(int d, int[] rowStart, int[] colOf) {
        this.hilbertDimension = d;
        this.rowStart = rowStart;
        this.colOf = colOf;
        int npos = colOf.length;
        this.coordOf = new int[npos];
        this.rowOfPos = new int[npos];
        IntList diag = new IntList(d);
        int c = 0;
        for (int i = 0; i < d; i++) {
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                rowOfPos[p] = i;
                coordOf[p] = c;
                if (colOf[p] == i) {
                    diag.add(c);
                    c += 1;
                } else {
                    c += 2;
                }
            }
        }
        this.size = c;
        this.diagonalCoords = diag.toArray();
    }

    /**
     * The coherence order {@code |charge[i] - charge[j]|} of each coordinate (both coordinates of an
     * off-diagonal position share it): what a superoperator that conserves the charge never changes.
     */
    public int[] coherenceOrders(int[] charge) {
        if (charge.length != hilbertDimension) {
            throw new IllegalArgumentException(charge.length + " charges for dimension " + hilbertDimension);
        }
        int[] order = new int[size];
        for (int p = 0; p < colOf.length; p++) {
            int q = Math.abs(charge[rowOfPos[p]] - charge[colOf[p]]);
            order[coordOf[p]] = q;
            if (colOf[p] != rowOfPos[p]) {
                order[coordOf[p] + 1] = q;
            }
        }
        return order;
    }

    /** All positions: the full space of Hermitian d x d matrices (d^2 coordinates). */
    public static HermitianBasis full(int d) {
        return chargeNeutral(new int[d]);
    }

    /**
     * Positions (i, j) with {@code charge[i] == charge[j]}: the sector of a conserved charge
     * that contains every state commuting with it. (Of the single charge-difference sectors only
     * this one is closed under Hermitian conjugation; q and -q together are, see
     * {@link #chargeDifference}.)
     */
    public static HermitianBasis chargeNeutral(int[] charge) {
        int d = charge.length;
        int[] rowStart = new int[d + 1];
        IntList cols = new IntList(d);
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                if (charge[i] == charge[j]) {
                    cols.add(j);
                }
            }
            rowStart[i + 1] = cols.size();
        }
        return new HermitianBasis(d, rowStart, cols.toArray());
    }

    /**
     * Positions (i, j), i ≤ j, with {@code |charge[i] - charge[j]| == magnitude}: the real block of
     * a conserved charge's difference sectors q = +magnitude and q = -magnitude together (Hermitian
     * conjugation maps one to the other, so only their union has real coordinates). Magnitude 0 is
     * {@link #chargeNeutral}. A Liouvillian that conserves the charge is block diagonal in these
     * blocks.
     */
    public static HermitianBasis chargeDifference(int[] charge, int magnitude) {
        int d = charge.length;
        int[] rowStart = new int[d + 1];
        IntList cols = new IntList(d);
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                if (Math.abs(charge[i] - charge[j]) == magnitude) {
                    cols.add(j);
                }
            }
            rowStart[i + 1] = cols.size();
        }
        return new HermitianBasis(d, rowStart, cols.toArray());
    }

    /** Number of real coordinates. */
    public int size() { return size; }

    public int hilbertDimension() { return hilbertDimension; }

    /** Number of positions (i ≤ j). */
    public int positions() { return colOf.length; }

    public int row(int pos) { return rowOfPos[pos]; }
    public int col(int pos) { return colOf[pos]; }
    public int coordinate(int pos) { return coordOf[pos]; }
    public boolean isDiagonal(int pos) { return rowOfPos[pos] == colOf[pos]; }

    /** Coordinates of the diagonal entries, in order of the Hilbert-space index. */
    public int[] diagonalCoordinates() { return diagonalCoords.clone(); }

    /** The position index of (i, j) with i ≤ j, or -1 when it is outside the basis. */
    public int position(int i, int j) {
        int k = Arrays.binarySearch(colOf, rowStart[i], rowStart[i + 1], j);
        return k >= 0 ? k : -1;
    }

    /** True when every position is present (no sector restriction). */
    public boolean isFull() {
        return colOf.length == (long) hilbertDimension * (hilbertDimension + 1) / 2;
    }

    /** The Hermitian matrix whose coordinates are {@code x}. */
    public CMatrix toMatrix(double[] x) {
        CMatrix m = new CMatrix(hilbertDimension, hilbertDimension);
        for (int pos = 0; pos < positions(); pos++) {
            int i = rowOfPos[pos];
            int j = colOf[pos];
            int c = coordOf[pos];
            if (i == j) {
                m.set(i, i, x[c], 0);
            } else {
                m.set(i, j, x[c], x[c + 1]);
                m.set(j, i, x[c], -x[c + 1]);
            }
        }
        return m;
    }

    /**
     * The coordinates of the Hermitian part of {@code m} on this basis's positions (entries outside
     * the positions are ignored).
     */
    public double[] coordinates(CMatrix m) {
        double[] x = new double[size];
        for (int pos = 0; pos < positions(); pos++) {
            int i = rowOfPos[pos];
            int j = colOf[pos];
            int c = coordOf[pos];
            if (i == j) {
                x[c] = m.re(i, i);
            } else {
                x[c] = 0.5 * (m.re(i, j) + m.re(j, i));
                x[c + 1] = 0.5 * (m.im(i, j) - m.im(j, i));
            }
        }
        return x;
    }
}
