package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** GMRES solves a nonsymmetric system and stalls on a singular one (the uniqueness probe's premise). */
class GmresTest {

    /** Tridiagonal [-1, d, -2] of size n, with the diagonal entry of row `zero` set to make it singular if asked. */
    private static RealCsc tridiagonal(int n, double d) {
        int[] colPtr = new int[n + 1];
        int[] rows = new int[3 * n];
        double[] vals = new double[3 * n];
        int k = 0;
        for (int j = 0; j < n; j++) {
            for (int i = Math.max(0, j - 1); i <= Math.min(n - 1, j + 1); i++) {
                rows[k] = i;
                vals[k++] = i == j ? d : i < j ? -1 : -2;
            }
            colPtr[j + 1] = k;
        }
        return new RealCsc(n, n, colPtr, java.util.Arrays.copyOf(rows, k), java.util.Arrays.copyOf(vals, k));
    }

    @Test
    void solvesNonsymmetricSystem() {
        RealCsc a = tridiagonal(200, 4);
        double[] b = new double[200];
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.sin(i);
        }
        KrylovResult r = new Gmres(20, 500, 1e-12).solve(LinearOperator.of(a), Preconditioner.IDENTITY, b, null);
        assertTrue(r.converged());
        double[] ax = new double[200];
        a.multiply(r.x(), ax);
        for (int i = 0; i < b.length; i++) {
            assertEquals(b[i], ax[i], 1e-10);
        }
    }

    @Test
    void preconditioningWithTheExactInverseConvergesAtOnce() {
        RealCsc a = tridiagonal(300, 4.5);
        LuFactorization lu = CsparseLU.factor(a);
        double[] b = new double[300];
        for (int i = 0; i < b.length; i++) {
            b[i] = Math.cos(0.3 * i);
        }
        KrylovResult r = new Gmres(30, 100, 1e-12).solve(LinearOperator.of(a),
                (x, z) -> System.arraycopy(lu.solve(x), 0, z, 0, z.length), b, null);
        assertTrue(r.converged());
        assertTrue(r.iterations() <= 2, "iterations " + r.iterations());
        double[] direct = lu.solve(b);
        for (int i = 0; i < b.length; i++) {
            assertEquals(direct[i], r.x()[i], 1e-10);
        }
    }

    @Test
    void stallsOnSingularSystemWithGenericRightHandSide() {
        // column sums zero (a generator of a birth-death chain): singular, range = sum-zero vectors
        RealCsc a = tridiagonal(50, 3);
        double[] v = a.values().clone();
        for (int j = 0; j < 50; j++) {
            double s = 0;
            int diag = -1;
            for (int p = a.colPtr()[j]; p < a.colPtr()[j + 1]; p++) {
                if (a.rowIdx()[p] == j) {
                    diag = p;
                } else {
                    s += v[p];
                }
            }
            v[diag] = -s;
        }
        RealCsc singular = new RealCsc(50, 50, a.colPtr(), a.rowIdx(), v);
        double[] b = new double[50];
        java.util.Random rng = new java.util.Random(1);
        for (int i = 0; i < b.length; i++) {
            b[i] = rng.nextDouble();
        }
        assertFalse(new Gmres(20, 400, 1e-10).solve(LinearOperator.of(singular), Preconditioner.IDENTITY, b, null).converged());
    }
}
