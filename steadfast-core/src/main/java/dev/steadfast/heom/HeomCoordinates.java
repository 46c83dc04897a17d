package dev.steadfast.heom;

import dev.steadfast.linalg.CMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Real coordinates of a hierarchy state, {@code d² × (number of ADOs)} of them. An ADO with
 * {@code σ(n) = n} (the system ρ, and every ADO of a bath with real exponents, e.g.
 * Drude–Lorentz) is Hermitian and has the Hermitian coordinates {@code X_ii} (i ascending), then
 * {@code Re X_ij, Im X_ij} for i < j in lexicographic order. Of a conjugate pair
 * {@code ρ_σ(n) = ρ_n†} (underdamped baths) the member of lower index carries {@code Re X_ij,
 * Im X_ij} of all d² entries, row-major, and the other has no coordinates of its own.
 */
public final class HeomCoordinates {
    private final Hierarchy hierarchy;
    private final int d;
    private final int[] offset;
    private final int size;

    public HeomCoordinates(Hierarchy hierarchy, int d) {
        this.hierarchy = hierarchy;
        this.d = d;
        offset = new int[hierarchy.size()];
        int o = 0;
        for (int i = 0; i < hierarchy.size(); i++) {
            offset[i] = o;
            int s = hierarchy.conjugate(i);
            o += s == i ? d * d : s > i ? 2 * d * d : 0;
            if (s < i) {
                offset[i] = -1;
            }
        }
        size = o;
    }

    public int size() { return size; }

    /** Whether ADO i carries coordinates (Hermitian, or the first of a conjugate pair). */
    public boolean owns(int i) { return offset[i] >= 0; }

    public boolean isHermitian(int i) { return hierarchy.conjugate(i) == i; }

    /** The first coordinate of ADO i (−1 for the second of a pair). */
    public int offset(int i) { return offset[i]; }

    /** Number of coordinates of ADO i. */
    public int count(int i) { return !owns(i) ? 0 : isHermitian(i) ? d * d : 2 * d * d; }

    /**
     * The basis operator of local coordinate c of ADO i (and, for a pair, the partner gets its
     * adjoint): {@code E_ii}, {@code E_ij + E_ji}, {@code i(E_ij − E_ji)}; or {@code E_ij}, {@code iE_ij}.
     */
    public CMatrix basis(int i, int c) {
        CMatrix x = new CMatrix(d, d);
        if (isHermitian(i)) {
            if (c < d) {
                x.set(c, c, 1, 0);
                return x;
            }
            int[] ij = pair((c - d) / 2);
            if ((c - d) % 2 == 0) {
                x.set(ij[0], ij[1], 1, 0);
                x.set(ij[1], ij[0], 1, 0);
            } else {
                x.set(ij[0], ij[1], 0, 1);
                x.set(ij[1], ij[0], 0, -1);
            }
            return x;
        }
        int e = c / 2;
        x.set(e / d, e % d, c % 2 == 0 ? 1 : 0, c % 2 == 0 ? 0 : 1);
        return x;
    }

    /** Writes the coordinates of {@code y}, ADO i's value, into {@code out} from {@code offset(i)}; returns them as (row, value) via the sink. */
    public void read(int i, CMatrix y, double[] out, int at) {
        if (isHermitian(i)) {
            for (int a = 0; a < d; a++) {
                out[at + a] = y.re(a, a);
            }
            int p = 0;
            for (int a = 0; a < d; a++) {
                for (int b = a + 1; b < d; b++) {
                    // the average of the two entries: exact for a Hermitian y, the Hermitian part's otherwise
                    out[at + d + 2 * p] = 0.5 * (y.re(a, b) + y.re(b, a));
                    out[at + d + 2 * p + 1] = 0.5 * (y.im(a, b) - y.im(b, a));
                    p++;
                }
            }
        } else {
            for (int e = 0; e < d * d; e++) {
                out[at + 2 * e] = y.re(e / d, e % d);
                out[at + 2 * e + 1] = y.im(e / d, e % d);
            }
        }
    }

    /** Coordinates of all ADOs. */
    public double[] coordinates(List<CMatrix> ados) {
        double[] x = new double[size];
        for (int i = 0; i < hierarchy.size(); i++) {
            if (owns(i)) {
                read(i, ados.get(i), x, offset[i]);
            }
        }
        return x;
    }

    /** The ADOs with coordinates x (the second of each pair as the adjoint of the first). */
    public List<CMatrix> ados(double[] x) {
        List<CMatrix> out = new ArrayList<>();
        for (int i = 0; i < hierarchy.size(); i++) {
            CMatrix m = new CMatrix(d, d);
            if (owns(i) && isHermitian(i)) {
                for (int a = 0; a < d; a++) {
                    m.set(a, a, x[offset[i] + a], 0);
                }
                int p = 0;
                for (int a = 0; a < d; a++) {
                    for (int b = a + 1; b < d; b++) {
                        double re = x[offset[i] + d + 2 * p];
                        double im = x[offset[i] + d + 2 * p + 1];
                        m.set(a, b, re, im);
                        m.set(b, a, re, -im);
                        p++;
                    }
                }
            } else if (owns(i)) {
                for (int e = 0; e < d * d; e++) {
                    m.set(e / d, e % d, x[offset[i] + 2 * e], x[offset[i] + 2 * e + 1]);
                }
            }
            out.add(m);
        }
        for (int i = 0; i < hierarchy.size(); i++) {
            if (!owns(i)) {
                out.set(i, out.get(hierarchy.conjugate(i)).adjoint());
            }
        }
        return out;
    }

    private int[] pair(int p) {
        for (int a = 0; a < d; a++) {
            int row = d - 1 - a;
            if (p < row) {
                return new int[] {a, a + 1 + p};
            }
            p -= row;
        }
        throw new IllegalArgumentException("no pair " + p);
    }
}
