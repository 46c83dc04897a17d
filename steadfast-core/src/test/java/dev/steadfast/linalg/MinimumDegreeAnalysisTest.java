package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The minimum-degree analysis: its counts are those of the factorisation (closed forms on named
 * patterns, and CSparse's numeric LU with diagonal pivots on random structurally symmetric
 * matrices), and an LU in its order solves like the LU that orders by itself.
 */
class MinimumDegreeAnalysisTest {

    /** A matrix with this symmetric pattern (plus the diagonal), diagonally dominant so the LU keeps its diagonal. */
    private static RealCsc dominant(int n, boolean[][] pattern, Random rnd) {
        IntList rows = new IntList(n * 4);
        DoubleList vals = new DoubleList(n * 4);
        int[] ptr = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i == j) {
                    rows.add(i);
                    vals.add(4.0 * n);
                } else if (pattern[Math.min(i, j)][Math.max(i, j)]) {
                    rows.add(i);
                    vals.add(rnd.nextDouble() - 0.5);
                }
            }
            ptr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    @Test
    void tridiagonalHasNoFill() {
        int n = 50;
        boolean[][] p = new boolean[n][n];
        for (int i = 0; i + 1 < n; i++) {
            p[i][i + 1] = true;
        }
        MinimumDegreeAnalysis a = MinimumDegreeAnalysis.of(dominant(n, p, new Random(1)));
        assertEquals(3L * n - 2, a.factorNonzeros());
        // n - 1 columns with one entry below the diagonal: 2 * 1 + 1 flops each
        assertEquals(3.0 * (n - 1), a.flops(), 0);
    }

    /** An arrow whose dense row and column come first: eliminated first it fills everything; last, nothing. */
    @Test
    void arrowHubIsEliminatedLast() {
        int n = 40;
        boolean[][] p = new boolean[n][n];
        for (int i = 1; i < n; i++) {
            p[0][i] = true;
        }
        MinimumDegreeAnalysis a = MinimumDegreeAnalysis.of(dominant(n, p, new Random(2)));
        assertEquals(0, a.columnOrder()[n - 1], "the hub last: " + Arrays.toString(a.columnOrder()));
        assertEquals(3L * n - 2, a.factorNonzeros());
    }

    /** A k x k grid (5-point stencil): at least the no-fill count, and far below a dense factor. */
    @Test
    void gridFillLiesBetweenNoFillAndDense() {
        int k = 30;
        int n = k * k;
        boolean[][] p = new boolean[n][n];
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                int v = x * k + y;
                if (x + 1 < k) {
                    p[v][v + k] = true;
                }
                if (y + 1 < k) {
                    p[v][v + 1] = true;
                }
            }
        }
        MinimumDegreeAnalysis a = MinimumDegreeAnalysis.of(dominant(n, p, new Random(3)));
        long noFill = n + 2L * 2 * k * (k - 1);
        assertTrue(a.factorNonzeros() > noFill, a.factorNonzeros() + " > " + noFill);
        // nested dissection's order gives O(n log n); a generous bound well under the dense n^2
        assertTrue(a.factorNonzeros() < 12.0 * n * Math.log(n) / Math.log(2), "fill " + a.factorNonzeros());
    }

    /** With diagonal pivots (diagonally dominant values) the predicted counts are the numeric LU's. */
    @ParameterizedTest
    @ValueSource(ints = {10, 60, 200})
    void countsAreThoseOfTheNumericFactorisation(int n) {
        Random rnd = new Random(n);
        boolean[][] p = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                p[i][j] = rnd.nextDouble() < 3.0 / n;
            }
        }
        RealCsc m = dominant(n, p, rnd);
        MinimumDegreeAnalysis a = MinimumDegreeAnalysis.of(m);
        CsparseLU lu = CsparseLU.factor(m, a, 1e-3);
        assertEquals(a.factorNonzeros() + n, lu.factorNonzeros(),
                "L stores its unit diagonal: predicted + n");
        CsparseLU own = CsparseLU.factor(m, 1, 1e-3);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        double[] x = lu.solve(b);
        double[] y = own.solve(b);
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], x[i], 1e-12 * (1 + Math.abs(y[i])));
        }
        double[] r = new double[n];
        m.multiply(x, r);
        for (int i = 0; i < n; i++) {
            assertEquals(b[i], r[i], 1e-10);
        }
        double[] xt = lu.solveTransposed(b);
        assertArrayEquals(own.solveTransposed(b), xt, 1e-10);
    }
}
