package dev.steadfast.ensemble;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.liouville.HermitianBasis;
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
    private final double[] a1r;
    private final double[] a1i;
    private final double[] a2r;
    private final double[] a2i;
    private final int[] mark;
    private final int[] touched;
    private final int[] blockOfPosition;
    private int nTouched;
    private int stamp;

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
        a1r = new double[np];
        a1i = new double[np];
        a2r = new double[np];
        a2i = new double[np];
        mark = new int[np];
        Arrays.fill(mark, -1);
        touched = new int[np];
        blockOfPosition = new int[np];
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(blockOfPosition, coords.positionOffset(b), coords.positionOffset(b + 1), b);
        }
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
                stamp++;
                nTouched = 0;
                image(b, kk, ll, a1r, a1i);
                if (kk == ll) {
                    emit(rows, vals, traceRow, 1, 0, 0, 0);
                    if (traceRow >= 0 && diag[col]) {
                        rows.add(traceRow);
                        vals.add(1.0);
                    }
                    colPtr[++col] = rows.size();
                } else {
                    image(b, ll, kk, a2r, a2i);
                    emit(rows, vals, traceRow, 1, 0, 1, 0);   // |k><l| + |l><k|
                    colPtr[++col] = rows.size();
                    emit(rows, vals, traceRow, 0, 1, 0, -1);  // i|k><l| - i|l><k|
                    colPtr[++col] = rows.size();
                }
            }
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }

    /** Accumulates the upper-triangle entries of L(|k><l|) of block b into (ar, ai). */
    private void image(int b, int kk, int ll, double[] ar, double[] ai) {
        SparseCMatrix k = kT[b];
        int[] rp = k.rowPtr();
        int[] ci = k.colIdx();
        double[] vr = k.valuesRe();
        double[] vi = k.valuesIm();
        for (int p = rp[kk]; p < rp[kk + 1]; p++) {      // -i K |k><l|
            add(b, ci[p], ll, vi[p], -vr[p], ar, ai);
        }
        for (int p = rp[ll]; p < rp[ll + 1]; p++) {      // +i |k><l| K†
            add(b, kk, ci[p], vi[p], vr[p], ar, ai);
        }
        for (SparseCMatrix j : jT[b]) {                  // J |k><l| J†
            int[] jp = j.rowPtr();
            int[] jc = j.colIdx();
            double[] jr = j.valuesRe();
            double[] ji = j.valuesIm();
            for (int p = jp[kk]; p < jp[kk + 1]; p++) {
                for (int q = jp[ll]; q < jp[ll + 1]; q++) {
                    add(b, jc[p], jc[q], jr[p] * jr[q] + ji[p] * ji[q], ji[p] * jr[q] - jr[p] * ji[q], ar, ai);
                }
            }
        }
        for (LocalTransfer t : transfersFrom.get(b)) {   // Σ_i A_i |k><l| A_i†
            double w = t.weight() * t.f()[kk] * t.f()[ll];
            if (w != 0) {
                add(t.target(), kk + t.shift(), ll + t.shift(), w, 0, ar, ai);
            }
        }
    }

    private void add(int block, int i, int j, double re, double im, double[] ar, double[] ai) {
        if (i > j) {
            return;
        }
        int local = coords.basis(block).position(i, j);
        if (local < 0) {
            throw new IllegalStateException("ensemble generator maps outside the populations-only sector at ("
                    + i + ", " + j + ") of block " + block);
        }
        int pos = coords.positionOffset(block) + local;
        if (mark[pos] != stamp) {
            mark[pos] = stamp;
            touched[nTouched++] = pos;
            a1r[pos] = 0;
            a1i[pos] = 0;
            a2r[pos] = 0;
            a2i[pos] = 0;
        }
        ar[pos] += re;
        ai[pos] += im;
    }

    /** Emits the real coordinates of (c1 image1 + c2 image2), skipping the trace row. */
    private void emit(IntList rows, DoubleList vals, int traceRow, double c1r, double c1i, double c2r, double c2i) {
        Arrays.sort(touched, 0, nTouched);
        for (int t = 0; t < nTouched; t++) {
            int pos = touched[t];
            int b = blockOfPosition[pos];
            HermitianBasis hb = coords.basis(b);
            int local = pos - coords.positionOffset(b);
            double vr = c1r * a1r[pos] - c1i * a1i[pos] + c2r * a2r[pos] - c2i * a2i[pos];
            double vi = c1r * a1i[pos] + c1i * a1r[pos] + c2r * a2i[pos] + c2i * a2r[pos];
            int c = coords.coordinateOffset(b) + hb.coordinate(local);
            if (c != traceRow && vr != 0) {
                rows.add(c);
                vals.add(vr);
            }
            if (!hb.isDiagonal(local) && c + 1 != traceRow && vi != 0) {
                rows.add(c + 1);
                vals.add(vi);
            }
        }
    }
}
