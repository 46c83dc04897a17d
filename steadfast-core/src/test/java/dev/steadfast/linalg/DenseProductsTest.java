package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Both implementations of the dense kernels against plain triple loops and known solutions. */
class DenseProductsTest {

    private static List<DenseProducts> implementations() {
        List<DenseProducts> all = new ArrayList<>();
        all.add(DenseProducts.java());
        if (NativeDenseProducts.available()) {
            all.add(NativeDenseProducts.INSTANCE);
        }
        return all;
    }

    @Test
    void nativeBlasLoadsOnLinuxX86_64() {
        String arch = System.getProperty("os.arch");
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux") && (arch.equals("amd64") || arch.equals("x86_64")));
        assumeTrue(!Boolean.getBoolean("steadfast.noNativeBlas"));
        assertTrue(NativeDenseProducts.available(), "the OpenBLAS jar for linux-x86_64 should load here");
        assertTrue(DenseProducts.best() instanceof NativeDenseProducts);
    }

    @Test
    void productsMatchTripleLoopsForEveryTransposition() {
        Random rnd = new Random(11);
        int m = 37;
        int n = 23;
        int k = 41;
        for (DenseProducts p : implementations()) {
            for (boolean ta : new boolean[] {false, true}) {
                for (boolean tb : new boolean[] {false, true}) {
                    double[] a = random(rnd, m * k);
                    double[] b = random(rnd, k * n);
                    double[] c = new double[m * n];
                    p.multiply(ta, tb, m, n, k, a, b, c);
                    for (int i = 0; i < m; i++) {
                        for (int j = 0; j < n; j++) {
                            double s = 0;
                            for (int l = 0; l < k; l++) {
                                double ail = ta ? a[l * m + i] : a[i * k + l];
                                double blj = tb ? b[j * k + l] : b[l * n + j];
                                s += ail * blj;
                            }
                            assertEquals(s, c[i * n + j], 1e-12, p + " ta=" + ta + " tb=" + tb);
                        }
                    }
                }
            }
        }
    }

    @Test
    void luSolvesAKnownSystemAndRejectsASingularOne() {
        Random rnd = new Random(5);
        int n = 60;
        for (DenseProducts p : implementations()) {
            double[] a = random(rnd, n * n);
            double[] x = random(rnd, n);
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    b[i] += a[i * n + j] * x[j];
                }
            }
            double[] keep = a.clone();
            DenseProducts.Solver s = p.factor(n, a);
            assertNotNull(s);
            for (int i = 0; i < n * n; i++) {
                assertEquals(keep[i], a[i], 0.0, "the input must not be overwritten");
            }
            assertTrue(s.quality() > 0 && s.quality() <= 1);
            s.solveInPlace(b);
            for (int i = 0; i < n; i++) {
                assertEquals(x[i], b[i], 1e-10);
            }
            // rank deficient: two equal rows
            double[] sing = random(rnd, 9);
            System.arraycopy(sing, 0, sing, 3, 3);
            DenseProducts.Solver bad = p.factor(3, sing);
            if (bad != null) {
                // rounding may leave a tiny pivot instead of an exact zero: then the quality says so
                assertTrue(bad.quality() < 1e-13, p + " quality " + bad.quality());
            }
            double[] zeros = new double[9];
            zeros[0] = 1;
            zeros[4] = 1;
            assertNull(p.factor(3, zeros), p + ": an exactly zero pivot column is singular");
        }
    }

    /**
     * A Hermitian matrix with a known spectrum, A = D Q diag(lambda) Q^T D^dag (Q orthogonal from
     * random Givens rotations, D a diagonal of phases): both eigensolvers must return lambda, and the
     * symmetric one (phases off) orthonormal vectors with A v = lambda v.
     */
    @Test
    void eigenproblemsReturnAKnownSpectrum() {
        Random rnd = new Random(8);
        int n = 70;
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = -1 + 0.03 * i + 0.001 * rnd.nextDouble();
        }
        double[] q = new double[n * n];
        for (int i = 0; i < n; i++) {
            q[i * n + i] = 1;
        }
        for (int r = 0; r < 4 * n * n; r++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n);
            if (a == b) {
                continue;
            }
            double t = rnd.nextDouble() * 2 * Math.PI;
            double c = Math.cos(t);
            double sn = Math.sin(t);
            for (int i = 0; i < n; i++) {
                double x = q[i * n + a];
                double y = q[i * n + b];
                q[i * n + a] = c * x - sn * y;
                q[i * n + b] = sn * x + c * y;
            }
        }
        double[] sym = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += q[i * n + k] * lambda[k] * q[j * n + k];
                }
                sym[i * n + j] = sum;
            }
        }
        double[] phase = new double[n];
        for (int i = 0; i < n; i++) {
            phase[i] = rnd.nextDouble() * 2 * Math.PI;
        }
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                re[i * n + j] = sym[i * n + j] * Math.cos(phase[i] - phase[j]);
                im[i * n + j] = sym[i * n + j] * Math.sin(phase[i] - phase[j]);
            }
        }
        for (DenseProducts p : implementations()) {
            double[] e = p.hermitianEigenvalues(n, re, im);
            for (int i = 0; i < n; i++) {
                assertEquals(lambda[i], e[i], 1e-12, p + " Hermitian eigenvalue " + i);
            }
            double[] values = new double[n];
            double[] vectors = new double[n * n];
            p.symmetricEigen(n, sym, values, vectors);
            for (int k = 0; k < n; k++) {
                assertEquals(lambda[k], values[k], 1e-12, p + " symmetric eigenvalue " + k);
                for (int i = 0; i < n; i++) {
                    double av = 0;
                    for (int j = 0; j < n; j++) {
                        av += sym[i * n + j] * vectors[j * n + k];
                    }
                    assertEquals(values[k] * vectors[i * n + k], av, 1e-12);
                }
                for (int l = 0; l < n; l++) {
                    double dot = 0;
                    for (int i = 0; i < n; i++) {
                        dot += vectors[i * n + k] * vectors[i * n + l];
                    }
                    assertEquals(k == l ? 1 : 0, dot, 1e-12);
                }
            }
        }
    }

    private static double[] random(Random rnd, int size) {
        double[] a = new double[size];
        for (int i = 0; i < size; i++) {
            a[i] = rnd.nextGaussian();
        }
        return a;
    }
}
