package dev.steadfast.liouville;

import dev.steadfast.linalg.DoubleList;
import dev.steadfast.linalg.IntList;
import dev.steadfast.linalg.RealCsc;
import dev.steadfast.linalg.SparseCMatrix;

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
    private final ImageAccumulator images;
    private final ImageAccumulator.Positions coordinates;

    public HermitianAssembler(Liouvillian l, HermitianBasis basis) {
        if (basis.hilbertDimension() != l.hilbertDimension()) {
            throw new IllegalArgumentException("basis of dimension " + basis.hilbertDimension()
                    + " for a Liouvillian on dimension " + l.hilbertDimension());
        }
        this.l = l;
        this.basis = basis;
        this.images = new ImageAccumulator(basis.positions());
        this.coordinates = new ImageAccumulator.Positions() {
            @Override
            public int coordinate(int position) {
                return basis.coordinate(position);
            }

            @Override
            public boolean isDiagonal(int position) {
                return basis.isDiagonal(position);
            }
        };
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
            images.clear();
            image(kk, ll, false);
            if (kk == ll) {
                images.emit(rows, vals, traceRow, coordinates, 1, 0, 0, 0);
                if (traceRow >= 0 && isDiagCoord[col]) {
                    rows.add(traceRow);
                    vals.add(1.0);
                }
                colPtr[++col] = rows.size();
            } else {
                image(ll, kk, true);
                // X = E_kl + E_lk
                images.emit(rows, vals, traceRow, coordinates, 1, 0, 1, 0);
                colPtr[++col] = rows.size();
                // Y = i E_kl - i E_lk
                images.emit(rows, vals, traceRow, coordinates, 0, 1, 0, -1);
                colPtr[++col] = rows.size();
            }
        }
        return new RealCsc(n, n, colPtr, rows.toArray(), vals.toArray());
    }

    /** Accumulates the upper-triangle entries of L(|k><l|) into the first or second image. */
    private void image(int kk, int ll, boolean second) {
        SparseCMatrix kT = l.effectiveHamiltonianTransposed();
        // -i K |k><l| : entries (i, l) = -i K_ik, i over column k of K = row k of K^T
        int[] rp = kT.rowPtr();
        int[] ci = kT.colIdx();
        double[] vr = kT.valuesRe();
        double[] vi = kT.valuesIm();
        for (int p = rp[kk]; p < rp[kk + 1]; p++) {
            add(ci[p], ll, vi[p], -vr[p], second);
        }
        // +i |k><l| K† : entries (k, j) = i conj(K_jl), j over column l of K
        for (int p = rp[ll]; p < rp[ll + 1]; p++) {
            add(kk, ci[p], vi[p], vr[p], second);
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
                        add(i, j, jr[p] * jr[q] + ji[p] * ji[q], ji[p] * jr[q] - jr[p] * ji[q], second);
                    }
                }
            }
        }
    }

    private void add(int i, int j, double re, double im, boolean second) {
        if (i > j) {
            return;
        }
        int pos = basis.position(i, j);
        if (pos < 0) {
            throw new IllegalStateException("Liouvillian maps outside the symmetry sector at (" + i + ", " + j + ")");
        }
        images.add(pos, re, im, second);
    }
}
