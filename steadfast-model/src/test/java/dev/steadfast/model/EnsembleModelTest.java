package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.ensemble.EnsembleSystem;
import dev.steadfast.ensemble.LocalProcess;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An ensemble model ({@code e: {ensemble: N}}) is the same physics as the same file with
 * {@code e: {qubit: N}} solved on the full 2^N space by the ordinary path (N <= 5: at N = 6 the full-space LU of this model takes ~20 s): a permutation-invariant
 * generator has a permutation-invariant steady state, so every measure agrees.
 */
class EnsembleModelTest {
    /**
     * Every kind of ensemble term: collective H with products and h.c., a member sum in H, a
     * collective jump, a collective thermal bath, local lindblad emission, pumping and dephasing,
     * and a local thermal bath (emission at g(n+1), pumping at g n).
     */
    private static final String MODEL = """
            parameters: {N: 4, w0: 1.0, Omega: 0.5, chi: 0.2, eta: 0.1}
            sites:
              e: SITE
            hamiltonian: w0*jz(e) + Omega*jx(e) + chi*jz(e)^2 + (eta*jp(e)*jp(e)*(1 + 0.5*im) + h.c.) + 0.05*sum(i=1..N, sy(e[i]))
            dissipators:
              - {name: collective, type: lindblad, op: jm(e), rate: 0.7}
              - {name: cbath, type: thermal, op: "jm(e)", frequency: 1.0, temperature: 0.8, rate: 0.2}
              - {name: emission, type: lindblad, op: "sm(e[i])", rate: 0.3, for: i=1..N}
              - {name: pumping, type: lindblad, op: "sp(e[i])", rate: 0.4, for: i=1..N}
              - {name: dephasing, type: lindblad, op: "2*sz(e[k])", rate: 0.025, for: k=1..N}
              - {name: lbath, type: thermal, op: "sm(e[i])", frequency: 2.0, temperature: 1.5, rate: 0.1, for: i=1..N}
            measures:
              jz: expect(jz(e))
              jz2: expect(jz(e)*jz(e))
              jx: expect(jx(e))
              jyjz: expect_im(jy(e)*jz(e))
              purity: purity(e)
              S: entropy(e)
              C: concurrence(e[1], e[2])
              EN: negativity(e[1] | e[2])
              LN: log_negativity(e[2] | e[1])
              S1: entropy(e[1])
              one: expect(sz(e[2]) + 0.5*sx(e[1]))
              MI: mutual_information(e[1] | e[2])
            """;

