package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The dense LU solves A x = b and A^T x = b like CSparse's LU, and reports exact singularity. */
class DenseLUTest {

    private static RealCsc random(int n, Random rnd, double density) {
        IntList rows = new IntList(n * n);
        DoubleList vals = new DoubleList(n * n);
        int[] ptr = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j || rnd.nextDouble() < density) {
                    rows.add(i);
                    vals.add(rnd.nextGaussian() + (i == j ? 0.1 : 0));
                }
            }
            ptr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 6, 20, 50})
    void agreesWithSparseLu(int n) {
        Random rnd = new Random(n);
        RealCsc a = random(n, rnd, 0.3);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        LuFactorization dense = DenseLU.factor(a);
        LuFactorization sparse = CsparseLU.factor(a);
        double[] x1 = dense.solve(b);
        double[] x2 = sparse.solve(b);
        double[] y1 = dense.solveTransposed(b);
        double[] y2 = sparse.solveTransposed(b);
        double[] ax = new double[n];
        a.multiply(x1, ax);
        double[] aty = new double[n];
        a.multiplyTransposed(y1, aty);
        for (int i = 0; i < n; i++) {
            assertEquals(b[i], ax[i], 1e-9);
            assertEquals(b[i], aty[i], 1e-9);
            assertEquals(x2[i], x1[i], 1e-8 * (1 + Math.abs(x2[i])));
            assertEquals(y2[i], y1[i], 1e-8 * (1 + Math.abs(y2[i])));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 10, 30})
    void exactConditionNumberBoundsTheEstimate(int n) {
        RealCsc a = random(n, new Random(100 + n), 0.5);
        double exact = DenseLU.factor(a).conditionEstimate(a);
        double estimate = CsparseLU.factor(a).conditionEstimate(a);
        // Hager–Higham gives a lower bound, usually within a factor 3
        assertEquals(true, estimate <= exact * (1 + 1e-9), "estimate " + estimate + " exact " + exact);
        assertEquals(true, estimate >= exact / 10, "estimate " + estimate + " exact " + exact);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5})
    void singularMatrixGivesNull(int n) {
        // a column of zeros
        int[] ptr = new int[n + 1];
        IntList rows = new IntList(n);
        DoubleList vals = new DoubleList(n);
        for (int j = 0; j < n; j++) {
            if (j != n - 1) {
                rows.add(j);
                vals.add(1.0 + j);
            }
            ptr[j + 1] = rows.size();
        }
        assertNull(DenseLU.factor(new RealCsc(n, n, ptr, rows.toArray(), vals.toArray())));
    }
}
