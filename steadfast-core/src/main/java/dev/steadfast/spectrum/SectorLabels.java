package dev.steadfast.spectrum;

import dev.steadfast.liouville.HermitianBasis;
import java.util.ArrayList;
import java.util.List;

/**
 * The charge-difference sector q of each eigenvector computed in a real block |q| = s of a
 * Liouvillian split by {@link dev.steadfast.liouville.ChargeSymmetry} ({@link Spectra}).
 */
final class SectorLabels {
    /** An eigenvector with less than this fraction of its weight in one sign of q is labelled by the other. */
    static final double SECTOR_LEAK = 1e-4;

    private SectorLabels() {
    }

    /**
     * The sector of each pair of the real block |q| = s: q = 0 for s = 0; otherwise the sign whose
     * positions carry the eigenvector ({@code X_ij} with {@code charge[i] - charge[j] = q}). An
     * eigenvector spread over both signs belongs to an eigenvalue of both blocks (e.g. a real one):
     * such pairs are matched (lambda with lambda or its conjugate) and given +s and -s; one left
     * without a match is {@link Sector.EitherSign}.
     */
    static List<Sector> of(HermitianBasis basis, int[] charge, int s, List<Eigenpair> pairs, double norm) {
        List<Sector> out = new ArrayList<>();
        if (s == 0) {
            for (int i = 0; i < pairs.size(); i++) {
                out.add(new Sector.ChargeDifference(0));
            }
            return out;
        }
        List<Integer> mixed = new ArrayList<>();
        for (int idx = 0; idx < pairs.size(); idx++) {
            Eigenpair e = pairs.get(idx);
            double plus = 0;
            double minus = 0;
            for (int pos = 0; pos < basis.positions(); pos++) {
                int i = basis.row(pos);
                int j = basis.col(pos);
                int c = basis.coordinate(pos);
                double ar = e.xr()[c];
                double ai = e.xi()[c];
                double br = e.xr()[c + 1];
                double bi = e.xi()[c + 1];
                // X_ij = a + i b, X_ji = a - i b (a, b the complex coefficients of the two real coordinates)
                double ij = sq(ar - bi) + sq(ai + br);
                double ji = sq(ar + bi) + sq(ai - br);
                if (charge[i] - charge[j] == s) {
                    plus += ij;
                    minus += ji;
                } else {
                    plus += ji;
                    minus += ij;
                }
            }
            if (minus <= SECTOR_LEAK * plus) {
                out.add(new Sector.ChargeDifference(s));
            } else if (plus <= SECTOR_LEAK * minus) {
                out.add(new Sector.ChargeDifference(-s));
            } else {
                out.add(null);
                mixed.add(idx);
            }
        }
        double tol = 1e-7 * Math.max(1, norm);
        boolean[] done = new boolean[pairs.size()];
        for (int a : mixed) {
            if (done[a]) {
                continue;
            }
            Eigenpair x = pairs.get(a);
            for (int b : mixed) {
                Eigenpair y = pairs.get(b);
                if (b == a || done[b]) {
                    continue;
                }
                boolean same = Math.hypot(x.re() - y.re(), x.im() - y.im()) <= tol;
                boolean conj = Math.hypot(x.re() - y.re(), x.im() + y.im()) <= tol;
                if (same || conj) {
                    out.set(a, new Sector.ChargeDifference(s));
                    out.set(b, new Sector.ChargeDifference(-s));
                    done[a] = true;
                    done[b] = true;
                    break;
                }
            }
            if (!done[a]) {
                out.set(a, new Sector.EitherSign(s));
                done[a] = true;
            }
        }
        return out;
    }

    private static double sq(double x) {
        return x * x;
    }
}
