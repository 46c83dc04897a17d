package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sparse complex arithmetic against the dense reference on random matrices (seeded). */
class SparseCMatrixTest {

    static CMatrix randomSparseDense(int r, int c, double density, Random rnd) {
        CMatrix m = new CMatrix(r, c);
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (rnd.nextDouble() < density) {
                    m.set(i, j, rnd.nextGaussian(), rnd.nextGaussian());
                }
            }
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void arithmeticMatchesDense(int seed) {
        Random rnd = new Random(seed);
        int n = 3 + seed * 3;
        CMatrix a = randomSparseDense(n, n, 0.3, rnd);
        CMatrix b = randomSparseDense(n, n, 0.3, rnd);
        SparseCMatrix sa = SparseCMatrix.fromDense(a);
        SparseCMatrix sb = SparseCMatrix.fromDense(b);
        assertEquals(0, sa.plus(sb).toDense().maxAbsDifference(a.plus(b)), 1e-13);
        assertEquals(0, sa.times(sb).toDense().maxAbsDifference(a.times(b)), 1e-12);
        assertEquals(0, sa.adjoint().toDense().maxAbsDifference(a.adjoint()), 0);
        assertEquals(0, sa.transpose().toDense().maxAbsDifference(a.transpose()), 0);
        assertEquals(0, sa.conjugate().toDense().maxAbsDifference(a.conjugate()), 0);
        assertEquals(0, sa.scale(0.3, -1.2).toDense().maxAbsDifference(a.scale(0.3, -1.2)), 1e-14);
        // y = A x
        double[] xr = new double[n];
        double[] xi = new double[n];
        CMatrix x = new CMatrix(n, 1);
        for (int i = 0; i < n; i++) {
            xr[i] = rnd.nextGaussian();
            xi[i] = rnd.nextGaussian();
            x.set(i, 0, xr[i], xi[i]);
        }
        double[] yr = new double[n];
        double[] yi = new double[n];
        sa.multiply(xr, xi, yr, yi);
        CMatrix y = a.times(x);
        for (int i = 0; i < n; i++) {
            assertEquals(y.re(i, 0), yr[i], 1e-13);
            assertEquals(y.im(i, 0), yi[i], 1e-13);
        }
        // Hermiticity error of A + A† is zero, of A it is the dense value
        assertEquals(0, sa.plus(sa.adjoint()).hermiticityError(), 1e-15);
        double dense = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                dense = Math.max(dense, Math.hypot(a.re(i, j) - a.re(j, i), a.im(i, j) + a.im(j, i)));
            }
        }
        assertEquals(dense, sa.hermiticityError(), 1e-14);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 8})
    void builderSumsDuplicatesAndDropsZeros(int seed) {
        Random rnd = new Random(seed);
        int n = 6;
        CMatrix expected = new CMatrix(n, n);
        SparseCMatrixBuilder b = new SparseCMatrixBuilder(n, n);
        for (int k = 0; k < 60; k++) {
            int i = rnd.nextInt(n);
            int j = rnd.nextInt(n);
            double r = rnd.nextGaussian();
            double m = rnd.nextGaussian();
            b.add(i, j, r, m);
            expected.addTo(i, j, r, m);
        }
        b.add(0, 0, 5, 0).add(0, 0, -5, 0); // cancels exactly against itself
        SparseCMatrix s = b.build();
        assertEquals(0, s.toDense().maxAbsDifference(expected), 1e-13);
        for (int i = 0; i < n; i++) {
            for (int k = s.rowPtr()[i]; k < s.rowPtr()[i + 1]; k++) {
                assertEquals(true, s.valuesRe()[k] != 0 || s.valuesIm()[k] != 0);
                if (k > s.rowPtr()[i]) {
                    assertEquals(true, s.colIdx()[k] > s.colIdx()[k - 1]);
                }
            }
        }
    }

    @Test
    void malformedCsrIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SparseCMatrix.ofCsr(2, 2, new int[] {0, 2, 2},
                new int[] {1, 0}, new double[] {1, 1}, new double[] {0, 0}));
        assertThrows(IllegalArgumentException.class, () -> SparseCMatrix.ofCsr(2, 2, new int[] {0, 1, 1},
                new int[] {0}, new double[] {0}, new double[] {0}));
    }

    /** The remembered transpose, adjoint and A†A are those of the matrix (entry by entry against dense loops). */
    @Test
    void rememberedDerivedMatricesAreExact() {
        CMatrix a = new CMatrix(3, 2);
        a.set(0, 0, 1, 2);
        a.set(1, 1, -3, 0.5);
        a.set(2, 0, 0.25, -1);
        SparseCMatrix s = SparseCMatrix.fromDense(a);
        for (int rep = 0; rep < 2; rep++) {
            CMatrix t = s.transpose().toDense();
            CMatrix h = s.adjoint().toDense();
            CMatrix g = s.adjointTimesSelf().toDense();
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 2; j++) {
                    assertEquals(a.re(i, j), t.re(j, i), 0.0);
                    assertEquals(a.im(i, j), t.im(j, i), 0.0);
                    assertEquals(a.re(i, j), h.re(j, i), 0.0);
                    assertEquals(-a.im(i, j), h.im(j, i), 0.0);
                }
            }
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 2; j++) {
                    double re = 0;
                    double im = 0;
                    for (int k = 0; k < 3; k++) {
                        // conj(a_ki) a_kj
                        re += a.re(k, i) * a.re(k, j) + a.im(k, i) * a.im(k, j);
                        im += a.re(k, i) * a.im(k, j) - a.im(k, i) * a.re(k, j);
                    }
                    assertEquals(re, g.re(i, j), 1e-15);
                    assertEquals(im, g.im(i, j), 1e-15);
                }
            }
        }
        assertSame(s.transpose(), s.transpose());
    }
}
