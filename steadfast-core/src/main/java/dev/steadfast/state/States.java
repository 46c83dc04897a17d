package dev.steadfast.state;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Space;

/** Factories of common states. Bell states use level labels: |00>, |11>, |01>, |10>. */
public final class States {
    private States() {
    }

    /** The product basis state with the given level on each site. */
    public static DensityMatrix basis(Space space, int... levels) {
        int d = space.dimension();
        int idx = space.basisIndex(levels);
        CMatrix m = new CMatrix(d, d);
        m.set(idx, idx, 1, 0);
        return new DensityMatrix(space, m);
    }

    /** The pure state {@code |psi><psi|} of a normalised vector. */
    public static DensityMatrix pure(Space space, double[] re, double[] im) {
        double n = 0;
        for (int k = 0; k < re.length; k++) {
            n += re[k] * re[k] + im[k] * im[k];
        }
        double s = 1 / Math.sqrt(n);
        double[] r = re.clone();
        double[] i = im.clone();
        for (int k = 0; k < r.length; k++) {
            r[k] *= s;
            i[k] *= s;
        }
        return new DensityMatrix(space, CMatrix.projector(r, i));
    }

    /** The four Bell states of two qubits (levels 0, 1). */
    public enum Bell {
        PHI_PLUS(1, 0, 0, 1), PHI_MINUS(1, 0, 0, -1), PSI_PLUS(0, 1, 1, 0), PSI_MINUS(0, 1, -1, 0);

        private final double[] amplitudes;

        Bell(double a00, double a01, double a10, double a11) {
            double s = 1 / Math.sqrt(2);
            amplitudes = new double[] {a00 * s, a01 * s, a10 * s, a11 * s};
        }

        /** Amplitudes on |00>, |01>, |10>, |11> (first qubit most significant). */
        public double[] amplitudes() {
            return amplitudes.clone();
        }

        public DensityMatrix state(Space twoQubits) {
            return pure(twoQubits, amplitudes(), new double[4]);
        }
    }

    /** The maximally mixed state. */
    public static DensityMatrix maximallyMixed(Space space) {
        int d = space.dimension();
        return new DensityMatrix(space, CMatrix.identity(d).scale(1.0 / d, 0));
    }
}
