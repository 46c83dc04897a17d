package dev.steadfast.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The product with a matrix large enough to take the two-thread path, against its triplets. */
class RealCscTest {

    @Test
    void largeProductMatchesTheTriplets() {
        Random rnd = new Random(2);
        int n = 300_000;
        int perColumn = 8; // 2.4 M nonzeros, above the parallel threshold
        int[] ptr = new int[n + 1];
        int[] rows = new int[n * perColumn];
        double[] vals = new double[n * perColumn];
        double[] x = new double[n];
        double[] expected = new double[n];
        int p = 0;
        for (int j = 0; j < n; j++) {
            x[j] = rnd.nextGaussian();
            int[] r = rnd.ints(perColumn, 0, n).sorted().distinct().toArray();
            for (int i : r) {
                rows[p] = i;
                vals[p] = rnd.nextGaussian();
                expected[i] += vals[p] * x[j];
                p++;
            }
            ptr[j + 1] = p;
        }
        RealCsc a = new RealCsc(n, n, ptr, java.util.Arrays.copyOf(rows, p), java.util.Arrays.copyOf(vals, p));
        double[] y = new double[n];
        java.util.Arrays.fill(y, 42); // stale contents must be overwritten
        a.multiply(x, y);
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], y[i], 1e-12 * (1 + Math.abs(expected[i])));
        }
    }

    /** Transpose and symmetric permutation against the dense matrix, entry by entry. */
    @Test
    void transposeAndSymmetricPermutationMoveEveryEntry() {
        Random rnd = new Random(5);
        int n = 7;
        double[][] dense = new double[n][n];
        int[] ptr = new int[n + 1];
        IntList rows = new IntList(n * n);
        DoubleList vals = new DoubleList(n * n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (rnd.nextDouble() < 0.4) {
                    dense[i][j] = rnd.nextGaussian();
                    rows.add(i);
                    vals.add(dense[i][j]);
                }
            }
            ptr[j + 1] = rows.size();
        }
        RealCsc a = new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
        int[] order = {3, 0, 6, 1, 5, 2, 4};
        int[] pinv = new int[n];
        for (int k = 0; k < n; k++) {
            pinv[order[k]] = k;
        }
        double[][] t = a.transpose().toDense();
        double[][] p = a.permutedSymmetric(order, pinv).toDense();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                assertEquals(dense[j][i], t[i][j], 0);
                assertEquals(dense[order[i]][order[j]], p[i][j], 0);
            }
        }
    }
}
