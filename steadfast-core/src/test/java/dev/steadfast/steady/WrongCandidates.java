package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.ensemble.EnsembleState;
import dev.steadfast.linalg.CMatrix;
import dev.steadfast.liouville.Generator;
import dev.steadfast.state.DensityMatrix;
import java.util.List;

/**
 * Candidate steady states that are wrong in exactly one way, built from a generator and its true
 * steady state (or its stationary operators), for the certifier's rejection tests.
 */
final class WrongCandidates {
    private WrongCandidates() {
    }

    /** {@code factor * state}: stationary, Hermitian, positive, but of trace {@code factor}. */
    static <S> S scaled(Generator<S> g, S state, double factor) {
        double[] x = coordinates(g, state);
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
        return g.state(x);
    }

    /** {@code state} with {@code eps} added to one off-diagonal entry only (trace unchanged). */
    @SuppressWarnings("unchecked")
    static <S> S nonHermitian(S state, double eps) {
        if (state instanceof DensityMatrix rho) {
            CMatrix m = rho.matrix().copy();
            m.addTo(0, 1, eps, eps);
            return (S) new DensityMatrix(rho.space(), m);
        }
        if (state instanceof EnsembleState e) {
            CMatrix[] blocks = new CMatrix[e.ladders().blocks()];
            for (int b = 0; b < blocks.length; b++) {
                blocks[b] = e.sectorBlock(b);
            }
            blocks[0].addTo(0, 1, eps, eps); // block 0 is the symmetric ladder j = N/2, of size N + 1 >= 2
            return (S) new EnsembleState(e.ladders(), blocks);
        }
        if (state instanceof dev.steadfast.heom.HeomState h) {
            CMatrix m = h.system().matrix().copy();
            m.addTo(0, 1, eps, eps);
            java.util.List<CMatrix> ados = new java.util.ArrayList<>(h.ados());
            ados.set(0, m);
            return (S) new dev.steadfast.heom.HeomState(h.equations(), new DensityMatrix(h.system().space(), m), ados);
        }
        throw new IllegalArgumentException("no non-Hermitian perturbation for " + state.getClass());
    }

    /**
     * The state with coordinates {@code t / |t|²} (t the trace functional): unit trace, diagonal and
     * nonnegative, so a valid density matrix (the maximally mixed state in a Hermitian operator
     * basis), and stationary only for unital dynamics.
     */
    static <S> S traceNormalisedIdentity(Generator<S> g) {
        double[] t = g.traceFunctional();
        double tt = 0;
        for (double v : t) {
            tt += v * v;
        }
        double[] x = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            x[i] = t[i] / tt;
        }
        return g.state(x);
    }

    /**
     * A stationary operator of unit trace with a negative eigenvalue, from a basis of a degenerate
     * kernel: {@code a + λ y} with a the basis member of largest trace normalised to trace 1, y
     * another member made traceless (Hermitian, nonzero, so it has a negative eigenvalue) and λ
     * large enough to make that eigenvalue dominate. Asserts the construction worked.
     */
    static <S> S nonPositiveStationary(Generator<S> g, List<S> stationary) {
        assertTrue(stationary.size() >= 2, "need two stationary operators, got " + stationary.size());
        double[] t = g.traceFunctional();
        int best = 0;
        for (int i = 1; i < stationary.size(); i++) {
            if (Math.abs(dot(t, coordinates(g, stationary.get(i)))) > Math.abs(dot(t, coordinates(g, stationary.get(best))))) {
                best = i;
            }
        }
        double[] a = coordinates(g, stationary.get(best));
        scale(a, 1 / dot(t, a));
        double[] y = coordinates(g, stationary.get(best == 0 ? 1 : 0));
        double ty = dot(t, y);
        for (int i = 0; i < y.length; i++) {
            y[i] -= ty * a[i];
        }
        double lambda = 4 * norm(a) / norm(y);
        S candidate = null;
        double margin = Double.POSITIVE_INFINITY;
        for (double sign : new double[] {1, -1}) {
            double[] x = a.clone();
            for (int i = 0; i < x.length; i++) {
                x[i] += sign * lambda * y[i];
            }
            S s = g.state(x);
            double m = g.properties(s).positivityMargin();
            if (m < margin) {
                margin = m;
                candidate = s;
            }
        }
        assertTrue(margin < -0.1, "the combination is not clearly negative: smallest eigenvalue " + margin);
        return candidate;
    }

    private static <S> double[] coordinates(Generator<S> g, S state) {
        return g.coordinates(state).orElseThrow(() -> new AssertionError("state not representable by the generator"));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void scale(double[] a, double f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }
}
