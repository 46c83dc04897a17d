package dev.steadfast.ensemble;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.liouville.HermitianBasis;
import dev.steadfast.liouville.ImageAccumulator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link EnsembleLiouvillian} as a real sparse matrix in {@link EnsembleCoordinates}, built
 * column by column from the images of the basis operators {@code |k><l| + |l><k|},
 * {@code i|k><l| - i|l><k|} (and {@code |k><k|}) of each block, like
 * {@link dev.steadfast.liouville.HermitianAssembler} but with the local transfers between blocks.
 * Memory is that of the result. An image outside a populations-only sector is a programming error
 * ({@link IllegalStateException}).
 */
final class EnsembleAssembler {
    private final EnsembleLiouvillian l;
    private final EnsembleCoordinates coords;
    private final SparseCMatrix[] kT;
    private final SparseCMatrix[][] jT;
    private final List<List<LocalTransfer>> transfersFrom;
    private final ImageAccumulator images;
    private final ImageAccumulator.Positions coordinates;
    private final int[] blockOfPosition;

    EnsembleAssembler(EnsembleLiouvillian l, EnsembleCoordinates coords) {
        this.l = l;
        this.coords = coords;
        int blocks = coords.ladders().blocks();
        kT = new SparseCMatrix[blocks];
        jT = new SparseCMatrix[blocks][];
        transfersFrom = new ArrayList<>();
        for (int b = 0; b < blocks; b++) {
            kT[b] = l.effectiveHamiltonian(b).transpose();
            SparseCMatrix[] js = l.jumps(b);
            jT[b] = new SparseCMatrix[js.length];
            for (int c = 0; c < js.length; c++) {
                jT[b][c] = js[c].transpose();
            }
            transfersFrom.add(new ArrayList<>());
        }
        for (LocalTransfer t : l.transfers()) {
            transfersFrom.get(t.source()).add(t);
        }
        int np = coords.positions();
        images = new ImageAccumulator(np);
        blockOfPosition = new int[np];
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(blockOfPosition, coords.positionOffset(b), coords.positionOffset(b + 1), b);
        }
        coordinates = new ImageAccumulator.Positions() {
            @Override
            public int coordinate(int position) {
                int b = blockOfPosition[position];
                return coords.coordinateOffset(b) + coords.basis(b).coordinate(position - coords.positionOffset(b));
            }

            @Override
            public boolean isDiagonal(int position) {
                int b = blockOfPosition[position];
                return coords.basis(b).isDiagonal(position - coords.positionOffset(b));
            }
        };
    }

    /** The generator; {@code traceRow >= 0} replaces that row by the trace functional (ones on populations). */
    RealCsc assemble(int traceRow) {
        int n = coords.size();
        boolean[] diag = coords.diagonalMask();
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(16 * n);
        DoubleList vals = new DoubleList(16 * n);
        int col = 0;
        for (int b = 0; b < coords.ladders().blocks(); b++) {
            HermitianBasis hb = coords.basis(b);
            for (int pos = 0; pos < hb.positions(); pos++) {
                int kk = hb.row(pos);
                int ll = hb.col(pos);
                images.clear();
                image(b, kk, ll, false);
                if (kk == ll) {
                    images.emit(rows, vals, traceRow, coordinates, 1, 0, 0, 0);
                    if (traceRow >= 0 && diag[col]) {
                        rows.add(traceRow);
                        vals.add(1.0);
                    }
                    colPtr[++col] = rows.size();
                } else {
                    image(b, ll, kk, true);
                    images.emit(rows, vals, traceRow, coordinates, 1, 0, 1, 0);   // |k><l| + |l><k|
                    colPtr[++col] = rows.size();
                    images.emit(rows, vals, traceRow, coordinates, 0, 1, 0, -1);  // i|k><l| - i|l><k|
                    colPtr[++col] = rows.size();
                }
            }
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }

    /** Accumulates the upper-triangle entries of L(|k><l|) of block b into the first or second image. */
    private void image(int b, int kk, int ll, boolean second) {
        SparseCMatrix k = kT[b];
        int[] rp = k.rowPtr();
        int[] ci = k.colIdx();
        double[] vr = k.valuesRe();
        double[] vi = k.valuesIm();
        for (int p = rp[kk]; p < rp[kk + 1]; p++) {      // -i K |k><l|
            add(b, ci[p], ll, vi[p], -vr[p], second);
        }
        for (int p = rp[ll]; p < rp[ll + 1]; p++) {      // +i |k><l| K†
            add(b, kk, ci[p], vi[p], vr[p], second);
        }
        for (SparseCMatrix j : jT[b]) {                  // J |k><l| J†
            int[] jp = j.rowPtr();
            int[] jc = j.colIdx();
            double[] jr = j.valuesRe();
            double[] ji = j.valuesIm();
            for (int p = jp[kk]; p < jp[kk + 1]; p++) {
                for (int q = jp[ll]; q < jp[ll + 1]; q++) {
                    add(b, jc[p], jc[q], jr[p] * jr[q] + ji[p] * ji[q], ji[p] * jr[q] - jr[p] * ji[q], second);
                }
            }
        }
        for (LocalTransfer t : transfersFrom.get(b)) {   // Σ_i A_i |k><l| A_i†
            double w = t.weight() * t.f()[kk] * t.f()[ll];
            if (w != 0) {
                add(t.target(), kk + t.shift(), ll + t.shift(), w, 0, second);
            }
        }
    }

    private void add(int block, int i, int j, double re, double im, boolean second) {
        if (i > j) {
            return;
        }
        int local = coords.basis(block).position(i, j);
        if (local < 0) {
            throw new IllegalStateException("ensemble generator maps outside the populations-only sector at ("
                    + i + ", " + j + ") of block " + block);
        }
        images.add(coords.positionOffset(block) + local, re, im, second);
    }
}
