package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code principal_value: false} on a Bloch–Redfield bath: QuTiP's brmesolve convention. On the
 * qubit of Guarnieri, Kolar & Filip (PRL 121, 070401, 2018), H = w/2 sz, A = (sx + sz)/√2, ohmic,
 * T = 0, the steady coherence ⟨sx⟩ = −2α sin 2θ e^(w/wc) E1(w/wc) comes from the principal-value
 * part alone: without it the first order vanishes (what remains is O(α²)).
 */
class PrincipalValueOptionTest {
    private static final String MODEL = """
            parameters: {w: 1.0, alpha: 0.001, wc: 5.0}
            sites: {q: qubit}
            hamiltonian: w/2*sz(q)
            dissipators:
              - {type: global, name: bath, coupling: "(sx(q) + sz(q))/sqrt(2)", spectrum: ohmic, alpha: alpha, cutoff: wc,
                 temperature: 0, form: redfield PV}
            measures:
              sx: expect(sx(q))
            """;

    private static double sx(String pv) throws ModelException {
        String yaml = MODEL.replace(" PV", pv.isEmpty() ? "" : ", principal_value: " + pv);
        return Model.parse(yaml, "guarnieri.yaml").instantiate(Map.of()).solve().measures().get("sx");
    }

    @Test
    void droppingThePrincipalValueRemovesTheFirstOrderCoherence() throws ModelException {
        double e1 = 1.2226505441838; // E1(1/5)
        double firstOrder = -2 * 0.001 * Math.exp(0.2) * e1;
        assertEquals(firstOrder, sx(""), 1e-2 * Math.abs(firstOrder));
        assertEquals(sx(""), sx("true"), 0);
        assertTrue(Math.abs(sx("false")) < 1e-2 * Math.abs(firstOrder), "sx = " + sx("false"));
    }

    @Test
    void principalValueBelongsToTheRedfieldForm() {
        ModelException e = assertThrows(ModelException.class,
                () -> Model.parse(MODEL.replace(", form: redfield PV", ", principal_value: false"), "g.yaml"));
        assertTrue(e.getMessage().contains("principal_value applies to form: redfield"), e.getMessage());
    }
}
