package dev.steadfast.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.operator.Operators;
import dev.steadfast.space.Site;
import dev.steadfast.space.Space;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.steady.SteadyStates;
import dev.steadfast.system.OpenSystem;
import dev.steadfast.system.ThermalBath;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong non-zero entanglement is a correctness defect. The two-qubit machine of the sweep
 * benchmark (shared/bench/qutip/sweep_two_qubits.py) has, at a cold hot bath, a doubly excited
 * population of ~1e-15 — tiny but exact, since the steady state is an X state whose |ee> block is
 * 1x1 — and a coherence z below sqrt(p_gg p_ee): the concurrence 2 max(0, |z| - sqrt(p_gg p_ee))
 * is 0. Zeroing that population as rounding gave C = 2|z| ~ 1e-7 at 201 of 40,000 sweep points.
 */
class NearlySeparableConcurrenceTest {
    private final Space s = Space.of(Site.qubit("q1"), Site.qubit("q2"));

    @ParameterizedTest(name = "Th = {0}, g = {1}")
    @CsvSource({"0.0695979899497, 0.001", "0.0597989949749, 0.00497989949749", "0.0597989949749, 0.00597487437186",
            "0.5, 0.05", "2.0, 0.1"})
    void concurrenceOfTheXStateMatchesItsClosedForm(double th, double g) {
        Operator sm1 = Operators.sigmaMinus(s, "q1");
        Operator sm2 = Operators.sigmaMinus(s, "q2");
        Operator h = Operators.sigmaZ(s, "q1").plus(Operators.sigmaZ(s, "q2")).scale(0.5)
                .plus(sm1.dag().times(sm2).plus(sm1.times(sm2.dag())).scale(g));
        OpenSystem sys = new OpenSystem(h, List.of(new ThermalBath("hot", sm1, 1, th, 0.01),
                new ThermalBath("cold", sm2, 1, 0.05, 0.01)));
        DensityMatrix rho = SteadyStates.solve(sys).rho();
        CMatrix m = rho.matrix();
        int gg = s.basisIndex(0, 0);
        int ee = s.basisIndex(1, 1);
        int ge = s.basisIndex(0, 1);
        int eg = s.basisIndex(1, 0);
        double z = Math.hypot(m.re(ge, eg), m.im(ge, eg));
        double exact = 2 * Math.max(0, z - Math.sqrt(m.re(gg, gg) * m.re(ee, ee)));
        double c = Measures.concurrence(rho, 0, 1);
        assertEquals(exact, c, 1e-13, "p_ee = " + m.re(ee, ee) + ", |z| = " + z);
        assertTrue(c >= 0);
    }
}
