package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code type: reaction_coordinate}: the mapped mode next to the exact HEOM, the residual bath, errors. */
class ReactionCoordinateModelTest {
    private static final String MODEL = """
            format: 1
            parameters: {eps: 1.0, Delta: 0.5, T: 0.5, Th: 0.5}
            sites: {q: qubit}
            hamiltonian: eps/2*sz(q) + Delta/2*sx(q)
            dissipators:
              - {name: mode, type: reaction_coordinate, coupling: sz(q), lambda: 0.2, gamma: 0.4, w0: 1.2, temperature: T, levels: 6}
            measures:
              sz: expect(sz(q))
              sx: expect(sx(q))
              J: heat_current(mode)
            """;

    @Test
    void agreesWithTheExactHierarchyOfTheSameUnderdampedBath() throws ModelException {
        ModelInstance rc = Model.parse(MODEL, "rc.yaml").instantiate(Map.of());
        assertInstanceOf(LindbladModel.class, rc.kind());
        assertEquals(2 * 6, rc.space().dimension(), "qubit and a 6-level mode");
        SolvedPoint p = rc.solve();
        // QuTiP 4.7.1 HEOMSolver, UnderDampedBath(lam=0.2, gamma=0.4, w0=1.2, T=0.5, Nk=1), max_depth=4
        // (steadfast-core/src/test/resources/dev/steadfast/heom/qutip_heom_reference.py, case 3)
        assertEquals(-0.7222221341358726, p.measures().get("sz"), 5e-4);
        assertEquals(-0.3554362786506534, p.measures().get("sx"), 5e-4);
        assertEquals(0, p.measures().get("J"), 1e-12);
    }

    @Test
    void theModeIsASiteAndTheResidualBathAGlobalOne() throws ModelException {
        ModelInstance rc = Model.parse(MODEL, "rc.yaml").instantiate(Map.of());
        assertEquals(2, rc.space().size());
        assertEquals("rc_mode", rc.space().site(1).name());
    }

    @Test
    void onlyUnderdampedSpectraMap() {
        ModelException e = ModelErrors.failure(MODEL.replace("type: reaction_coordinate,",
                "type: reaction_coordinate, spectrum: drude_lorentz,"));
        ModelErrors.assertMessage(e, 6, "dissipators[1] (mode)", "underdamped");
        e = ModelErrors.failure(MODEL.replace("levels: 6}", "levels: 6, depth: 3}"));
        assertTrue(e.getMessage().contains("unknown key 'depth'"), e.getMessage());
    }

    /**
     * With {@code reorganisation: true} the mapping adds the bath's reorganisation energy
     * λ²/(2ω0²) Q² (here Q = proj(q, 1), Q² = Q): the same as writing that term into H by hand.
     */
    @Test
    void theReorganisationTermIsLambdaSquaredOverTwoOmegaSquaredQSquared() throws ModelException {
        String base = MODEL.replace("coupling: sz(q)", "coupling: \"proj(q, 1)\"");
        SolvedPoint with = Model.parse(base.replace("levels: 6}", "levels: 6, reorganisation: true}"), "a.yaml")
                .instantiate(Map.of()).solve();
        SolvedPoint byHand = Model.parse(base.replace("hamiltonian: eps/2*sz(q) + Delta/2*sx(q)",
                "hamiltonian: eps/2*sz(q) + Delta/2*sx(q) + 0.2^2/(2*1.2^2)*proj(q, 1)"), "b.yaml").instantiate(Map.of()).solve();
        SolvedPoint without = Model.parse(base, "c.yaml").instantiate(Map.of()).solve();
        for (String m : new String[] {"sz", "sx"}) {
            assertEquals(byHand.measures().get(m), with.measures().get(m), 1e-12, m);
        }
        assertTrue(Math.abs(with.measures().get("sz") - without.measures().get("sz")) > 1e-4, "the term matters");
    }
}
