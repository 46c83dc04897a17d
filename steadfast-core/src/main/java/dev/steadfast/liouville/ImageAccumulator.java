package dev.steadfast.liouville;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import java.util.Arrays;

/**
 * Workspace for assembling a superoperator column by column in Hermitian coordinates: it holds the
 * images of the two basis operators {@code |k><l|} (first) and {@code |l><k|} (second) as complex
 * values indexed by matrix position (upper triangle), and emits the real coordinates of a complex
 * combination of them. Positions are reset lazily (a stamp per column), so a column costs what its
 * nonzeros cost. Shared by {@link HermitianAssembler} and the ensemble assembler.
 */
public final class ImageAccumulator {
    /** Where a position's real coordinates live. */
    public interface Positions {
        /** First real coordinate of the position (Re; Im follows when off-diagonal). */
        int coordinate(int position);

        boolean isDiagonal(int position);
    }

    private final double[] firstRe;
    private final double[] firstIm;
    private final double[] secondRe;
    private final double[] secondIm;
    private final int[] mark;
    private final int[] touched;
    private int count;
    private int stamp;

    public ImageAccumulator(int positions) {
        firstRe = new double[positions];
        firstIm = new double[positions];
        secondRe = new double[positions];
        secondIm = new double[positions];
        mark = new int[positions];
        Arrays.fill(mark, -1);
        touched = new int[positions];
    }

    /** Starts a new column: both images are zero. */
    public void clear() {
        stamp++;
        count = 0;
    }

    /** Adds {@code re + i im} at {@code position} to the first or the second image. */
    public void add(int position, double re, double im, boolean second) {
        if (mark[position] != stamp) {
            mark[position] = stamp;
            touched[count++] = position;
            firstRe[position] = 0;
            firstIm[position] = 0;
            secondRe[position] = 0;
            secondIm[position] = 0;
        }
        if (second) {
            secondRe[position] += re;
            secondIm[position] += im;
        } else {
            firstRe[position] += re;
            firstIm[position] += im;
        }
    }

    /**
     * Appends to ({@code rows}, {@code vals}) the nonzero real coordinates of
     * {@code c1 * first + c2 * second} (c1, c2 complex), skipping {@code skipRow}.
     */
    public void emit(IntList rows, DoubleList vals, int skipRow, Positions map,
                     double c1r, double c1i, double c2r, double c2i) {
        Arrays.sort(touched, 0, count);
        for (int t = 0; t < count; t++) {
            int pos = touched[t];
            double vr = c1r * firstRe[pos] - c1i * firstIm[pos] + c2r * secondRe[pos] - c2i * secondIm[pos];
            double vi = c1r * firstIm[pos] + c1i * firstRe[pos] + c2r * secondIm[pos] + c2i * secondRe[pos];
            int c = map.coordinate(pos);
            if (c != skipRow && vr != 0) {
                rows.add(c);
                vals.add(vr);
            }
            if (!map.isDiagonal(pos) && c + 1 != skipRow && vi != 0) {
                rows.add(c + 1);
                vals.add(vi);
            }
        }
    }
}
