package dev.steadfast.state;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.space.Space;

/**
 * A density matrix on a composite space (dense). Partial traces and partial transposes are taken
 * over sites by index; the reduced state keeps the requested sites in the requested order.
 */
public final class DensityMatrix {
    private final Space space;
    private final CMatrix matrix;

    public DensityMatrix(Space space, CMatrix matrix) {
        int d = space.dimension();
        if (matrix.rows() != d || matrix.cols() != d) {
            throw new IllegalArgumentException("a " + matrix.rows() + "x" + matrix.cols() + " matrix is not a state of " + space);
        }
        this.space = space;
        this.matrix = matrix;
    }

    public Space space() { return space; }
    public CMatrix matrix() { return matrix; }
    public int dimension() { return matrix.rows(); }

    /** Tr(O rho), complex: returns {re, im}. */
    public double[] expectComplex(Operator o) {
        if (!o.space().equals(space)) {
            throw new IllegalArgumentException("operator on " + o.space() + " applied to a state on " + space);
        }
        SparseCMatrix m = o.matrix();
        int[] rp = m.rowPtr();
        int[] ci = m.colIdx();
        double[] vr = m.valuesRe();
        double[] vi = m.valuesIm();
        double sr = 0;
        double si = 0;
        for (int i = 0; i < m.rows(); i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int k = ci[p];
                double rr = matrix.re(k, i);
                double ri = matrix.im(k, i);
                sr += vr[p] * rr - vi[p] * ri;
                si += vr[p] * ri + vi[p] * rr;
            }
        }
        return new double[] {sr, si};
    }

    /** Re Tr(O rho). */
    public double expect(Operator o) {
        return expectComplex(o)[0];
    }

    /** The reduced state on the given sites (in that order); the other sites are traced out. */
    public DensityMatrix partialTrace(int... keep) {
        Space sub = space.subspace(keep);
        boolean[] kept = new boolean[space.size()];
        for (int k : keep) {
            if (kept[k]) {
                throw new IllegalArgumentException("site " + space.site(k).name() + " listed twice");
            }
            kept[k] = true;
        }
        int[] traced = new int[space.size() - keep.length];
        int t = 0;
        for (int k = 0; k < space.size(); k++) {
            if (!kept[k]) {
                traced[t++] = k;
            }
        }
        int[] keptOffset = offsets(sub, keep);
        int[] tracedOffset = traced.length == 0 ? new int[] {0} : offsets(space.subspace(traced), traced);
        int dk = keptOffset.length;
        CMatrix r = new CMatrix(dk, dk);
        for (int a = 0; a < dk; a++) {
            for (int b = 0; b < dk; b++) {
                double sr = 0;
                double si = 0;
                for (int off : tracedOffset) {
                    sr += matrix.re(keptOffset[a] + off, keptOffset[b] + off);
                    si += matrix.im(keptOffset[a] + off, keptOffset[b] + off);
                }
                r.set(a, b, sr, si);
            }
        }
        return new DensityMatrix(sub, r);
    }

    /** The partial transpose over the given sites, in the product basis. */
    public CMatrix partialTranspose(int... sites) {
        int d = dimension();
        int[] part = new int[d];
        for (int i = 0; i < d; i++) {
            int p = 0;
            for (int k : sites) {
                p += space.level(i, k) * (int) space.stride(k);
            }
            part[i] = p;
        }
        CMatrix out = new CMatrix(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                int ii = i - part[i] + part[j];
                int jj = j - part[j] + part[i];
                out.set(i, j, matrix.re(ii, jj), matrix.im(ii, jj));
            }
        }
        return out;
    }

    /** Eigenvalues, ascending. */
    public double[] eigenvalues() {
        return HermitianEigen.eigenvalues(matrix);
    }

    public double trace() {
        return matrix.traceRe();
    }

    /** Tr(rho^2). */
    public double purity() {
        double s = 0;
        double[] re = matrix.re();
        double[] im = matrix.im();
        for (int k = 0; k < re.length; k++) {
            s += re[k] * re[k] + im[k] * im[k];
        }
        return s;
    }

    /**
     * Full-space basis offsets of the states of {@code sub} (whose sites are {@code siteIdx} of
     * this space): offset[a] = sum over sub's sites of level * full stride.
     */
    private int[] offsets(Space sub, int[] siteIdx) {
        if (siteIdx.length == 0) {
            return new int[] {0};
        }
        int n = sub.dimension();
        int[] off = new int[n];
        for (int a = 0; a < n; a++) {
            int o = 0;
            for (int q = 0; q < siteIdx.length; q++) {
                o += sub.level(a, q) * (int) space.stride(siteIdx[q]);
            }
            off[a] = o;
        }
        return off;
    }

    @Override
    public String toString() {
        return "DensityMatrix on " + space + "\n" + matrix;
    }
}
