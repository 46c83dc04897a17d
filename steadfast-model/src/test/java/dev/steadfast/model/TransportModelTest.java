package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.liouville.LindbladGenerator;
import dev.steadfast.liouville.Symmetry;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fermion sites, leads and transport measures read from model files: physics, and bad input named by line. */
class TransportModelTest {
    /** A Coulomb-coupled serial double dot with an extra qubit, three leads at different T and μ. */
    private static final String DOUBLE_DOT = """
            parameters:
              e1: 0.3
              e2: -0.2
              U: 0.6
              tc: 0.25
            sites:
              q: qubit
              d: {fermion: 2}
            hamiltonian: e1*n(d[1]) + e2*n(d[2]) + U*n(d[1])*n(d[2]) + tc*(cdag(d[1])*c(d[2]) + h.c.) + 0.1*sz(q)*n(d[2])
            dissipators:
              - {name: L, type: lead, op: "c(d[1])", energy: e1, mu: 0.8, temperature: 0.3, rate: 0.4}
              - {name: R, type: lead, op: "c(d[2])", energy: e2, chemical_potential: -0.7, temperature: 0.1, rate: 0.5}
              - {name: B, type: lead, op: "c(d[2])", energy: e2 + U, chemical_potential: 0.1, temperature: 1.0, rate: 0.2}
              - {name: cool, type: thermal, op: sm(q), frequency: 0.2, temperature: 0.05, rate: 0.3}
            measures:
              NL: particle_current(L)
              NR: particle_current(R)
              NB: particle_current(B)
              Ncool: particle_current(cool)
              EL: energy_current(L)
              ER: energy_current(R)
              EB: energy_current(B)
              Ecool: energy_current(cool)
              QL: heat_current(L)
              QR: heat_current(R)
              QB: heat_current(B)
              Qcool: heat_current(cool)
              sigma: entropy_production()
              P: power()
              mean: current_cumulant(L, 1)
              anti: expect(c(d[1])*cdag(d[2]) + cdag(d[2])*c(d[1]))
              tur: tur(R)
            """;

    @Test
    void firstLawParticleConservationAndTheSecondLawHoldInTheSteadyState() throws ModelException {
        SolvedPoint p = Model.parse(DOUBLE_DOT, "dd.yaml").instantiate(Map.of()).solve(SteadyStateOptions.defaults());
        Map<String, Double> m = p.measures();
        assertEquals(0, m.get("EL") + m.get("ER") + m.get("EB") + m.get("Ecool"), 1e-12, "Σ energy currents");
        assertEquals(0, m.get("NL") + m.get("NR") + m.get("NB"), 1e-12, "Σ particle currents over the leads");
        assertEquals(m.get("EL") - 0.8 * m.get("NL"), m.get("QL"), 1e-13);
        assertEquals(m.get("QL") + m.get("QR") + m.get("QB") + m.get("Qcool"), m.get("P"), 1e-13);
        assertEquals(-(m.get("QL") / 0.3 + m.get("QR") / 0.1 + m.get("QB") / 1.0 + m.get("Qcool") / 0.05), m.get("sigma"), 1e-12);
        assertTrue(m.get("sigma") > 0);
        assertEquals(m.get("NL"), m.get("mean"), 1e-12, "the first cumulant is the particle current");
        assertEquals(0, m.get("anti"), 1e-14, "{c_1, c_2†} = 0");
        assertTrue(Math.abs(m.get("NL")) > 1e-3, "a current flows");
    }

    @Test
    void particleNumberIsTheChargeOfTheSymmetrySector() throws ModelException {
        ModelInstance i = Model.parse(DOUBLE_DOT, "dd.yaml").instantiate(Map.of());
        assertTrue(LindbladGenerator.of(i.system()).symmetry() instanceof Symmetry.ChargeNeutral);
    }

