package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code type: generalized_thermal}: a total rate γ and an excited fraction r (emission γ(1−r), absorption γr). */
class GeneralizedThermalTest {

    /**
     * The thermal machine of Brask et al. (2015) written in its own (γ, r) form: G_i = rate_i(2n_i + 1),
     * r_i = n_i/(2n_i + 1), reproduces the closed-form values of the catalogue model (Th = 5, Tc = 0).
     */
    @Test
    void brasksMachineInTheGammaRForm() throws ModelException {
        String yaml = """
                parameters: {w: 1.0, g: 0.1, gh: 0.01, gc: 1.0, Th: 5.0}
                sites: {q1: qubit, q2: qubit}
                hamiltonian: w/2*(sz(q1) + sz(q2)) + g*(sp(q1)*sm(q2) + h.c.)
                dissipators:
                  - {name: hot, type: generalized_thermal, op: sm(q1), rate: "gh*(2/(exp(w/Th) - 1) + 1)",
                     excited_fraction: "(1/(exp(w/Th) - 1))/(2/(exp(w/Th) - 1) + 1)"}
                  - {name: cold, type: generalized_thermal, op: sm(q2), rate: gc, excited_fraction: 0}
                measures:
                  C: concurrence(q1, q2)
                  Jh: heat_current(hot)
                """;
        SolvedPoint p = Model.parse(yaml, "brask.yaml").instantiate(Map.of()).solve();
        assertEquals(0.0815230371272067, p.measures().get("C"), 1e-9);
        assertEquals(0.0117001822973693, p.measures().get("Jh"), 1e-10);
    }

    /** A qubit in a (γ, r) bath relaxes to p_excited = r; r = 1/2 is the infinite-temperature bath. */
    @Test
    void aQubitRelaxesToTheExcitedFraction() throws ModelException {
        String yaml = """
                parameters: {r: 0.3}
                sites: {q: qubit}
                hamiltonian: sz(q)/2
                dissipators:
                  - {name: bath, type: generalized_thermal, op: sm(q), rate: 0.2, excited_fraction: r}
                measures:
                  pe: expect(proj(q, 1))
                """;
        Model m = Model.parse(yaml, "qubit.yaml");
        for (double r : new double[] {0, 0.3, 0.5, 0.9, 1}) {
            assertEquals(r, m.instantiate(Map.of("r", r)).solve().measures().get("pe"), 1e-12, "r = " + r);
        }
        ModelException e = assertThrows(ModelException.class, () -> m.instantiate(Map.of("r", 1.5)));
        assertTrue(e.getMessage().contains("excited fraction must be in [0, 1]"), e.getMessage());
        ModelException missing = assertThrows(ModelException.class, () -> Model.parse(yaml.replace(", excited_fraction: r", ""), "q.yaml"));
        assertTrue(missing.getMessage().contains("missing 'excited_fraction'"), missing.getMessage());
    }
}
