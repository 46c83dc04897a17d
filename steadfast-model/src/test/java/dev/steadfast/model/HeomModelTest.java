package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models with {@code type: heom} baths: reading, combination with Lindblad entries, convergence report, errors. */
class HeomModelTest {
    private static final String HEAD = """
            format: 1
            parameters: {w: 1.5, lam: 0.001, Th: 1.0, Tc: 0.25}
            sites:
              q: qubit
            hamiltonian: w/2*sz(q)
            dissipators:
            """;
    private static final String HOT = "  - {name: hot, type: heom, coupling: sx(q), spectrum: drude_lorentz, lambda: lam, gamma: 1.0, "
            + "temperature: Th, terms: 2, depth: 3}\n";

    private static SolvedPoint solve(String text) throws ModelException {
        return Model.parse(text, "m.yaml").instantiate(Map.of()).solve();
    }

    @Test
    void weakHeomBathNextToAThermalEntryAgreesWithTwoThermalEntries() throws ModelException {
        // weak coupling: the heom bath acts as a thermal dissipator of rate 2 J(w), J = 2 lam gamma w / (w^2 + gamma^2)
        double rate = 2 * 2 * 0.001 * 1.0 * 1.5 / (1.5 * 1.5 + 1);
        String cold = "  - {name: cold, type: thermal, op: sm(q), frequency: w, temperature: Tc, rate: 0.002}\n";
        String measures = "measures:\n  sz: expect(sz(q))\n  Jh: heat_current(hot)\n  Jc: heat_current(cold)\n";
        SolvedPoint heom = solve(HEAD + HOT + cold + measures);
        SolvedPoint lindblad = solve(HEAD + "  - {name: hot, type: thermal, op: sm(q), frequency: w, temperature: Th, rate: "
                + rate + "}\n" + cold + measures);
        assertInstanceOf(HeomModel.class, Model.parse(HEAD + HOT + cold + measures, "m.yaml").instantiate(Map.of()).kind());
        assertEquals(lindblad.measures().get("sz"), heom.measures().get("sz"), 2e-3);
        assertEquals(lindblad.measures().get("Jh"), heom.measures().get("Jh"), 0.02 * Math.abs(lindblad.measures().get("Jh")));
        assertEquals(0, heom.measures().get("Jh") + heom.measures().get("Jc"), 0.02 * Math.abs(heom.measures().get("Jh")));
    }

    @Test
    void convergenceReportSolvesDepthMinusOneAndTermsMinusOne() throws ModelException {
        SolvedPoint p = Catalogue.find("qubit-two-heom-baths").orElseThrow().instantiate(Map.of()).solve();
        assertEquals(2, p.convergence().size());
        assertEquals("depth 3", p.convergence().get(0).label());
        assertEquals("terms - 1", p.convergence().get(1).label());
        assertTrue(p.convergence().get(0).maxChange() < 1e-3, p.convergence().toString());
        assertEquals(p.measures().keySet(), p.convergence().get(0).measures().keySet());
    }

    @Test
    void depthsMustAgree() {
        ModelException e = ModelErrors.failure(HEAD + HOT + "  - {name: cold, type: heom, coupling: sx(q), spectrum: "
                + "drude_lorentz, lambda: lam, gamma: 1.0, temperature: Tc, terms: 2, depth: 4}\n");
        ModelErrors.assertMessage(e, 8, "dissipators[2] (cold)", "depth 4", "depth 3");
    }

    @Test
    void underdampedNeedsGammaBelowTwiceW0() {
        ModelException e = ModelErrors.failure(HEAD + "  - {type: heom, coupling: sz(q), spectrum: underdamped, lambda: 0.1, "
                + "gamma: 3, w0: 1, temperature: 1, terms: 1, depth: 2}\n");
        ModelErrors.assertMessage(e, 7, "dissipators[1]", "gamma < 2 w0");
    }

    @Test
    void refusedNextToBlochRedfieldBaths() {
        ModelException e = ModelErrors.failure(HEAD + HOT + "  - {type: global, coupling: sx(q), spectrum: ohmic, alpha: 0.01, "
                + "cutoff: 5, temperature: 1, form: redfield}\n");
        ModelErrors.assertMessage(e, 7, "dissipators[1] (hot)", "Bloch-Redfield");
    }

    @Test
    void missingDepthAndBadTermsNameTheLine() {
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "  - {type: heom, coupling: sx(q), spectrum: drude_lorentz, "
                + "lambda: 0.1, gamma: 1, temperature: 1, terms: 1}\n"), 7, "dissipators[1]", "missing 'depth'");
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "  - {type: heom, coupling: sx(q), spectrum: drude_lorentz, "
                + "lambda: 0.1, gamma: 1, temperature: 1, terms: 1.5, depth: 2}\n"), 7, "dissipators[1]", "terms", "whole number");
        ModelErrors.assertMessage(ModelErrors.failure(HEAD + "  - {type: heom, coupling: sy(q)*sx(q), spectrum: drude_lorentz, "
                + "lambda: 0.1, gamma: 1, temperature: 1, terms: 1, depth: 2}\n"), 7, "dissipators[1]", "Hermitian");
    }

    @Test
    void heatCurrentOfAnUnknownBathListsTheHeomBaths() {
        ModelException e = ModelErrors.failure(HEAD + HOT + "measures:\n  J: heat_current(warm)\n");
        assertTrue(e.getMessage().contains("hot"), e.getMessage());
        assertTrue(e.getMessage().contains("warm"), e.getMessage());
    }
}
