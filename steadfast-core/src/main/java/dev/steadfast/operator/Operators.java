package dev.steadfast.operator;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.space.Space;

/**
 * Operators on a composite space: embedding of single-site operators and named shortcuts.
 *
 * <p>{@code embed(space, k, m)} is {@code I ⊗ ... ⊗ m ⊗ ... ⊗ I} with m on site k, built
 * directly from the nonzeros of m (no Kronecker products of identities are formed).
 */
public final class Operators {
    private Operators() {
    }

    /** The single-site matrix {@code local} acting on site {@code k} of {@code space}. */
    public static Operator embed(Space space, int k, SparseCMatrix local) {
        int dk = space.siteDimension(k);
        if (local.rows() != dk || local.cols() != dk) {
            throw new IllegalArgumentException("a " + local.rows() + "x" + local.cols() + " matrix cannot act on site "
                    + space.site(k).name() + " of dimension " + dk);
        }
        int d = space.dimension();
        int inner = (int) space.stride(k);
        int outer = d / (inner * dk);
        int[] rp = local.rowPtr();
        int[] ci = local.colIdx();
        double[] vr = local.valuesRe();
        double[] vi = local.valuesIm();
        // rows are produced in increasing order, and within a row the columns follow the local
        // row's sorted columns: the CSR arrays are written directly, with no sort
        int nnz = local.nnz() * (d / dk);
        int[] rowPtr = new int[d + 1];
        int[] cols = new int[nnz];
        double[] re = new double[nnz];
        double[] im = new double[nnz];
        int w = 0;
        for (int o = 0; o < outer; o++) {
            int base = o * dk * inner;
            for (int r = 0; r < dk; r++) {
                for (int in = 0; in < inner; in++) {
                    int row = base + r * inner + in;
                    for (int p = rp[r]; p < rp[r + 1]; p++) {
                        cols[w] = base + ci[p] * inner + in;
                        re[w] = vr[p];
                        im[w++] = vi[p];
                    }
                    rowPtr[row + 1] = w;
                }
            }
        }
        return new Operator(space, SparseCMatrix.ofCsr(d, d, rowPtr, cols, re, im));
    }

    /** The single-site matrix acting on the named site. */
    public static Operator embed(Space space, String site, SparseCMatrix local) {
        return embed(space, space.require(site), local);
    }

    public static Operator sigmaPlus(Space s, String site) { return embed(s, site, LocalOperators.sp(s.site(s.require(site)))); }
    public static Operator sigmaMinus(Space s, String site) { return embed(s, site, LocalOperators.sm(s.site(s.require(site)))); }
    public static Operator sigmaX(Space s, String site) { return embed(s, site, LocalOperators.sx(s.site(s.require(site)))); }
    public static Operator sigmaY(Space s, String site) { return embed(s, site, LocalOperators.sy(s.site(s.require(site)))); }
    public static Operator sigmaZ(Space s, String site) { return embed(s, site, LocalOperators.sz(s.site(s.require(site)))); }
    public static Operator destroy(Space s, String site) { return embed(s, site, LocalOperators.destroy(s.site(s.require(site)))); }
    public static Operator create(Space s, String site) { return embed(s, site, LocalOperators.create(s.site(s.require(site)))); }
    public static Operator number(Space s, String site) { return embed(s, site, LocalOperators.number(s.site(s.require(site)))); }
}
