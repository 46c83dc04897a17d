package dev.steadfast.liouville;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.linalg.SparseCMatrix;
import java.util.Arrays;

/**
 * Assembles a Liouvillian as a real sparse matrix in the coordinates of a {@link HermitianBasis},
 * column by column, straight from the terms: the image of each basis operator is accumulated from
 * {@code -i K E_kl + i E_kl K† + sum J E_kl J†} using only the nonzeros of K and J. No complex
 * d^2 x d^2 matrix and no Kronecker products of identities are formed; memory is that of the
 * result.
 *
 * <p>When the basis is a symmetry sector, an image that leaves the sector means the symmetry does
 * not hold; that is a programming error and throws {@link IllegalStateException}.
 */
public final class HermitianAssembler {
    private final Liouvillian l;
    private final HermitianBasis basis;
    // complex accumulators indexed by position, for the images of E_kl (1) and E_lk (2)
    private final double[] a1r;
    private final double[] a1i;
    private final double[] a2r;
    private final double[] a2i;
    private final int[] mark;
    private final int[] touched;
    private int nTouched;
    private int stamp;

    public HermitianAssembler(Liouvillian l, HermitianBasis basis) {
        if (basis.hilbertDimension() != l.hilbertDimension()) {
            throw new IllegalArgumentException("basis of dimension " + basis.hilbertDimension()
                    + " for a Liouvillian on dimension " + l.hilbertDimension());
        }
        this.l = l;
        this.basis = basis;
        int np = basis.positions();
        a1r = new double[np];
        a1i = new double[np];
        a2r = new double[np];
        a2i = new double[np];
        mark = new int[np];
        Arrays.fill(mark, -1);
        touched = new int[np];
    }

    /** The real matrix of L in the basis coordinates. */
    public RealCsc assemble() {
        return assemble(-1);
    }

    /**
     * The real matrix of L with row {@code traceRow} replaced by the trace functional (ones on the
     * diagonal coordinates); {@code traceRow < 0} keeps L as it is.
     */
    public RealCsc assemble(int traceRow) {
        int n = basis.size();
        boolean[] isDiagCoord = new boolean[n];
        for (int c : basis.diagonalCoordinates()) {
            isDiagCoord[c] = true;
        }
        int[] colPtr = new int[n + 1];
        IntList rows = new IntList(16 * n);
        DoubleList vals = new DoubleList(16 * n);
        int col = 0;
        for (int pos = 0; pos < basis.positions(); pos++) {
            int kk = basis.row(pos);
            int ll = basis.col(pos);
            stamp++;
            nTouched = 0;
            image(kk, ll, a1r, a1i);
            if (kk == ll) {
                emit(rows, vals, traceRow, 1, 0, 0, 0);
                if (traceRow >= 0 && isDiagCoord[col]) {
                    rows.add(traceRow);
                    vals.add(1.0);
                }
                colPtr[++col] = rows.size();
            } else {
                image(ll, kk, a2r, a2i);
                // X = E_kl + E_lk
                emit(rows, vals, traceRow, 1, 0, 1, 0);
                colPtr[++col] = rows.size();
                // Y = i E_kl - i E_lk
                emit(rows, vals, traceRow, 0, 1, 0, -1);
                colPtr[++col] = rows.size();
            }
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }

    /** Accumulates the upper-triangle entries of L(|k><l|) into (ar, ai). */
    private void image(int kk, int ll, double[] ar, double[] ai) {
        SparseCMatrix kT = l.effectiveHamiltonianTransposed();
        // -i K |k><l| : entries (i, l) = -i K_ik, i over column k of K = row k of K^T
        int[] rp = kT.rowPtr();
        int[] ci = kT.colIdx();
        double[] vr = kT.valuesRe();
        double[] vi = kT.valuesIm();
        for (int p = rp[kk]; p < rp[kk + 1]; p++) {
            add(ci[p], ll, vi[p], -vr[p], ar, ai);
        }
        // +i |k><l| K† : entries (k, j) = i conj(K_jl), j over column l of K
        for (int p = rp[ll]; p < rp[ll + 1]; p++) {
            add(kk, ci[p], vi[p], vr[p], ar, ai);
        }
        // J |k><l| J† : entries (i, j) = J_ik conj(J_jl)
        for (SparseCMatrix jT : l.scaledJumpsTransposed()) {
            int[] jp = jT.rowPtr();
            int[] jc = jT.colIdx();
            double[] jr = jT.valuesRe();
            double[] ji = jT.valuesIm();
            for (int p = jp[kk]; p < jp[kk + 1]; p++) {
                int i = jc[p];
                for (int q = jp[ll]; q < jp[ll + 1]; q++) {
                    int j = jc[q];
                    if (i <= j) {
                        add(i, j, jr[p] * jr[q] + ji[p] * ji[q], ji[p] * jr[q] - jr[p] * ji[q], ar, ai);
                    }
                }
            }
        }
    }

    private void add(int i, int j, double re, double im, double[] ar, double[] ai) {
        if (i > j) {
            return;
        }
        int pos = basis.position(i, j);
        if (pos < 0) {
            throw new IllegalStateException("Liouvillian maps outside the symmetry sector at (" + i + ", " + j + ")");
        }
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

    /** Emits the real coordinates of (c1 * image1 + c2 * image2), skipping the trace row. */
    private void emit(IntList rows, DoubleList vals, int traceRow, double c1r, double c1i, double c2r, double c2i) {
        Arrays.sort(touched, 0, nTouched);
        for (int t = 0; t < nTouched; t++) {
            int pos = touched[t];
            double vr = c1r * a1r[pos] - c1i * a1i[pos] + c2r * a2r[pos] - c2i * a2i[pos];
            double vi = c1r * a1i[pos] + c1i * a1r[pos] + c2r * a2i[pos] + c2i * a2r[pos];
            int c = basis.coordinate(pos);
            if (c != traceRow && vr != 0) {
                rows.add(c);
                vals.add(vr);
            }
            if (!basis.isDiagonal(pos) && c + 1 != traceRow && vi != 0) {
                rows.add(c + 1);
                vals.add(vi);
            }
        }
    }
}
