package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measure expressions: expectation values and arithmetic around measure calls, on states known by hand. */
class ModelMeasuresTest {
    private static final String MODEL = """
            parameters: {N: 3, J: 0.5}
            sites:
              q: qubit
              r: {qubit: N}
            measures:
              mz: expect(sz(q))
              twice: 2*expect(sz(q)) + 1
              magnet: sum(i=1..N, expect(sz(r[i])))/N
              hop: expect_im(sp(r[1])*sm(r[2]))
              current: expect(im*J*(sp(r[1])*sm(r[2]) - sp(r[2])*sm(r[1])))
              norm: expect(3)
            """;

    @Test
    void expectationsAndArithmeticOnABasisState() throws ModelException {
        ModelInstance m = Model.parse(MODEL, "m.yaml").instantiate(Map.of());
        assertEquals(List.of("mz", "twice", "magnet", "hop", "current", "norm"), m.measureNames());
        DensityMatrix rho = States.basis(m.space(), 1, 1, 0, 0); // q excited, r[1] excited
        Map<String, Double> v = m.measure(rho);
        assertEquals(1.0, v.get("mz"), 1e-15);
        assertEquals(3.0, v.get("twice"), 1e-15);
        assertEquals((1.0 - 1 - 1) / 3, v.get("magnet"), 1e-15);
        assertEquals(0.0, v.get("hop"), 1e-15);
        assertEquals(3.0, v.get("norm"), 1e-15);
    }

    @Test
    void currentOperatorOnASuperpositionHasTheSignOfTheFlow() throws ModelException {
        ModelInstance m = Model.parse(MODEL, "m.yaml").instantiate(Map.of());
        int d = m.space().dimension();
        double[] re = new double[d];
        double[] im = new double[d];
        // psi = (|r1=1, r2=0> + i|r1=0, r2=1>)/sqrt 2 with q in 0, r[3] in 0
        re[m.space().basisIndex(0, 1, 0, 0)] = 1;
        im[m.space().basisIndex(0, 0, 1, 0)] = 1;
        Map<String, Double> v = m.measure(States.pure(m.space(), re, im));
        // <psi| sp1 sm2 |psi> = conj(c_10) c_01 = i/2
        assertEquals(0.5, v.get("hop"), 1e-15);
        // current = J * i (<sp1 sm2> - <sp2 sm1>) = J * i (i/2 - (-i/2)) = -J
        assertEquals(-0.5, v.get("current"), 1e-15);
    }
}
