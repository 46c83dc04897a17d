package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direct route on systems large enough (at least {@link DirectRoute#CONCURRENT_CONDITION_UNKNOWNS}
 * unknowns) that the condition estimate runs beside the solve and its certification: the verdicts
 * must be those of the serial order — a degenerate kernel reported as such, never a certification
 * failure of the meaningless solve of a singular system, and a unique state with its error estimate.
 */
class DirectRouteLargeTest {
    private static final int LEVELS = 40;

    /**
     * A driven damped cavity (no U(1) symmetry, so the whole space is solved) beside a qubit flipped
     * at {@code flip}: with flip = 0 only dephased, its populations conserved, a 2-dimensional kernel.
     */
    private static OpenSystem cavityAndQubit(double flip) {
        Space s = Space.of(Site.boson("c", LEVELS), Site.qubit("q"));
        Operator a = Operators.destroy(s, "c");
        Operator h = Operators.number(s, "c").scale(0.7).plus(a.plus(a.dag()).scale(0.9))
                .plus(Operators.sigmaZ(s, "q").scale(0.5));
        List<LindbladDissipator> d = new ArrayList<>(List.of(new LindbladDissipator("loss", a, 1.3),
                new LindbladDissipator("dephasing", Operators.sigmaZ(s, "q"), 0.2)));
        if (flip > 0) {
            d.add(new LindbladDissipator("flip", Operators.sigmaX(s, "q"), flip));
        }
        return new OpenSystem(h, d);
    }

    @Test
    void theSystemIsLargeEnoughForTheConcurrentEstimate() {
        assertTrue(LindbladGenerator.of(cavityAndQubit(0)).size() >= DirectRoute.CONCURRENT_CONDITION_UNKNOWNS);
    }

    @Test
    void aConservedQubitPopulationIsReportedAsANonUniqueSteadyState() {
        var ss = SteadyStates.solve(LindbladGenerator.of(cavityAndQubit(0)),
                SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT));
        var nu = assertInstanceOf(SteadyState.NotUnique.class, ss);
        assertTrue(nu.kernel().conditionEstimate() > SteadyStateOptions.defaults().singularConditionThreshold()
                || nu.kernel().evidence() == Kernel.Evidence.SINGULAR_FACTORIZATION);
    }

    /**
     * With the qubit flipped (at 0.05) the state is unique: the qubit maximally mixed, the cavity in
     * the coherent state of amplitude alpha = -i F / (kappa/2 + i Delta), so <n> = F^2 / (Delta^2 +
     * kappa^2/4) (truncation at 40 levels is far below rounding for |alpha|^2 = 0.89).
     */
    @Test
    void aUniqueStateCarriesItsConditionEstimateAndErrorEstimate() {
        var g = LindbladGenerator.of(cavityAndQubit(0.05));
        var ss = SteadyStates.solve(g, SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT));
        var u = assertInstanceOf(SteadyState.Unique.class, ss);
        DensityMatrix rho = (DensityMatrix) u.state();
        Space s = Space.of(Site.boson("c", LEVELS), Site.qubit("q"));
        double n = rho.expect(Operators.number(s, "c"));
        assertEquals(0.81 / (0.49 + 0.4225), n, 1e-10);
        assertEquals(0.0, rho.expect(Operators.sigmaZ(s, "q")), 1e-10);
        double cond = u.cost().conditionEstimate();
        assertTrue(cond > 1 && cond < 1e8, "condition estimate " + cond);
        assertTrue(u.certificate().errorEstimate() > 0 && u.certificate().errorEstimate() < 1e-6,
                "error estimate " + u.certificate().errorEstimate());
    }
}
