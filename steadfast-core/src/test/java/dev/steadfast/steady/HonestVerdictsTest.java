package dev.steadfast.steady;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
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
 * Verdicts that say how sure they are: the kernel dimension of the whole generator (not only of the
 * sector solved), an unresolved kernel reported as undetermined, and an error estimate that covers
 * the actual error of an ill-conditioned state.
 */
class HonestVerdictsTest {
    private final Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    /** Collective decay of a pair, plus a local decay of q1 at {@code local} (none when 0). */
    private OpenSystem pair(double w, double local) {
        Operator j = Operators.sigmaMinus(s, "q1").plus(Operators.sigmaMinus(s, "q2"));
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(w / 2);
        List<LindbladDissipator> d = new ArrayList<>(List.of(new LindbladDissipator("collective", j, 1.0)));
        if (local > 0) {
            d.add(new LindbladDissipator("local", Operators.sigmaMinus(s, "q1"), local));
        }
        return new OpenSystem(h, d);
    }

    /**
     * At w = 0 the charge-neutral sector holds a 2-dimensional kernel (|00><00| and the singlet) but
     * the whole Liouvillian a 4-dimensional one (also the coherences |00><S| and |S><00|, stationary
     * since the two are degenerate): the verdict reports L's, and the sector's separately.
     */
    @Test
    void kernelDimensionIsTheWholeGeneratorsNotTheSectors() {
        for (double w : new double[] {0.0, 1.0}) {
            var ss = assertInstanceOf(SteadyState.NotUnique.class, SteadyStates.solve(pair(w, 0)));
            Kernel k = ss.kernel();
            assertTrue(k.inSector());
            assertEquals(2, k.dimension().getAsInt());
            assertEquals(w == 0 ? 4 : 2, k.fullDimension().getAsInt(), "w = " + w);
            assertEquals(w == 0 ? 4 : 2, k.reportedDimension().getAsInt());
        }
    }

    /**
     * A local decay of 1e-9 next to a collective one of 1 leaves a singular value of ~1e-10 relative:
     * resolved as nonzero by the SVD, so with a stricter singularity threshold than the default the
     * verdict is "undetermined", never a definite kernel dimension.
     */
    @Test
    void anUnresolvedKernelIsUndetermined() {
        SteadyStateOptions strict = SteadyStateOptions.defaults().withMethod(SteadyStateMethod.DIRECT)
                .withTolerances(withSingularCondition(SteadyStateOptions.defaults().tolerances(), 1e8));
        var u = assertInstanceOf(SteadyState.Undetermined.class, SteadyStates.solve(pair(1, 1e-9), strict));
        double ratio = u.kernel().smallestRatio();
        assertTrue(ratio > 1e-12 && ratio <= 1e-9, "ratio " + ratio);
    }

    /**
     * With the local decay every excitation ends in |00>: the exact steady state. The weak local rate
     * makes the problem ill-conditioned; the certificate's error estimate must cover the actual error.
     */
    @Test
    void errorEstimateCoversTheActualError() {
        for (double local : new double[] {1e-2, 1e-5, 1e-8}) {
            var u = assertInstanceOf(SteadyState.Unique.class, SteadyStates.solve(pair(1, local)));
            CMatrix rho = ((DensityMatrix) u.state()).matrix();
            CMatrix exact = new CMatrix(4, 4);
            exact.set(0, 0, 1, 0);
            double error = rho.maxAbsDifference(exact);
            double estimate = u.certificate().errorEstimate();
            assertTrue(error <= 10 * estimate, "local " + local + ": error " + error + " vs estimate " + estimate);
            assertTrue(estimate < 1e-6 || local < 1e-6, "local " + local + ": estimate " + estimate);
        }
    }

    private static SteadyStateOptions.Tolerances withSingularCondition(SteadyStateOptions.Tolerances t, double c) {
        return new SteadyStateOptions.Tolerances(t.relativeResidual(), t.trace(), t.hermiticity(), t.positivity(), c,
                t.kernel(), t.kernelRoundoff());
    }
}
