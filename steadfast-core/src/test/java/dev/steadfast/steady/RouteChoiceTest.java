package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.Operators;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.TestSystems;
import org.junit.jupiter.api.Test;

/**
 * AUTO's choice on the cases its calibration (docs/solvers.md) is about: a driven damped cavity
 * takes GMRES with the charge-block preconditioner, which converges in tens of iterations; offered
 * only the secular preconditioner (which converges slowly there) it is factorised, at 200 levels
 * after the minimum-degree analysis refined the envelope bound; either way the answer is the
 * coherent state's. A real-Hamiltonian chain, whose secular preconditioner works in real
 * arithmetic, takes GMRES.
 */
class RouteChoiceTest {
    private static OpenSystem drivenCavity(int levels) {
        return TestSystems.drivenCavity(levels);
    }

    private static double coherentOccupation() {
        return TestSystems.F * TestSystems.F
                / (TestSystems.DELTA * TestSystems.DELTA + TestSystems.KAPPA * TestSystems.KAPPA / 4);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {50, 100, 200})
    void drivenCavitiesTakeGmresWithTheChargeBlockPreconditioner(int levels) {
        LindbladGenerator g = LindbladGenerator.of(drivenCavity(levels));
        assertFalse(RouteChoice.choose(g, g.bordered()).direct());
        SteadyState<DensityMatrix> ss = SteadyStates.solve(g, SteadyStateOptions.defaults());
        assertEquals(Route.Algorithm.PRECONDITIONED_GMRES, ss.route().algorithm());
        assertFalse(ss.route().fellBack());
        assertTrue(ss.route().preconditioner().startsWith("the charge-block preconditioner"), ss.route().preconditioner());
        // the solve and the uniqueness probe together
        assertTrue(ss.route().iterations() <= 100, "iterations " + ss.route().iterations());
        double n = ((SteadyState.Unique<DensityMatrix>) ss).state().expect(Operators.number(g.system().space(), "c"));
        assertEquals(coherentOccupation(), n, 1e-10);
    }

    @Test
    void drivenCavityAt200LevelsWithTheSecularPreconditionerIsFactorisedInTheAnalysedOrder() {
        LindbladGenerator g = LindbladGenerator.of(drivenCavity(200), LindbladGenerator.PreconditionerChoice.SECULAR);
        RouteChoice.Estimate e = RouteChoice.choose(g, g.bordered());
        assertTrue(e.direct(), e.toString());
        assertTrue(e.analysis().isPresent(), "the envelope bound alone did not settle it: " + e);
        SteadyState<DensityMatrix> ss = SteadyStates.solve(g, SteadyStateOptions.defaults());
        assertEquals(Route.Algorithm.SPARSE_LU, ss.route().algorithm());
        assertFalse(ss.route().fellBack());
        double n = ((SteadyState.Unique<DensityMatrix>) ss).state().expect(
                Operators.number(g.system().space(), "c"));
        assertEquals(coherentOccupation(), n, 1e-10);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {50, 100})
    void smallerDrivenCavitiesWithTheSecularPreconditionerAreFactorisedToo(int levels) {
        LindbladGenerator g = LindbladGenerator.of(drivenCavity(levels), LindbladGenerator.PreconditionerChoice.SECULAR);
        RouteChoice.Estimate e = RouteChoice.choose(g, g.bordered());
        assertTrue(e.direct(), e.toString());
    }

    /**
     * The minimum-degree counts assume diagonal pivots: a matrix whose columns are mostly larger off
     * the diagonal than the pivot threshold allows is not refined by them.
     */
    @Test
    void weakDiagonalsAreDetected() {
        int n = 40;
        assertTrue(RouteChoice.diagonalPivotsLikely(tridiagonal(n, 4.0, 1.0)));
        assertFalse(RouteChoice.diagonalPivotsLikely(tridiagonal(n, 0.05, 1.0)));
        LindbladGenerator cavity = LindbladGenerator.of(drivenCavity(30));
        assertTrue(RouteChoice.diagonalPivotsLikely(cavity.bordered()));
    }

    private static dev.steadfast.linalg.RealCsc tridiagonal(int n, double diagonal, double offDiagonal) {
        int[] ptr = new int[n + 1];
        dev.steadfast.linalg.IntList rows = new dev.steadfast.linalg.IntList(3 * n);
        dev.steadfast.linalg.DoubleList vals = new dev.steadfast.linalg.DoubleList(3 * n);
        for (int j = 0; j < n; j++) {
            for (int i = Math.max(0, j - 1); i <= Math.min(n - 1, j + 1); i++) {
                rows.add(i);
                vals.add(i == j ? diagonal : offDiagonal);
            }
            ptr[j + 1] = rows.size();
        }
        return new dev.steadfast.linalg.RealCsc(n, n, ptr, rows.toArray(), vals.toArray());
    }

    @Test
    void chainWithARealHamiltonianTakesGmres() {
        LindbladGenerator g = LindbladGenerator.of(TestSystems.thermalXxChain(6, 0.005));
        assertFalse(RouteChoice.choose(g, g.bordered()).direct());
    }
}
