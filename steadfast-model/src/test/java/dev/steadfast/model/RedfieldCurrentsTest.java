package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Heat and particle currents of Bloch–Redfield baths, from each bath's own part of the generator:
 * conserved in the steady state (the first law), flowing from hot to cold, and at weak coupling equal
 * to those of the Davies (secular Lindblad) form of the same baths.
 */
class RedfieldCurrentsTest {
    private static final String MODEL = """
            parameters: {w: 1.0, alpha: 0.001, Th: 1.0, Tc: 0.3}
            sites: {q1: qubit, q2: qubit}
            hamiltonian: w/2*sz(q1) + 1.3*w/2*sz(q2) + 0.2*(sx(q1)*sx(q2) + sy(q1)*sy(q2))
            dissipators:
              - {type: global, name: hot, coupling: sx(q1), spectrum: ohmic, alpha: alpha, cutoff: 10, temperature: Th, form: FORM}
              - {type: global, name: cold, coupling: sx(q2), spectrum: ohmic, alpha: alpha, cutoff: 10, temperature: Tc, form: FORM}
            measures:
              Jh: heat_current(hot)
              Jc: heat_current(cold)
              Eh: energy_current(hot)
              Nh: particle_current(hot)
              Nc: particle_current(cold)
            """;

    private static Map<String, Double> solve(String form) throws ModelException {
        SolvedPoint p = Model.parse(MODEL.replace("FORM", form), form + ".yaml").instantiate(Map.of()).solve();
        assertTrue(p.isUnique());
        return p.measures();
    }

    @Test
    void currentsAreConservedAndFlowFromHotToCold() throws ModelException {
        Map<String, Double> r = solve("redfield");
        assertTrue(r.get("Jh") > 0, "heat flows in from the hot bath: " + r);
        assertEquals(0, r.get("Jh") + r.get("Jc"), 1e-12 * Math.abs(r.get("Jh")) + 1e-16, "first law: " + r);
        assertEquals(r.get("Jh"), r.get("Eh"), 0, "a bosonic bath: heat = energy");
        assertEquals(0, r.get("Nh") + r.get("Nc"), 1e-12 * Math.abs(r.get("Nh")) + 1e-16, "excitations conserved: " + r);
    }

    @Test
    void weakCouplingAgreesWithTheDaviesForm() throws ModelException {
        Map<String, Double> redfield = solve("redfield");
        Map<String, Double> davies = solve("davies");
        assertEquals(davies.get("Jh"), redfield.get("Jh"), 0.05 * Math.abs(davies.get("Jh")), redfield + " vs " + davies);
    }

    @Test
    void countingStatisticsOfARedfieldBathAreRefusedNamingIt() {
        ModelException e = org.junit.jupiter.api.Assertions.assertThrows(ModelException.class,
                () -> Model.parse(MODEL.replace("FORM", "redfield").replace("Nc: particle_current(cold)", "F: fano(cold)"),
                        "f.yaml").instantiate(Map.of()));
        assertTrue(e.getMessage().contains("fano(cold)"), e.getMessage());
    }
}
