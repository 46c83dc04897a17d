package dev.steadfast.steady;

import dev.steadfast.system.TestSystems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.system.LindbladDissipator;
import dev.steadfast.system.OpenSystem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The direct and iterative routes, with and without symmetry, give the same steady state. */
class SolverAgreementTest {

    static OpenSystem chain(int n, double dephasing) {
        return TestSystems.thermalXxChain(n, dephasing);
    }

    /** Two qubits driven along x (no conserved excitation number), damped and dephased. */
    static OpenSystem drivenPair() {
        Space s = Space.of(Site.qubit("a"), Site.qubit("b"));
        Operator h = Operators.sigmaZ(s, "a").scale(0.3).plus(Operators.sigmaZ(s, "b").scale(-0.2))
                .plus(Operators.sigmaX(s, "a").scale(0.4))
                .plus(Operators.sigmaX(s, "a").times(Operators.sigmaX(s, "b")).scale(0.25));
        return new OpenSystem(h, List.of(new LindbladDissipator("da", Operators.sigmaMinus(s, "a"), 0.3),
                new LindbladDissipator("db", Operators.sigmaMinus(s, "b"), 0.2),
                new LindbladDissipator("zb", Operators.sigmaZ(s, "b"), 0.05)));
    }

    private static CMatrix solve(OpenSystem sys, SteadyStateMethod m, boolean symmetry) {
        SteadyState<DensityMatrix> ss = SteadyStates.solve(sys, SteadyStateOptions.defaults().withMethod(m).withSymmetry(symmetry));
        assertTrue(ss.isUnique());
        return ss.rho().matrix();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void chainRoutesAgree(int n) {
        OpenSystem sys = chain(n, 0.005);
        CMatrix ref = solve(sys, SteadyStateMethod.DIRECT, false);
        assertEquals(0, ref.maxAbsDifference(solve(sys, SteadyStateMethod.DIRECT, true)), 1e-11);
        assertEquals(0, ref.maxAbsDifference(solve(sys, SteadyStateMethod.ITERATIVE, true)), 1e-10);
        assertEquals(0, ref.maxAbsDifference(solve(sys, SteadyStateMethod.ITERATIVE, false)), 1e-10);
    }

    @Test
    void routesAgreeWithoutSymmetry() {
        OpenSystem sys = drivenPair();
        CMatrix ref = solve(sys, SteadyStateMethod.DIRECT, true);
        assertEquals(0, ref.maxAbsDifference(solve(sys, SteadyStateMethod.ITERATIVE, true)), 1e-10);
    }
}
