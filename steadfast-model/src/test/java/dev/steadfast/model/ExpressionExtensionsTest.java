package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.linalg.CMatrix;
import dev.steadfast.operator.Operator;
import dev.steadfast.state.DensityMatrix;
import dev.steadfast.state.States;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** max/min, kets and bras of several sites, filter(K, measure) and the coherences in the energy eigenbasis. */
class ExpressionExtensionsTest {
    private static final String MODEL = """
            parameters:
              w: 1.0
              th: pi/8
              big: max(1, 2*pi, 0.5)
              small: min(pi, 3, w)
            sites: {q1: qubit, q2: qubit, q3: qubit}
            hamiltonian: w/2*sz(q1)
            measures:
              C: concurrence(q1, q2)
              C_filtered: filter(tan(th)*proj(q1, 0) + proj(q1, 1), concurrence(q1, q2))
              p_filter: filter_probability(tan(th)*proj(q1, 0) + proj(q1, 1))
              l1E: coherence_l1_energy()
              reE: coherence_re_energy(q1, q2, q3)
            """;

    private static ModelInstance instance() throws ModelException {
        return Model.parse(MODEL, "m.yaml").instantiate(Map.of());
    }

    private static double distance(Operator a, Operator b) {
        return a.minus(b).maxAbs();
    }

    @Test
    void maxAndMin() throws ModelException {
        ModelInstance m = instance();
        assertEquals(2 * Math.PI, m.parameters().get("big"), 1e-15);
        assertEquals(1.0, m.parameters().get("small"), 1e-15);
        assertEquals(Math.PI / 8, m.parameters().get("th"), 1e-15);
    }

    @Test
    void ketTimesBraIsAProjectorOnTheSitesNamed() throws ModelException {
        ModelInstance m = instance();
        Operator p = m.operator("ket(q1=1, q2=0)*bra(q2=0, q1=1)");
        assertEquals(0, distance(p, m.operator("proj(q1, 1)*proj(q2, 0)")), 1e-15);
        Operator bell = m.operator("ket(bell_psi_minus(q1, q2))*bra(bell_psi_minus(q1, q2))");
        assertEquals(0, distance(bell.times(bell), bell), 1e-15);
        assertEquals(2, bell.toDense().traceRe(), 1e-15);   // ⊗ I on q3
        Operator bySum = m.operator("(ket(q1=0, q2=1) - ket(q1=1, q2=0))*dag(ket(q1=0, q2=1) - ket(q1=1, q2=0))/2");
        assertEquals(0, distance(bell, bySum), 1e-15);
        // the order of the sites in bell_...(a, b) is a first: psi_minus(q2, q1) = -psi_minus(q1, q2), same projector
        assertEquals(0, distance(bell, m.operator("ket(bell_psi_minus(q2, q1))*bra(bell_psi_minus(q2, q1))")), 1e-15);
        assertEquals(0, distance(m.operator("(bra(q1=1)*ket(q1=1))*sz(q2)"), m.operator("sz(q2)")), 1e-15);
        Operator flipped = m.operator("sx(q1)*ket(q1=0, q2=0, q3=0)*bra(q1=0, q2=0, q3=0)");
        assertEquals(0, distance(flipped, m.operator("ket_bra(q1, 1, 0)*proj(q2, 0)*proj(q3, 0)")), 1e-15);
        // <100| sp(q1) = <000|
        assertEquals(0, distance(m.operator("ket(q1=0, q2=0, q3=0)*(bra(q1=1, q2=0, q3=0)*sp(q1))"),
                m.operator("proj(q1, 0)*proj(q2, 0)*proj(q3, 0)")), 1e-15);
    }

