package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RealFormHermitianEigenTest {

    private static void assertDecomposes(CMatrix h, Eigensystem es) {
        int n = h.rows();
        CMatrix v = es.vectors();
        assertTrue(v.adjoint().times(v).maxAbsDifference(CMatrix.identity(n)) < 1e-12, "V is unitary");
        CMatrix d = new CMatrix(n, n);
        for (int k = 0; k < n; k++) {
            d.set(k, k, es.values()[k], 0);
        }
        assertTrue(v.times(d).times(v.adjoint()).maxAbsDifference(h) < 1e-12, "H = V E V†");
        for (int k = 1; k < n; k++) {
            assertTrue(es.values()[k] >= es.values()[k - 1]);
        }
    }

    @Test
    void randomComplexHermitian() {
        Random rnd = new Random(1);
        int n = 7;
        CMatrix g = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        CMatrix h = g.plus(g.adjoint());
        assertDecomposes(h, RealFormHermitianEigen.decompose(h));
    }

    /** A degenerate complex matrix: U diag(1, 1, 1, -2, -2, 5) U† with a random unitary U. */
    @Test
    void degenerateEigenspacesAreOrthonormalised() {
        Random rnd = new Random(2);
        int n = 6;
        CMatrix g = new CMatrix(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
            }
        }
        CMatrix u = RealFormHermitianEigen.decompose(g.plus(g.adjoint())).vectors();
        double[] ev = {1, 1, 1, -2, -2, 5};
        CMatrix d = new CMatrix(n, n);
        for (int k = 0; k < n; k++) {
            d.set(k, k, ev[k], 0);
        }
        CMatrix h = u.times(d).times(u.adjoint());
        Eigensystem es = RealFormHermitianEigen.decompose(h);
        assertDecomposes(h, es);
        assertEquals(-2, es.values()[0], 1e-12);
        assertEquals(-2, es.values()[1], 1e-12);
        assertEquals(1, es.values()[4], 1e-12);
        // the eigenvectors of the level 1 span its eigenspace: (H - 1) v = 0
        CMatrix shifted = h.minus(CMatrix.identity(n));
        CMatrix v = es.vectors();
        CMatrix hv = shifted.times(v);
        for (int k = 2; k <= 4; k++) {
            for (int i = 0; i < n; i++) {
                assertEquals(0, Math.hypot(hv.re(i, k), hv.im(i, k)), 1e-12);
            }
        }
    }

    @Test
    void identityIsFullyDegenerate() {
        Eigensystem es = RealFormHermitianEigen.decompose(CMatrix.identity(5).scale(3, 0));
        assertDecomposes(CMatrix.identity(5).scale(3, 0), es);
    }
}
