package dev.steadfast.linalg;

import dev.steadfast.system.TestSystems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The multifrontal LU solves A x = b and A^T x = b like CSparse's and the dense LU on random
 * unsymmetric matrices with nearly symmetric patterns, a convection-diffusion grid and bordered
 * Liouvillians (the driven cavity's coherent state), pivots within a front where the diagonal is
 * weak, and reports a pivot it would have to delay instead of answering wrongly.
 */
class MultifrontalLUTest {

    /** A symmetric random pattern with a few one-sided entries; the diagonal is {@code diagonal} + N(0, 1). */
    private static RealCsc random(int n, double density, double diagonal, Random rnd) {
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            d[i][i] = diagonal + rnd.nextGaussian();
            for (int j = 0; j < i; j++) {
                if (rnd.nextDouble() < density) {
                    d[i][j] = rnd.nextGaussian();
                    d[j][i] = rnd.nextDouble() < 0.1 ? 0 : rnd.nextGaussian();
                }
            }
        }
        return fromDense(d);
    }

    static RealCsc fromDense(double[][] d) {
        int n = d.length;
        IntList rows = new IntList(n * 4);
        DoubleList vals = new DoubleList(n * 4);
        int[] ptr = new int[n + 1];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (d[i][j] != 0) {
                    rows.add(i);
                    vals.add(d[i][j]);
                }
            }
            ptr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    /** Convection-diffusion on a k x k grid (5-point stencil, unsymmetric in values). */
    private static RealCsc grid(int k) {
        int n = k * k;
        IntList rows = new IntList(5 * n);
        DoubleList vals = new DoubleList(5 * n);
        int[] ptr = new int[n + 1];
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                int j = x * k + y;
                if (x > 0) {
                    rows.add(j - k);
                    vals.add(-1.3);
                }
                if (y > 0) {
                    rows.add(j - 1);
                    vals.add(-1.1);
                }
                rows.add(j);
                vals.add(4.0);
                if (y < k - 1) {
                    rows.add(j + 1);
                    vals.add(-0.9);
                }
                if (x < k - 1) {
                    rows.add(j + k);
                    vals.add(-0.7);
                }
                ptr[j + 1] = rows.size();
            }
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    private static double[] randomVector(int n, Random rnd) {
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = rnd.nextGaussian();
        }
        return b;
    }

    private static double relativeDifference(double[] x, double[] y) {
        double d = 0;
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            d = Math.max(d, Math.abs(x[i] - y[i]));
            s = Math.max(s, Math.abs(y[i]));
        }
        return d / s;
    }

    private static double relativeResidual(RealCsc a, double[] x, double[] b, boolean transposed) {
        double[] r = new double[a.rows()];
        if (transposed) {
            a.multiplyTransposed(x, r);
        } else {
            a.multiply(x, r);
        }
        double d = 0;
        double xn = 0;
        double bn = 0;
        for (int i = 0; i < r.length; i++) {
            d = Math.max(d, Math.abs(r[i] - b[i]));
            xn = Math.max(xn, Math.abs(x[i]));
            bn = Math.max(bn, Math.abs(b[i]));
        }
        return d / (a.norm1() * xn + bn);
    }

    private static MultifrontalLU factored(RealCsc a) {
        MultifrontalLU.Outcome o = MultifrontalLU.factor(a);
        return assertInstanceOf(MultifrontalLU.Outcome.Factored.class, o).lu();
    }

    /** Solves and transposed solves agree with CSparse's (and the dense LU's, when small) to 1e-10. */
    private static void agreesWithReference(RealCsc a, Random rnd) {
        int n = a.cols();
        MultifrontalLU lu = factored(a);
        LuFactorization reference = CsparseLU.factor(a);
        double[] b = randomVector(n, rnd);
        double[] x = lu.solve(b);
        double[] y = lu.solveTransposed(b);
        assertTrue(relativeDifference(x, reference.solve(b)) < 1e-10, "solve vs CSparse: "
                + relativeDifference(x, reference.solve(b)) + ", residuals " + relativeResidual(a, x, b, false) + " "
                + relativeResidual(a, reference.solve(b), b, false));
        assertTrue(relativeDifference(y, reference.solveTransposed(b)) < 1e-10, "transposed solve vs CSparse");
        if (n <= 400) {
            LuFactorization dense = DenseLU.factor(a);
            assertTrue(relativeDifference(x, dense.solve(b)) < 1e-10, "solve vs dense LU");
            assertTrue(relativeDifference(y, dense.solveTransposed(b)) < 1e-10, "transposed solve vs dense LU");
        }
        assertTrue(relativeResidual(a, x, b, false) < 1e-14, "residual");
        assertTrue(relativeResidual(a, y, b, true) < 1e-14, "transposed residual " + relativeResidual(a, y, b, true)
                + " (CSparse's " + relativeResidual(a, reference.solveTransposed(b), b, true) + ")");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 40, 150, 600})
    void agreesWithCsparseAndDenseOnRandomMatrices(int n) {
        Random rnd = new Random(n);
        agreesWithReference(random(n, Math.min(1, 4.0 / n), 4, rnd), rnd);
    }

    @Test
    void agreesOnDenserRandomMatrices() {
        Random rnd = new Random(5);
        agreesWithReference(random(300, 0.05, 6, rnd), rnd);
    }

    @Test
    void agreesOnAConvectionDiffusionGrid() {
        RealCsc a = grid(40);
        agreesWithReference(a, new Random(40));
        // diagonal pivots: the symmetric analysis' nonzeros, plus the explicit zeros of amalgamated fronts
        long predicted = MinimumDegreeAnalysis.of(a).factorNonzeros();
        long nnz = factored(a).factorNonzeros();
        assertTrue(nnz >= predicted && nnz < 1.5 * predicted, nnz + " vs " + predicted);
    }

    @Test
    void pivotsWithinAFrontWhenTheDiagonalVanishes() {
        // a dense pattern is one front: every row is fully summed, partial pivoting as in a dense LU
        Random rnd = new Random(3);
        int n = 12;
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[i][j] = i == j ? 0 : rnd.nextGaussian();
            }
        }
        RealCsc a = fromDense(d);
        assertEquals(1, FrontalStructure.of(a, MinimumDegreeAnalysis.of(a)).supernodes());
        agreesWithReference(a, rnd);
    }

    @Test
    void delaysAPivotToTheParentFront() {
        // a star: the leaves 0, 1, 2 (degree 1) are eliminated before the centre 3, leaf 1 neither first
        // nor last (so not amalgamated with the centre), and its only fully summed entry is a zero
        // diagonal: its row and column go up to the centre's front
        RealCsc a = fromDense(STAR);
        MultifrontalLU lu = factored(a);
        assertTrue(lu.delayedPivots() > 0, "no delayed pivot");
        double[] b = {1, 2, 3, 4};
        double[] x = lu.solve(b);
        double[] y = lu.solveTransposed(b);
        assertTrue(relativeResidual(a, x, b, false) < 1e-15);
        assertTrue(relativeResidual(a, y, b, true) < 1e-15);
        assertTrue(relativeDifference(x, DenseLU.factor(a).solve(b)) < 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 60, 150})
    void weakDiagonalsArePivotedOrDelayed(int n) {
        int delayed = 0;
        for (int seed = 0; seed < 20; seed++) {
            Random rnd = new Random(1000 * n + seed);
            RealCsc a = random(n, 3.0 / n, 2, rnd);
            double[][] d = a.toDense();
            for (int w = 0; w < 3; w++) {
                int i = rnd.nextInt(n);
                d[i][i] *= w == 0 ? 0 : 1e-4;
            }
            a = fromDense(d);
            MultifrontalLU.Outcome o = MultifrontalLU.factor(a);
            if (DenseLU.factor(a) == null) {
                // an isolated node with the zero diagonal: singular, and reported as such
                assertInstanceOf(MultifrontalLU.Outcome.Singular.class, o);
                continue;
            }
            MultifrontalLU lu = assertInstanceOf(MultifrontalLU.Outcome.Factored.class, o).lu();
            delayed += lu.delayedPivots();
            double[] b = randomVector(n, rnd);
            assertTrue(relativeResidual(a, lu.solve(b), b, false) < 1e-13, "residual, seed " + seed);
            assertTrue(relativeResidual(a, lu.solveTransposed(b), b, true) < 1e-13, "transposed, seed " + seed);
            assertTrue(relativeDifference(lu.solve(b), DenseLU.factor(a).solve(b)) < 1e-8, "seed " + seed);
            assertTrue(relativeDifference(lu.solveTransposed(b), DenseLU.factor(a).solveTransposed(b)) < 1e-8);
        }
        assertTrue(delayed > 0, "no pivot delayed: the test is not about weak diagonals");
    }

    @Test
    void zeroDiagonalsEverywhereAreDelayedUpTheTree() {
        // a Hamiltonian-like block [[0, B], [-B^T, D]]: half the diagonal is zero
        Random rnd = new Random(11);
        int h = 60;
        double[][] d = new double[2 * h][2 * h];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < h; j++) {
                if (i == j || rnd.nextDouble() < 0.04) {
                    double v = i == j ? 3 + rnd.nextDouble() : rnd.nextGaussian();
                    d[i][h + j] = v;
                    d[h + j][i] = -v + 0.1 * rnd.nextGaussian();
                }
            }
            d[h + i][h + i] = 0.5 + rnd.nextDouble();
        }
        RealCsc a = fromDense(d);
        MultifrontalLU lu = factored(a);
        assertTrue(lu.delayedPivots() > 0);
        agreesWithReference(a, rnd);
    }

    @Test
    void singularMatrixIsReported() {
        double[][] d = {{1, 2, 0}, {2, 4, 0}, {0, 0, 1}};
        MultifrontalLU.Outcome o = MultifrontalLU.factor(fromDense(d));
        assertInstanceOf(MultifrontalLU.Outcome.Singular.class, o);
    }

    private static LindbladGenerator drivenCavity(int levels) {
        return LindbladGenerator.of(TestSystems.drivenCavity(levels));
    }

    @ParameterizedTest
    @ValueSource(ints = {30, 80})
    void drivenCavityHasTheCoherentStatesOccupation(int levels) {
        LindbladGenerator g = drivenCavity(levels);
        RealCsc bordered = g.bordered();
        MultifrontalLU lu = factored(bordered);
        double[] rhs = new double[bordered.cols()];
        rhs[g.traceRow()] = 1;
        double[] x = lu.solve(rhs);
        DensityMatrix rho = g.state(x);
        double expected = TestSystems.F * TestSystems.F
                / (TestSystems.DELTA * TestSystems.DELTA + TestSystems.KAPPA * TestSystems.KAPPA / 4);
        assertEquals(expected, rho.expect(Operators.number(rho.space(), "c")), 1e-9);
        assertTrue(g.residual(rho) < 1e-10, "residual " + g.residual(rho));
        assertTrue(relativeResidual(bordered, x, rhs, false) < 1e-14);
        Random rnd = new Random(levels);
        double[] b = randomVector(bordered.cols(), rnd);
        assertTrue(relativeResidual(bordered, lu.solveTransposed(b), b, true) < 1e-14, "transposed");
        assertTrue(relativeDifference(lu.solveTransposed(b), CsparseLU.factor(bordered).solveTransposed(b)) < 1e-10);
    }

    private static final double[][] STAR = {{2, 0, 0, 1}, {0, 0, 0, 1}, {0, 0, 3, 1}, {1, 2, 1, 1}};

    /** Copies of {@link #STAR}, whose leaf 1 needs a delayed pivot. */
    private static RealCsc delayedBlocks(int copies) {
        int b = STAR.length;
        int n = b * copies;
        IntList rows = new IntList(8 * copies);
        DoubleList vals = new DoubleList(8 * copies);
        int[] ptr = new int[n + 1];
        for (int c = 0; c < copies; c++) {
            for (int j = 0; j < b; j++) {
                for (int i = 0; i < b; i++) {
                    if (STAR[i][j] != 0) {
                        rows.add(b * c + i);
                        vals.add(STAR[i][j] * (1 + 0.001 * c));
                    }
                }
                ptr[b * c + j + 1] = rows.size();
            }
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    /**
     * Many 4 x 4 blocks would go to CSparse by themselves (no dense fronts): the multifrontal LU is
     * asked for, to test its delayed pivots and its CSparse fallback at this size.
     */
    @Test
    void largeMatricesDelayPivotsAndFallBackToCsparseWhenSingular() {
        RealCsc a = delayedBlocks(LuFactorizations.MULTIFRONTAL_LIMIT / 4 + 1);
        LuFactorization lu = withLu("multifrontal", () -> LuFactorizations.sparse(a));
        assertTrue(assertInstanceOf(MultifrontalLU.class, lu).delayedPivots() > 0);
        Random rnd = new Random(7);
        double[] b = randomVector(a.cols(), rnd);
        assertTrue(relativeResidual(a, lu.solve(b), b, false) < 1e-14);
        assertTrue(relativeResidual(a, lu.solveTransposed(b), b, true) < 1e-14);
        // a zero column: the multifrontal LU reports it, CSparse confirms (null)
        int[] ptr = a.colPtr().clone();
        int[] idx = a.rowIdx();
        double[] val = a.values().clone();
        for (int p = ptr[5]; p < ptr[6]; p++) {
            val[p] = 0;
        }
        RealCsc singular = new RealCsc(a.rows(), a.cols(), ptr, idx, val);
        assertInstanceOf(MultifrontalLU.Outcome.Singular.class, MultifrontalLU.factor(singular));
        assertEquals(null, withLu("multifrontal", () -> LuFactorizations.sparse(singular)));
    }

    /** {@code work} with the LU property set to {@code choice}, restored afterwards. */
    private static <T> T withLu(String choice, java.util.function.Supplier<T> work) {
        String before = System.getProperty(LuFactorizations.LU_PROPERTY);
        System.setProperty(LuFactorizations.LU_PROPERTY, choice);
        try {
            return work.get();
        } finally {
            if (before == null) {
                System.clearProperty(LuFactorizations.LU_PROPERTY);
            } else {
                System.setProperty(LuFactorizations.LU_PROPERTY, before);
            }
        }
    }

    @Test
    void largeMatricesAreFactorisedMultifrontallyUnlessCsparseIsAskedFor() {
        RealCsc a = grid(101);
        assertInstanceOf(MultifrontalLU.class, LuFactorizations.sparse(a));
        assertInstanceOf(MultifrontalLU.class, LuFactorizations.of(a));
        assertInstanceOf(CsparseLU.class, LuFactorizations.sparse(grid(90)));
        // as large, but a chain: its factor does not fill, no dense fronts, CSparse
        RealCsc chain = tridiagonal(20_000);
        MinimumDegreeAnalysis chainAnalysis = MinimumDegreeAnalysis.of(chain);
        assertTrue(chainAnalysis.flops() < LuFactorizations.DENSE_FRONT_FLOPS * chainAnalysis.factorNonzeros());
        assertInstanceOf(CsparseLU.class, LuFactorizations.sparse(chain));
        assertInstanceOf(CsparseLU.class, LuFactorizations.sparse(chain, chainAnalysis));
        assertInstanceOf(CsparseLU.class, withLu("csparse", () -> LuFactorizations.sparse(a)));
        assertInstanceOf(CsparseLU.class, withLu("csparse", () -> LuFactorizations.sparse(a, MinimumDegreeAnalysis.of(a))));
    }

    /**
     * A boundary-driven XX chain: loss at the first site, pumping at the last, coherent hopping
     * between; coherences between undamped states have a zero diagonal, so pivots are delayed.
     */
    @Test
    void boundaryDrivenXxChainAgreesWithCsparse() {
        int sites = 5;
        Site[] qubits = new Site[sites];
        for (int k = 0; k < sites; k++) {
            qubits[k] = Site.qubit("q" + k);
        }
        Space s = Space.of(qubits);
        Operator h = null;
        for (int k = 0; k + 1 < sites; k++) {
            Operator hop = Operators.sigmaX(s, "q" + k).times(Operators.sigmaX(s, "q" + (k + 1)))
                    .plus(Operators.sigmaY(s, "q" + k).times(Operators.sigmaY(s, "q" + (k + 1))));
            h = h == null ? hop : h.plus(hop);
        }
        OpenSystem system = new OpenSystem(h, List.of(
                new LindbladDissipator("loss", Operators.sigmaMinus(s, "q0"), 1.0),
                new LindbladDissipator("pump", Operators.sigmaPlus(s, "q" + (sites - 1)), 0.6)));
        LindbladGenerator g = LindbladGenerator.full(system);
        RealCsc bordered = g.bordered();
        MultifrontalLU lu = factored(bordered);
        assertTrue(lu.delayedPivots() > 0, "no delayed pivot");
        double[] rhs = new double[bordered.cols()];
        rhs[g.traceRow()] = 1;
        double[] x = lu.solve(rhs);
        assertTrue(relativeDifference(x, CsparseLU.factor(bordered).solve(rhs)) < 1e-10);
        DensityMatrix rho = g.state(x);
        assertTrue(g.residual(rho) < 1e-12, "residual " + g.residual(rho));
        agreesWithReference(bordered, new Random(sites));
    }

    /** tridiag(-1, 4, -1): a chain, diagonally dominant. */
    private static RealCsc tridiagonal(int n) {
        int[] ptr = new int[n + 1];
        IntList rows = new IntList(3 * n);
        DoubleList vals = new DoubleList(3 * n);
        for (int j = 0; j < n; j++) {
            for (int i = Math.max(0, j - 1); i <= Math.min(n - 1, j + 1); i++) {
                rows.add(i);
                vals.add(i == j ? 4.0 : -1.0);
            }
            ptr[j + 1] = rows.size();
        }
        return new RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }
}
