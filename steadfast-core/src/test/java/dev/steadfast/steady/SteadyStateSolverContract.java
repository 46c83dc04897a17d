package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.steadfast.liouville.Generator;
import dev.steadfast.liouville.Positivity;
import dev.steadfast.liouville.StateProperties;
import dev.steadfast.steady.AnalyticProblems.DegenerateProblem;
import dev.steadfast.steady.AnalyticProblems.UniqueProblem;
import dev.steadfast.steady.CertificationException.Check;
import java.util.List;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link SteadyStates#solve(Generator, SteadyStateOptions)} on one route, run on
 * the {@link AnalyticProblems} that apply to it (in the style of EJML's
 * {@code GenericLinearSolverChecks}: one small subclass per route and generator pins its options
 * and its tolerance):
 * <ul>
 *   <li>a unique problem gives {@link SteadyState.Unique} by the requested route, of trace 1,
 *       Hermitian, positive semidefinite when the generator enforces positivity, annihilated by the
 *       generator's matrix-free action to the certificate's tolerance, and equal to the closed form
 *       to the pinned tolerance;</li>
 *   <li>a degenerate problem gives {@link SteadyState.NotUnique}, returned and never thrown (only
 *       asking it for a state throws), with the kernel dimension and a basis of stationary
 *       operators when the kernel is counted;</li>
 *   <li>{@link Certification#certify} rejects a candidate wrong in one way with the typed
 *       {@link CertificationException#check()} of that way: trace, Hermiticity, residual,
 *       positivity (the last on a non-positive member of a degenerate kernel; accepted and
 *       reported when the generator does not enforce positivity).</li>
 * </ul>
 *
 * @param <S> the state type of the generators
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SteadyStateSolverContract<S> {

    /** The options solved with (route, symmetry); certification tolerances are the defaults'. */
    abstract SteadyStateOptions options();

    /** The closed forms hold to this, and so do trace, Hermiticity and positivity. */
    abstract double tolerance();

    /** Problems with a unique steady state this route is run on (at least one). */
    abstract List<? extends UniqueProblem<S>> uniqueProblems();

    /** Problems with a degenerate kernel this route is run on (at least one). */
    abstract List<? extends DegenerateProblem<S>> degenerateProblems();

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueProblems")
    void uniqueProblemGivesItsCertifiedClosedForm(UniqueProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        SteadyState<S> result = SteadyStates.solve(g, options());
        SteadyState.Unique<S> unique = assertInstanceOf(SteadyState.Unique.class, result, result::describe);
        assertRequestedRoute(result);
        S state = unique.state();
        StateProperties p = g.properties(state);
        assertEquals(1.0, p.trace(), tolerance(), "trace");
        assertTrue(p.hermiticityError() <= tolerance(), "Hermiticity error " + p.hermiticityError());
        if (g.positivity() == Positivity.ENFORCED) {
            assertTrue(p.minEigenvalue() >= -tolerance(), "smallest eigenvalue " + p.minEigenvalue());
        }
        double residual = g.residual(state);
        assertTrue(residual <= unique.certificate().tolerance(),
                "matrix-free residual " + residual + " above the certificate's " + unique.certificate().tolerance());
        problem.check(state, tolerance());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("degenerateProblems")
    void degenerateProblemIsReturnedNotThrown(DegenerateProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        SteadyState<S> result = assertDoesNotThrow(() -> SteadyStates.solve(g, options()));
        SteadyState.NotUnique<S> notUnique = assertInstanceOf(SteadyState.NotUnique.class, result);
        assertRequestedRoute(result);
        assertThrows(NonUniqueSteadyStateException.class, result::rho);
        assertTrue(g.size() > options().limits().kernelSvdUnknowns() || notUnique.kernel().dimension().isPresent(),
                "a small kernel must be counted");
        if (notUnique.kernel().dimension().isPresent()) {
            assertEquals(problem.kernelDimension(), notUnique.kernel().dimension().getAsInt(), result.describe());
            assertEquals(problem.kernelDimension(), notUnique.stationaryOperators().size(), "stationary operators");
            double bound = options().relativeResidualTolerance() * Math.max(1, g.matrix().norm1());
            for (S op : notUnique.stationaryOperators()) {
                assertTrue(g.residual(op) <= bound, "a stationary operator has residual " + g.residual(op));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueProblems")
    void certifierRejectsAWrongTrace(UniqueProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        S wrong = WrongCandidates.scaled(g, SteadyStates.solve(g, options()).rho(), 1.1);
        assertRejectedBy(Check.TRACE, g, wrong);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueProblems")
    void certifierRejectsANonHermitianState(UniqueProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        S wrong = WrongCandidates.nonHermitian(SteadyStates.solve(g, options()).rho(), 1e-6);
        assertRejectedBy(Check.HERMITICITY, g, wrong);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uniqueProblems")
    void certifierRejectsAStateThatIsNotStationary(UniqueProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        assertRejectedBy(Check.RESIDUAL, g, WrongCandidates.traceNormalisedIdentity(g));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("degenerateProblems")
    void certifierRejectsANonPositiveStationaryOperator(DegenerateProblem<S> problem) {
        Generator<S> g = problem.generator(options().useSymmetry());
        List<S> kernel = ((SteadyState.NotUnique<S>) SteadyStates.solve(g, options())).stationaryOperators();
        assumeTrue(kernel.size() >= 2, "the kernel basis is computed for small problems only");
        S wrong = WrongCandidates.nonPositiveStationary(g, kernel);
        if (g.positivity() == Positivity.ENFORCED) {
            assertRejectedBy(Check.POSITIVITY, g, wrong);
        } else {
            Certificate c = Certification.certify(g, wrong, options());
            assertTrue(c.minEigenvalue() < 0, "the negative eigenvalue is reported: " + c);
        }
    }

    private void assertRequestedRoute(SteadyState<S> result) {
        if (options().method() != SteadyStateMethod.AUTO) {
            assertEquals(options().method(), result.route().algorithm().method(), result.route().describe());
        }
    }

    private void assertRejectedBy(Check expected, Generator<S> g, S candidate) {
        CertificationException e = assertThrows(CertificationException.class,
                () -> Certification.certify(g, candidate, options()));
        assertEquals(expected, e.check(), e.getMessage());
    }
}
