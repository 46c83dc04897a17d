package dev.steadfast.global;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.Eigensystem;
import dev.steadfast.linalg.HermitianEigen;
import java.util.ArrayList;
import java.util.List;

/**
 * The eigen-decomposition of H used by the global master equations: energy levels (eigenvalues
 * grouped within a tolerance, each level's energy the mean of its members) and the Bohr
 * components {@code A(w) = sum_{e' - e = w} P(e) A P(e')} of a coupling operator, with Bohr
 * frequencies grouped within the same tolerance. A(w) lowers the energy by w; {@code A(-w) = A(w)†};
 * {@code sum_w A(w) = A}.
 */
final class BohrDecomposition {
    private final Eigensystem eigen;
    private final double[] levelEnergy;   // per eigenvector: the energy of its level
    private final double tolerance;

    /** One Bohr component: frequency w and A(w) in the original basis. */
    record Component(double frequency, CMatrix operator) {
    }

    BohrDecomposition(CMatrix h, double relativeTolerance) {
        this.eigen = HermitianEigen.decompose(h);
        double[] e = eigen.values();
        double scale = 1;
        for (double v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        this.tolerance = relativeTolerance * scale;
        this.levelEnergy = new double[e.length];
        int start = 0;
        while (start < e.length) {
            int end = start + 1;
            while (end < e.length && e[end] - e[end - 1] <= tolerance) {
                end++;
            }
            double mean = 0;
            for (int k = start; k < end; k++) {
                mean += e[k];
            }
            mean /= end - start;
            for (int k = start; k < end; k++) {
                levelEnergy[k] = mean;
            }
            start = end;
        }
    }

    Eigensystem eigen() { return eigen; }
    double tolerance() { return tolerance; }

    /** Energy (level mean) of eigenvector k. */
    double energy(int k) { return levelEnergy[k]; }

    /** The Bohr components of A, sorted by frequency; components with only zero entries are dropped. */
    List<Component> components(CMatrix a) {
        int d = levelEnergy.length;
        CMatrix ae = eigen.toEigenbasis(a);
        // pairs (i, j) with A'_ij != 0, frequency e_j - e_i
        List<double[]> pairs = new ArrayList<>();
        double amax = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                amax = Math.max(amax, Math.hypot(ae.re(i, j), ae.im(i, j)));
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                if (Math.hypot(ae.re(i, j), ae.im(i, j)) > 1e-14 * amax) {
                    pairs.add(new double[] {levelEnergy[j] - levelEnergy[i], i, j});
                }
            }
        }
        pairs.sort((p, q) -> Double.compare(p[0], q[0]));
        List<Component> out = new ArrayList<>();
        int start = 0;
        while (start < pairs.size()) {
            int end = start + 1;
            while (end < pairs.size() && pairs.get(end)[0] - pairs.get(end - 1)[0] <= tolerance) {
                end++;
            }
            CMatrix comp = new CMatrix(d, d);
            double w = 0;
            for (int k = start; k < end; k++) {
                int i = (int) pairs.get(k)[1];
                int j = (int) pairs.get(k)[2];
                comp.set(i, j, ae.re(i, j), ae.im(i, j));
                w += pairs.get(k)[0];
            }
            w /= end - start;
            if (Math.abs(w) <= tolerance) {
                w = 0;
            }
            out.add(new Component(w, eigen.fromEigenbasis(comp)));
            start = end;
        }
        return out;
    }
}
