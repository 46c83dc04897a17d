package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;

/**
 * StateSpectra of the Hermitian matrices of measures and the entropies built from them.
 *
 * <p>Eigenvalues come from {@link HermitianEigen} (which picks its strategy by size). Eigenvalues of a state in {@code (-1e-12, 0)} are round-off and
 * are clipped to 0 inside entropies; anything more negative means the matrix is not a state and
 * is reported, never hidden.
 */
final class StateSpectra {
    /** Eigenvalues of a state above {@code -ROUND_OFF} count as zero. */
    static final double ROUND_OFF = 1e-12;

    private static final double LN2 = Math.log(2);

    private StateSpectra() {
    }

    /** Eigenvalues of the Hermitian part of {@code h}, ascending. */
    static double[] eigenvalues(CMatrix h) {
        return HermitianEigen.eigenvalues(h);
    }

    /**
     * The eigenvalues of a state with round-off negatives clipped to 0; throws when one is below
     * {@code -ROUND_OFF}, naming the measure and what it was applied to.
     */
    static double[] stateSpectrum(String measure, String what, CMatrix rho) {
        double[] p = eigenvalues(rho);
        for (int k = 0; k < p.length; k++) {
            if (p[k] < -ROUND_OFF) {
                throw new MeasureException(measure + ": the state of " + what + " is not positive semidefinite"
                        + " (eigenvalue " + String.format("%.3g", p[k]) + ")");
            }
            p[k] = Math.max(0, p[k]);
        }
        return p;
    }

    /** Shannon entropy {@code -sum p log2 p} in bits (0 log 0 = 0); entries must be &ge; 0. */
    static double shannon(double[] p) {
        double s = 0;
        for (double x : p) {
            s -= xlog2x(x);
        }
        return s;
    }

    /** {@code x log2 x}, 0 at x &le; 0. */
    static double xlog2x(double x) {
        return x > 0 ? x * Math.log(x) / LN2 : 0;
    }

    /** Binary entropy {@code h(x) = -x log2 x - (1-x) log2 (1-x)}. */
    static double binaryEntropy(double x) {
        return 0.0 - xlog2x(x) - xlog2x(1 - x); // 0.0 - ... : never -0.0
    }

    /** Sum of the moduli of the negative eigenvalues of a Hermitian matrix (>= 0 by construction). */
    static double negativePart(CMatrix h) {
        double s = 0;
        for (double x : eigenvalues(h)) {
            if (x < 0) {
                s -= x;
            }
        }
        return s;
    }
}
