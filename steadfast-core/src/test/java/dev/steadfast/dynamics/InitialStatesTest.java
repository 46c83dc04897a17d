package dev.steadfast.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import org.junit.jupiter.api.Test;

class InitialStatesTest {
    private final Space two = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    @Test
    void thermalQubitHasBoltzmannPopulations() {
        Space s = Space.of(Site.qubit("q"));
        double w = 1.5;
        double temperature = 0.7;
        DensityMatrix rho = InitialStates.thermal(Operators.sigmaZ(s, "q").scale(w / 2), temperature);
        assertEquals(1 / (1 + Math.exp(w / temperature)), rho.matrix().re(1, 1), 1e-14);
        assertEquals(1, rho.trace(), 1e-14);
    }

    @Test
    void zeroTemperatureMixesADegenerateGroundSpace() {
        // H = -(sz1 + sz2) ... no: H = sz1 sz2 has ground space {|01>, |10>}
        Operator h = Operators.sigmaZ(two, "q1").times(Operators.sigmaZ(two, "q2"));
        CMatrix rho = InitialStates.thermal(h, 0).matrix();
        assertEquals(0.5, rho.re(1, 1), 1e-12);
        assertEquals(0.5, rho.re(2, 2), 1e-12);
        assertEquals(0, rho.re(0, 0), 1e-12);
        assertEquals(0, rho.re(3, 3), 1e-12);
    }

    @Test
    void bellStateIsMaximallyEntangled() {
        for (States.Bell b : States.Bell.values()) {
            assertEquals(1, TwoQubitConcurrence.of(InitialStates.bell(two, b).matrix()), 1e-12);
        }
        assertEquals(0, TwoQubitConcurrence.of(InitialStates.product(two, 1, 0).matrix()), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> InitialStates.bell(Space.of(Site.qubit("q")), States.Bell.PSI_MINUS));
    }

    @Test
    void givenMatrixIsChecked() {
        CMatrix bad = CMatrix.ofReal(new double[][] {{1.2, 0}, {0, -0.2}});
        Space s = Space.of(Site.qubit("q"));
        assertThrows(IllegalArgumentException.class, () -> InitialStates.of(s, bad));
        CMatrix notNormalised = CMatrix.ofReal(new double[][] {{0.5, 0}, {0, 0.2}});
        assertThrows(IllegalArgumentException.class, () -> InitialStates.of(s, notNormalised));
        CMatrix ok = CMatrix.ofReal(new double[][] {{0.5, 0.5}, {0.5, 0.5}});
        assertEquals(1, InitialStates.of(s, ok).purity(), 1e-14);
    }
}
