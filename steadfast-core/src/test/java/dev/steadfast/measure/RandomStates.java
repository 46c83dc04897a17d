package dev.steadfast.measure;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.Random;

/** Seeded random and named test states built independently of the code under test. */
final class RandomStates {
    static final Space TWO_QUBITS = Space.of(Site.qubit("a"), Site.qubit("b"));

    private RandomStates() {
    }

    /** A complex Ginibre matrix d x k with standard normal entries. */
    static CMatrix ginibre(int d, int k, Random rng) {
        CMatrix g = new CMatrix(d, k);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < k; j++) {
                g.set(i, j, rng.nextGaussian(), rng.nextGaussian());
            }
        }
        return g;
    }

    /** {@code G G†/Tr(G G†)} with G of size d x rank: a random state of that rank. */
    static DensityMatrix state(Space space, int rank, Random rng) {
        CMatrix g = ginibre(space.dimension(), rank, rng);
        CMatrix r = g.times(g.adjoint());
        return new DensityMatrix(space, r.scale(1 / r.traceRe(), 0));
    }

    /** A random full-rank state. */
    static DensityMatrix state(Space space, Random rng) {
        return state(space, space.dimension(), rng);
    }

    /** A random unitary from the Gram-Schmidt orthonormalisation of a Ginibre matrix's columns. */
    static CMatrix unitary(int d, Random rng) {
        CMatrix g = ginibre(d, d, rng);
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < j; k++) {
                // c = <u_k|g_j>
                double cr = 0;
                double ci = 0;
                for (int i = 0; i < d; i++) {
                    cr += g.re(i, k) * g.re(i, j) + g.im(i, k) * g.im(i, j);
                    ci += g.re(i, k) * g.im(i, j) - g.im(i, k) * g.re(i, j);
                }
                for (int i = 0; i < d; i++) {
                    g.addTo(i, j, -(cr * g.re(i, k) - ci * g.im(i, k)), -(cr * g.im(i, k) + ci * g.re(i, k)));
                }
            }
            double n = 0;
            for (int i = 0; i < d; i++) {
                n += g.re(i, j) * g.re(i, j) + g.im(i, j) * g.im(i, j);
            }
            double s = 1 / Math.sqrt(n);
            for (int i = 0; i < d; i++) {
                g.set(i, j, g.re(i, j) * s, g.im(i, j) * s);
            }
        }
        return g;
    }

    /** {@code U_0 ⊗ U_1 ⊗ ...} with an independent random unitary on every site. */
    static CMatrix localUnitary(Space space, Random rng) {
        CMatrix u = unitary(space.siteDimension(0), rng);
        for (int k = 1; k < space.size(); k++) {
            u = u.kron(unitary(space.siteDimension(k), rng));
        }
        return u;
    }

    /** {@code U rho U†}. */
    static DensityMatrix rotate(DensityMatrix rho, CMatrix u) {
        return new DensityMatrix(rho.space(), u.times(rho.matrix()).times(u.adjoint()));
    }

    /** {@code rho_a ⊗ rho_b} on the space with a's sites first. */
    static DensityMatrix product(Space space, DensityMatrix a, DensityMatrix b) {
        return new DensityMatrix(space, a.matrix().kron(b.matrix()));
    }

    /** A random pure state of the space, as amplitudes {re, im}. */
    static double[][] pureAmplitudes(int d, Random rng) {
        double[] re = new double[d];
        double[] im = new double[d];
        double n = 0;
        for (int i = 0; i < d; i++) {
            re[i] = rng.nextGaussian();
            im[i] = rng.nextGaussian();
            n += re[i] * re[i] + im[i] * im[i];
        }
        for (int i = 0; i < d; i++) {
            re[i] /= Math.sqrt(n);
            im[i] /= Math.sqrt(n);
        }
        return new double[][] {re, im};
    }

    static DensityMatrix pure(Space space, double[][] amplitudes) {
        return States.pure(space, amplitudes[0], amplitudes[1]);
    }

    /** A mixture {@code sum_k w_k |B_k><B_k|} of the four Bell states (weights in Bell enum order). */
    static DensityMatrix bellMixture(double[] w) {
        CMatrix m = new CMatrix(4, 4);
        States.Bell[] bells = States.Bell.values();
        for (int k = 0; k < 4; k++) {
            m = m.plus(bells[k].state(TWO_QUBITS).matrix().scale(w[k], 0));
        }
        return new DensityMatrix(TWO_QUBITS, m);
    }

    /** Werner state {@code p |psi-><psi-| + (1-p) I/4}. */
    static DensityMatrix werner(double p) {
        CMatrix m = States.Bell.PSI_MINUS.state(TWO_QUBITS).matrix().scale(p, 0)
                .plus(CMatrix.identity(4).scale((1 - p) / 4, 0));
        return new DensityMatrix(TWO_QUBITS, m);
    }

    /** {@code |+>^{⊗n}} on n qubits, |+> = (|0> + |1>)/sqrt 2. */
    static DensityMatrix plusStates(int n) {
        Space s = Space.qubits("q", n);
        int d = s.dimension();
        double[] re = new double[d];
        java.util.Arrays.fill(re, 1);
        return States.pure(s, re, new double[d]);
    }
}
