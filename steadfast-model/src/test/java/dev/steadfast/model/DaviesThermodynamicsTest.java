package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Global (Davies) baths carry their Bohr frequencies and temperature: the entropy production counts
 * them, and their energy can be counted. A qubit between a hot and a cold Davies bath: the heat
 * currents are equal and opposite, σ = J_h (1/T_c − 1/T_h) > 0, and the first energy cumulant of a
 * bath is its heat current (each jump carries ±ω; the particle cumulant times ω is the same).
 */
class DaviesThermodynamicsTest {
    private static final String MODEL = """
            parameters: {w: 1.3, Th: 2.0, Tc: 0.4}
            sites: {q: qubit}
            hamiltonian: w/2*sz(q)
            dissipators:
              - {type: global, name: hot, coupling: sx(q), spectrum: ohmic, alpha: 0.01, cutoff: 10, temperature: Th}
              - {type: global, name: cold, coupling: sx(q), spectrum: ohmic, alpha: 0.02, cutoff: 10, temperature: Tc}
            measures:
              Jh: heat_current(hot)
              Jc: heat_current(cold)
              sigma: entropy_production()
              E1: energy_cumulant(hot, 1)
              N1: current_cumulant(hot, 1)
              E2: energy_cumulant(hot, 2)
              N2: current_cumulant(hot, 2)
            """;

    @Test
    void entropyProductionAndEnergyCountingOfDaviesBaths() throws ModelException {
        SolvedPoint p = Model.parse(MODEL, "davies.yaml").instantiate(Map.of()).solve();
        Map<String, Double> m = p.measures();
        double jh = m.get("Jh");
        assertTrue(jh > 0, m.toString());
        assertEquals(-jh, m.get("Jc"), 1e-14);
        assertEquals(jh * (1 / 0.4 - 1 / 2.0), m.get("sigma"), 1e-12 * Math.abs(jh));
        assertEquals(jh, m.get("E1"), 1e-12 * Math.abs(jh));
        assertEquals(1.3 * m.get("N1"), m.get("E1"), 1e-12 * Math.abs(jh));
        assertEquals(1.3 * 1.3 * m.get("N2"), m.get("E2"), 1e-12 * Math.abs(m.get("E2")));
    }
}