    @Test
    void ketsThatAreNotOperatorsAreRefused() {
        ModelException e = assertThrows(ModelException.class, () -> instance().operator("ket(q1=1) + sz(q1)"));
        assertTrue(e.getMessage().contains("ket"), e.getMessage());
        assertThrows(ModelException.class, () -> instance().operator("ket(q1=1)*bra(q2=1)"));
        assertThrows(ModelException.class, () -> instance().operator("ket(q1=2)*bra(q1=0)"));
        assertThrows(ModelException.class, () -> instance().operator("sz(q1=1)"));
        assertThrows(ModelException.class, () -> Model.parse(MODEL.replace("w/2*sz(q1)", "ket(q1=1)"), "m.yaml").instantiate(Map.of()));
    }

    /**
     * cos θ|01⟩ + sin θ|10⟩ ⊗ |0⟩ has C = sin 2θ; the filter K = tan θ |0⟩⟨0| + |1⟩⟨1| on q1 equalises
     * the amplitudes (C = 1 after filtering), succeeding with probability 2 sin²θ.
     */
    @Test
    void filteringConcentratesEntanglement() throws ModelException {
        ModelInstance m = instance();
        double th = Math.PI / 8;
        double[] re = new double[8];
        re[m.space().basisIndex(0, 1, 0)] = Math.cos(th);
        re[m.space().basisIndex(1, 0, 0)] = Math.sin(th);
        Map<String, Double> v = m.measure(States.pure(m.space(), re, new double[8]));
        assertEquals(Math.sin(2 * th), v.get("C"), 1e-12);
        assertEquals(1, v.get("C_filtered"), 1e-12);
        assertEquals(2 * Math.sin(th) * Math.sin(th), v.get("p_filter"), 1e-12);
        // a filter that never succeeds gives NaN, not an error
        DensityMatrix zero = States.basis(m.space(), 0, 0, 0);
        assertTrue(m.measure(zero).get("C_filtered") == 0 || Double.isNaN(m.measure(zero).get("C_filtered")));
    }

    /** For H = w/2 sz(q1): |+⟩ on q1 has C_l1 = 1 and C_re = 1 bit; the Gibbs state none. */
    @Test
    void coherenceInTheEnergyEigenbasis() throws ModelException {
        ModelInstance m = instance();
        double s = Math.sqrt(0.5);
        double[] re = new double[8];
        re[m.space().basisIndex(0, 0, 0)] = s;
        re[m.space().basisIndex(1, 0, 0)] = s;
        Map<String, Double> v = m.measure(States.pure(m.space(), re, new double[8]));
        assertEquals(1, v.get("l1E"), 1e-12);
        assertEquals(1, v.get("reE"), 1e-9);
        // |+⟩ on q2 is a superposition inside a degenerate level of H: no coherence between energies
        double[] re2 = new double[8];
        re2[m.space().basisIndex(0, 0, 0)] = s;
        re2[m.space().basisIndex(0, 1, 0)] = s;
        Map<String, Double> v2 = m.measure(States.pure(m.space(), re2, new double[8]));
        assertEquals(0, v2.get("l1E"), 1e-12);
        assertEquals(0, v2.get("reE"), 1e-9);
        Map<String, Double> g = m.gibbs(0.7).measures();
        assertEquals(0, g.get("l1E"), 1e-12);
        assertEquals(0, g.get("reE"), 1e-9);
        assertThrows(ModelException.class, () -> Model.parse(MODEL.replace("coherence_l1_energy()", "coherence_l1_energy(q1)"), "m.yaml")
                .instantiate(Map.of()));
    }

    /** The Java route to the Gibbs state equals the closed form of a single qubit: p_excited = 1/(1 + e^(w/T)). */
    @Test
    void gibbsOfAQubit() throws ModelException {
        DensityMatrix rho = instance().gibbs(0.5).state();
        CMatrix r = rho.matrix();
        double pe = 0;
        for (int i = 4; i < 8; i++) {
            pe += r.re(i, i);
        }
        assertEquals(1 / (1 + Math.exp(1 / 0.5)), pe, 1e-14);
    }
}
