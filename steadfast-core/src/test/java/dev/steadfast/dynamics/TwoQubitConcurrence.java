package dev.steadfast.dynamics;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.linalg.HermitianEigen;
import java.util.Arrays;

/**
 * Test helper: Wootters' concurrence of a two-qubit density matrix (4 x 4, any local level
 * labelling, since sigma_y (x) sigma_y is insensitive to the sign convention of sigma_y).
 * {@code R = sqrt(sqrt(rho) rhoTilde sqrt(rho))}, {@code rhoTilde = (sy (x) sy) conj(rho) (sy (x) sy)},
 * with eigenvalues l1 >= l2 >= l3 >= l4: the witness is {@code l1 - l2 - l3 - l4} and C = max(0, witness).
 */
public final class TwoQubitConcurrence {
    private TwoQubitConcurrence() {
    }

    public static double of(CMatrix rho) {
        return Math.max(0, witness(rho));
    }

    public static double witness(CMatrix rho) {
        // sy (x) sy is real: antidiagonal [-1, 1, 1, -1] in the order |00>,|01>,|10>,|11>
        CMatrix yy = CMatrix.ofReal(new double[][] {{0, 0, 0, -1}, {0, 0, 1, 0}, {0, 1, 0, 0}, {-1, 0, 0, 0}});
        CMatrix tilde = yy.times(rho.conjugate()).times(yy);
        CMatrix s = HermitianEigen.apply(rho.hermitianPart(), x -> Math.sqrt(Math.max(0, x)));
        double[] ev = HermitianEigen.eigenvalues(s.times(tilde).times(s).hermitianPart());
        double[] l = new double[4];
        for (int i = 0; i < 4; i++) {
            l[i] = Math.sqrt(Math.max(0, ev[i]));
        }
        Arrays.sort(l);
        return l[3] - l[2] - l[1] - l[0];
    }
}
