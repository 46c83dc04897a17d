package dev.steadfast.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.RealCsc;
import java.util.function.UnaryOperator;
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
        Gmres.Result r = Gmres.solve(a, UnaryOperator.identity(), b, 1e-12, 20, 500);
        assertTrue(r.converged());
        double[] ax = new double[200];
        a.multiply(r.x(), ax);
        for (int i = 0; i < b.length; i++) {
            assertEquals(b[i], ax[i], 1e-10);
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
        assertFalse(Gmres.solve(singular, UnaryOperator.identity(), b, 1e-10, 20, 400).converged());
    }
}
