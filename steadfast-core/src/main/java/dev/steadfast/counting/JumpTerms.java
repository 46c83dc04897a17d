package dev.steadfast.counting;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.SparseCMatrix;

/**
 * The k-th derivative of the tilted generator at s = 0, {@code L_k X = Σ_c γ_c w_c^k J_c X J_c†}
 * (k ≥ 1): the counted jump terms weighted by the k-th power of what they count. It maps Hermitian
 * operators to Hermitian operators, so it acts on real coordinates like the generator itself.
 */
final class JumpTerms {
    private final CountingField field;

    JumpTerms(CountingField field) {
        this.field = field;
    }

    /** {@code L_k X}. */
    CMatrix apply(int k, CMatrix x) {
        int d = x.rows();
        CMatrix out = new CMatrix(d, d);
        for (int c = 0; c < field.channels().size(); c++) {
            double w = field.weights()[c];
            if (w == 0) {
                continue;
            }
            double g = field.channels().get(c).rate() * Math.pow(w, k);
            addSandwich(out, g, field.channels().get(c).op().matrix(), x);
        }
        return out;
    }

    /** {@code out += g J X J†}, with J sparse (CSR) and X dense: Y = J X, then Y J†. */
    static void addSandwich(CMatrix out, double g, SparseCMatrix j, CMatrix x) {
        int d = x.rows();
        int[] rp = j.rowPtr();
        int[] ci = j.colIdx();
        double[] jr = j.valuesRe();
        double[] ji = j.valuesIm();
        double[] yr = new double[d * d];
        double[] yi = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int p = rp[i]; p < rp[i + 1]; p++) {
                int k = ci[p];
                for (int col = 0; col < d; col++) {
                    double xr = x.re(k, col);
                    double xi = x.im(k, col);
                    yr[i * d + col] += jr[p] * xr - ji[p] * xi;
                    yi[i * d + col] += jr[p] * xi + ji[p] * xr;
                }
            }
        }
        // (Y J†)_{il} = Σ_m Y_im conj(J_lm)
        for (int l = 0; l < d; l++) {
            for (int p = rp[l]; p < rp[l + 1]; p++) {
                int m = ci[p];
                double cr = jr[p];
                double cim = -ji[p];
                for (int i = 0; i < d; i++) {
                    double ar = yr[i * d + m];
                    double ai = yi[i * d + m];
                    out.addTo(i, l, g * (ar * cr - ai * cim), g * (ar * cim + ai * cr));
                }
            }
        }
    }
}