    private static SolvedPoint solve(String kind, int n) throws ModelException {
        return Model.parse(MODEL.replace("SITE", kind), kind + ".yaml").instantiate(Map.of("N", (double) n))
                .solve(SteadyStateOptions.defaults());
    }

    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {2, 3, 5})
    void ensembleAgreesWithTheFullSpaceSolve(int n) throws ModelException {
        SolvedPoint ens = solve("{ensemble: N}", n);
        SolvedPoint full = solve("{qubit: N}", n);
        assertTrue(ens.isUnique() && full.isUnique());
        assertNotNull(ens.ensembleState());
        assertNull(ens.rho());
        assertNotNull(full.rho());
        assertEquals(full.measures().keySet(), ens.measures().keySet());
        for (String m : full.measures().keySet()) {
            assertEquals(full.measures().get(m), ens.measures().get(m), 1e-9, m + " at N = " + n);
        }
        // the model is not trivial: a mixed, polarised state with correlations
        assertTrue(full.measures().get("purity") < 0.9 && Math.abs(full.measures().get("jx")) > 1e-3, full.measures().toString());
    }

    @Test
    void pairConcurrenceOfAnEntangledSteadyStateAgrees() throws ModelException {
        // pure collective decay plus a weak drive (the cooperative resonance-fluorescence model) has an entangled pair state
        String text = "parameters: {N: 3}\nsites:\n  e: SITE\nhamiltonian: 0.3*jx(e)\n"
                + "dissipators:\n  - {type: lindblad, op: jm(e), rate: 1}\n  - {type: lindblad, op: \"sm(e[i])\", rate: 0.01, for: i=1..N}\n"
                + "measures:\n  C: concurrence(e[1], e[3])\n  jz2: expect(jz(e)^2)\n";
        SolvedPoint ens = Model.parse(text.replace("SITE", "{ensemble: N}"), "a.yaml").instantiate(Map.of()).solve();
        SolvedPoint full = Model.parse(text.replace("SITE", "{qubit: N}"), "b.yaml").instantiate(Map.of()).solve();
        assertTrue(full.measures().get("C") > 0.005, "entangled: " + full.measures());
        assertEquals(full.measures().get("C"), ens.measures().get("C"), 1e-9);
        assertEquals(full.measures().get("jz2"), ens.measures().get("jz2"), 1e-9);
    }

    @Test
    void localProcessesMapToTheEnsembleRates() throws ModelException {
        ModelInstance inst = Model.parse(MODEL.replace("SITE", "{ensemble: N}"), "e.yaml").instantiate(Map.of());
        assertTrue(inst.isEnsemble());
        EnsembleSystem s = inst.ensembleSystem();
        double n = 1 / Math.expm1(2.0 / 1.5);
        assertEquals(0.3 + 0.1 * (n + 1), s.localRate(LocalProcess.EMISSION), 1e-15);
        assertEquals(0.4 + 0.1 * n, s.localRate(LocalProcess.PUMPING), 1e-15);
        assertEquals(4 * 0.025, s.localRate(LocalProcess.DEPHASING), 1e-15);
        double nc = 1 / Math.expm1(1.0 / 0.8);
        assertEquals(3, s.collectiveJumps().size()); // jm at 0.7; the bath: jm at 0.2(n+1), jp at 0.2 n
        assertEquals(0.2 * (nc + 1), s.collectiveJumps().get(1).rate(), 1e-15);
        assertEquals(0.2 * nc, s.collectiveJumps().get(2).rate(), 1e-15);
    }

    @Test
    void ensembleModelsHaveNoFullSpaceSystem() throws ModelException {
        ModelInstance inst = Catalogue.find("dicke-driven").orElseThrow().instantiate(Map.of());
        IllegalStateException e = assertThrows(IllegalStateException.class, inst::system);
        assertTrue(e.getMessage().contains("ensemble") && e.getMessage().contains("solve"), e.getMessage());
        assertThrows(IllegalStateException.class, inst::space);
        ModelInstance ordinary = Catalogue.find("pumped-pair").orElseThrow().instantiate(Map.of());
        assertFalse(ordinary.isEnsemble());
        assertThrows(IllegalStateException.class, ordinary::ensembleSystem);
    }

    @Test
    void theSuperradiantCatalogueModelAgreesWithTheFullSpaceAtSixQubits() throws ModelException {
        // (the driven model at N = 6 costs ~7 s on the full space; N <= 5 is covered above)
        String text = Catalogue.find("superradiant-pumped").orElseThrow().sourceText()
                .replace("  jx2: expect(jx(e)^2)\n", "  jx2: expect(jx(e)^2)\n  C: concurrence(e[1], e[4])\n  P: purity(e)\n");
        SolvedPoint ens = Model.parse(text, "ens.yaml").instantiate(Map.of("N", 6.0)).solve();
        SolvedPoint full = Model.parse(text.replace("{ensemble: N}", "{qubit: N}"), "full.yaml").instantiate(Map.of("N", 6.0)).solve();
        assertEquals(64, full.rho().space().dimension());
        for (String m : full.measures().keySet()) {
            assertEquals(full.measures().get(m), ens.measures().get(m), 1e-9, m);
        }
    }

    /**
     * The benchmark ensemble (dicke-driven: drive, collective and local emission, pumping,
     * dephasing) at eight qubits, against the same file solved on the full 2^8 space (65,536
     * unknowns, no symmetry: the iterative route).
     */
    @Test
    void theDrivenCatalogueModelAgreesWithTheFullSpaceAtEightQubits() throws ModelException {
        String text = Catalogue.find("dicke-driven").orElseThrow().sourceText();
        text = text.substring(0, text.indexOf("reference:"));
        SolvedPoint ens = Model.parse(text, "ens.yaml").instantiate(Map.of("N", 8.0)).solve();
        SolvedPoint full = Model.parse(text.replace("{ensemble: N}", "{qubit: N}"), "full.yaml").instantiate(Map.of("N", 8.0)).solve();
        assertEquals(256, full.rho().space().dimension());
        for (String m : full.measures().keySet()) {
            assertEquals(full.measures().get(m), ens.measures().get(m), 1e-9, m);
        }
    }

    @Test
    void pumpingAloneGivesTheFullyExcitedCoherentSpinState() throws ModelException {
        // every qubit pumped to |1>: |j = N/2, m = N/2>, a coherent spin state: xi^2 = 1 (both), pure, no entanglement
        String text = "parameters: {N: 40}\nsites: {e: {ensemble: N}}\ndissipators:\n"
                + "  - {type: lindblad, op: \"sp(e[i])\", rate: 1, for: i=1..N}\nmeasures:\n  jz: expect(jz(e))\n"
                + "  ku: squeezing_ku(e)\n  wineland: squeezing_wineland(e)\n  purity: purity(e)\n  S: entropy(e)\n"
                + "  C: concurrence(e[1], e[2])\n  coh: coherence_l1(e)\n  P1: expect(sz(e[1]))\n";
        SolvedPoint p = Model.parse(text, "pumped.yaml").instantiate(Map.of()).solve();
        Map<String, Double> m = p.measures();
        assertEquals(20, m.get("jz"), 1e-9);
        assertEquals(1, m.get("ku"), 1e-9);
        assertEquals(1, m.get("wineland"), 1e-9);
        assertEquals(1, m.get("purity"), 1e-9);
        assertEquals(0, m.get("S"), 1e-7);
        assertEquals(0, m.get("C"), 1e-9);
        assertEquals(0, m.get("coh"), 1e-9);
        assertEquals(1, m.get("P1"), 1e-9); // one member's <sz>: every member is excited
    }

    @Test
    void largeEnsemblesAreCheapAndTheSqueezingParametersAreConsistent() throws ModelException {
        Model m = Catalogue.find("dicke-driven").orElseThrow();
        assertEquals(Math.pow(2, 10), m.hilbertDimension(Map.of()), 0);
        String text = m.sourceText().replace("  C: concurrence(e[1], e[2])\n", "  C: concurrence(e[1], e[2])\n  ku: squeezing_ku(e)\n"
                + "  wineland: squeezing_wineland(e)\n  jx: expect(jx(e))\n  jy: expect(jy(e))\n  jz: expect(jz(e))\n");
        SolvedPoint p = Model.parse(text, "d.yaml").instantiate(Map.of("N", 60.0)).solve();
        assertTrue(p.isUnique());
        Map<String, Double> r = p.measures();
        double mean2 = r.get("jx") * r.get("jx") + r.get("jy") * r.get("jy") + r.get("jz") * r.get("jz");
        // xi_R^2 = N V / |<J>|^2 and xi_S^2 = 4 V / N, so xi_R^2 = xi_S^2 N^2 / (4 |<J>|^2)
        assertEquals(r.get("ku") * 3600 / (4 * mean2), r.get("wineland"), 1e-10 * r.get("wineland"));
        assertTrue(r.get("purity") < 1 && r.get("purity") > 0, r.toString());
    }
}