    private static final String HEAD = "sites:\n  q: qubit\n  d: fermion\n  b: {boson: 3}\n  f: {fermion: 2}\n";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "cdag on a qubit;   hamiltonian: cdag(q)*c(d) + h.c.;       6; hamiltonian; cdag needs a fermion, but q is a qubit",
        "c on a boson;      hamiltonian: c(b) + cdag(b);            6; hamiltonian; c needs a fermion, but b is a boson",
        "collective fermions; hamiltonian: jz(f);                   6; hamiltonian; jz of a whole array needs qubits, but f is an array of fermions",
        "qubit op on fermion; hamiltonian: sz(d);                   6; hamiltonian; sz needs a qubit, but d is a fermion",
        "lead adds;         dissipators:\\n  - {name: L, type: lead, op: cdag(d), energy: 0, mu: 0, temperature: 1, rate: 1}; 7; "
                + "dissipators[1] (L); must remove exactly one particle",
        "lead removes two;  dissipators:\\n  - {name: L, type: lead, op: c(d)*sm(q), energy: 0, mu: 0, temperature: 1, rate: 1}; 7; "
                + "dissipators[1] (L); must remove exactly one particle",
        "lead without mu;   dissipators:\\n  - {name: L, type: lead, op: c(d), energy: 0, temperature: 1, rate: 1}; 7; "
                + "dissipators[1] (L); missing 'chemical_potential'",
        "mu on a boson bath; dissipators:\\n  - {name: h, type: thermal, op: a(b), frequency: 1, temperature: 1, rate: 1, "
                + "chemical_potential: 0.2}; 7; dissipators[1] (h); has no chemical potential",
        "negative lead T;   dissipators:\\n  - {name: L, type: lead, op: c(d), energy: 0, mu: 0, temperature: -1, rate: 1}; 7; "
                + "dissipators[1] (L); temperature must be",
        "cumulant of nothing; dissipators:\\n  - {name: L, type: lead, op: c(d), energy: 0, mu: 0, temperature: 1, rate: 1}\\n"
                + "measures:\\n  k: current_cumulant(X, 2); 9; measures.k; unknown bath 'X'",
        "cumulant order 0;  dissipators:\\n  - {name: L, type: lead, op: c(d), energy: 0, mu: 0, temperature: 1, rate: 1}\\n"
                + "measures:\\n  k: current_cumulant(L, 0); 9; measures.k; order must be an integer >= 1",
        "noise of nothing;  measures:\\n  k: current_noise(L); 7; measures.k; unknown bath 'L'"})
    void badTransportInputNamesTheLineAndEntry(String what, String body, int line, String entry, String expected) {
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + body.replace("\\n", "\n") + "\n"), line, entry, expected);
    }

    private static final String SITES = """
            parameters: {e1: 0.1, e2: 0.3, U: 0.8, T: 0.25}
            sites:
              d1: fermion
              d2: fermion
            hamiltonian: e1*n(d1) + e2*n(d2) + U*n(d1)*n(d2)
            """;
    private static final String MEASURES = """
            measures:
              N: particle_current(L)
              E: energy_current(L)
              Q: heat_current(L)
              s: entropy_production()
              noise: current_noise(L)
              k3: current_cumulant(L, 3)
              e2: energy_cumulant(H, 2)
            """;

    /** A global fermionic bath on Coulomb-coupled dots is the local lead pair at ε and ε + U, conditioned on the other dot. */
    @Test
    void globalFermionicBathsSeeEachTransitionEnergyWithItsOwnFermiFactor() throws ModelException {
        String global = SITES + """
                dissipators:
                  - {name: L, type: global, statistics: fermi, coupling: c(d1), spectrum: flat, rate: 0.3, temperature: T, chemical_potential: 0.6}
                  - {name: R, type: global, statistics: fermi, coupling: c(d1), spectrum: flat, rate: 0.5, temperature: T, mu: -0.4}
                  - {name: H, type: global, statistics: fermi, coupling: c(d2), spectrum: flat, rate: 0.2, temperature: 1.5, mu: 0.3}
                """ + MEASURES;
        StringBuilder local = new StringBuilder(SITES + "dissipators:\n");
        String[][] leads = {{"L", "d1", "d2", "e1", "0.3", "T", "0.6"}, {"R", "d1", "d2", "e1", "0.5", "T", "-0.4"},
            {"H", "d2", "d1", "e2", "0.2", "1.5", "0.3"}};
        for (String[] l : leads) {
            local.append(String.format("  - {name: %s, type: lead, op: \"c(%s)*(1 - n(%s))\", energy: %s, rate: %s, temperature: %s, mu: %s}%n",
                    l[0], l[1], l[2], l[3], l[4], l[5], l[6]));
            local.append(String.format("  - {name: %s, type: lead, op: \"c(%s)*n(%s)\", energy: %s + U, rate: %s, temperature: %s, mu: %s}%n",
                    l[0], l[1], l[2], l[3], l[4], l[5], l[6]));
        }
        local.append(MEASURES);
        Map<String, Double> g = Model.parse(global, "g.yaml").instantiate(Map.of()).solve(SteadyStateOptions.defaults()).measures();
        Map<String, Double> l = Model.parse(local.toString(), "l.yaml").instantiate(Map.of()).solve(SteadyStateOptions.defaults()).measures();
        for (String k : g.keySet()) {
            assertEquals(l.get(k), g.get(k), 1e-12, k);
        }
        assertTrue(Math.abs(g.get("N")) > 1e-3);
    }

    @Test
    void aBosonicGlobalBathHasNoChemicalPotential() {
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "dissipators:\n  - {name: B, type: global, coupling: sx(q), "
                + "spectrum: flat, rate: 1, temperature: 1, chemical_potential: 0}\n"), 7, "dissipators[1] (B)", "no chemical potential");
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "dissipators:\n  - {name: B, type: global, statistics: fermi, "
                + "coupling: c(d), spectrum: flat, rate: 1, temperature: 1}\n"), 7, "dissipators[1] (B)", "missing 'chemical_potential'");
    }
}
