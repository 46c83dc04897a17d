package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The smallest eigenvalue by Householder tridiagonalisation and bisection, against EJML's real-form
 * eigensolver on random Hermitian matrices, and against closed forms: a diagonal matrix, a pure
 * state's projector (0, n−1 times), a shifted projector with a negative eigenvalue, a matrix that
 * is already tridiagonal and real, and the tridiagonal bisection alone on the discrete Laplacian.
 */
class HermitianTridiagonalTest {
    private static CMatrix randomHermitian(int n, Random rnd) {
        CMatrix m = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, rnd.nextGaussian(), 0);
            for (int j = 0; j < i; j++) {
                double re = rnd.nextGaussian();
                double im = rnd.nextGaussian();
                m.set(i, j, re, im);
                m.set(j, i, re, -im);
            }
        }
        return m;
    }

    @Test
    void agreesWithTheRealFormOnRandomHermitianMatrices() {
        Random rnd = new Random(7);
        for (int n : new int[] {1, 2, 3, 5, 8, 13, 30, 64, 101}) {
            for (int rep = 0; rep < 3; rep++) {
                CMatrix m = randomHermitian(n, rnd);
                double expected = RealFormHermitianEigen.eigenvalues(m)[0];
                assertEquals(expected, HermitianTridiagonal.smallestEigenvalue(m), 1e-12 * Math.max(1, n), "n = " + n);
            }
        }
    }

    @Test
    void aDiagonalMatrixGivesItsSmallestEntry() {
        CMatrix m = new CMatrix(6, 6);
        double[] diag = {3, -1.5, 2, 7, -0.25, 0};
        for (int i = 0; i < 6; i++) {
            m.set(i, i, diag[i], 0);
        }
        assertEquals(-1.5, HermitianTridiagonal.smallestEigenvalue(m), 1e-15);
    }

    /** |ψ><ψ| has eigenvalues 1 and 0 (n − 1 times); |ψ><ψ| − 0.3 |φ><φ| with φ ⟂ ψ has −0.3. */
    @Test
    void projectorsHaveTheirClosedFormSpectra() {
        int n = 40;
        Random rnd = new Random(11);
        double[] pr = new double[n];
        double[] pi = new double[n];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            pr[i] = rnd.nextGaussian();
            pi[i] = rnd.nextGaussian();
            norm += pr[i] * pr[i] + pi[i] * pi[i];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < n; i++) {
            pr[i] /= norm;
            pi[i] /= norm;
        }
        CMatrix pure = CMatrix.projector(pr, pi);
        assertEquals(0.0, HermitianTridiagonal.smallestEigenvalue(pure), 1e-15);
        // φ = e_0 - <ψ|e_0> ψ, normalised: orthogonal to ψ
        double[] fr = new double[n];
        double[] fi = new double[n];
        double cr = pr[0];
        double ci = -pi[0];                 // <ψ|e_0> = conj(ψ_0)
        double fn = 0;
        for (int i = 0; i < n; i++) {
            fr[i] = (i == 0 ? 1 : 0) - (cr * pr[i] - ci * pi[i]);
            fi[i] = -(cr * pi[i] + ci * pr[i]);
            fn += fr[i] * fr[i] + fi[i] * fi[i];
        }
        fn = Math.sqrt(fn);
        for (int i = 0; i < n; i++) {
            fr[i] /= fn;
            fi[i] /= fn;
        }
        CMatrix mixed = pure.minus(CMatrix.projector(fr, fi).scale(0.3, 0));
        assertEquals(-0.3, HermitianTridiagonal.smallestEigenvalue(mixed), 1e-14);
    }

    /** The discrete Laplacian tridiag(−1, 2, −1) of size n: smallest eigenvalue 2 − 2 cos(π/(n+1)). */
    @Test
    void bisectionFindsTheLaplaciansLowestMode() {
        int n = 50;
        double[] d = new double[n];
        double[] e = new double[n - 1];
        java.util.Arrays.fill(d, 2);
        java.util.Arrays.fill(e, -1);
        assertEquals(2 - 2 * Math.cos(Math.PI / (n + 1)), HermitianTridiagonal.smallest(d, e), 1e-14);
        // the same as a (real, already tridiagonal) matrix through the reduction
        CMatrix m = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            m.set(i, i, 2, 0);
            if (i > 0) {
                m.set(i, i - 1, -1, 0);
                m.set(i - 1, i, -1, 0);
            }
        }
        assertEquals(2 - 2 * Math.cos(Math.PI / (n + 1)), HermitianTridiagonal.smallestEigenvalue(m), 1e-14);
    }

    /** Only the Hermitian part counts, as in HermitianEigen. */
    @Test
    void usesTheHermitianPart() {
        Random rnd = new Random(3);
        CMatrix h = randomHermitian(9, rnd);
        CMatrix skew = new CMatrix(9, 9);
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < i; j++) {
                double re = rnd.nextGaussian();
                double im = rnd.nextGaussian();
                skew.set(i, j, re, im);
                skew.set(j, i, -re, im);
            }
            skew.set(i, i, 0, rnd.nextGaussian());
        }
        assertEquals(HermitianTridiagonal.smallestEigenvalue(h), HermitianTridiagonal.smallestEigenvalue(h.plus(skew)), 1e-12);
    }
}
