package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.gaussian.UnstableDriftException;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models of oscillators: Gaussian solves, their agreement with the Fock route of the same file, and their errors. */
class GaussianModelTest {

    private static SolvedPoint solve(String yaml, Map<String, Double> at) throws ModelException {
        return Model.parse(yaml, "test.yaml").instantiate(at).solve(SteadyStateOptions.defaults());
    }

    @Test
    void squeezedReservoirAgreesWithTheSameFileWithTruncatedBosons() throws ModelException {
        String text = Catalogue.find("squeezed-reservoir-pair").orElseThrow().sourceText();
        Map<String, Double> at = Map.of("r", 0.3);
        SolvedPoint g = solve(text, at);
        assertInstanceOf(GaussianModel.class, Model.parse(text, "x.yaml").instantiate(at).kind());
        SolvedPoint f = solve(text.replace(": oscillator", ": {boson: 12}"), at);
        for (String m : g.measures().keySet()) {
            assertEquals(f.measures().get(m), g.measures().get(m), 1e-5, m);
        }
        assertTrue(g.gaussianState() != null);
    }

    @Test
    void heatCurrentsOfAPairBetweenAHotAndAColdBathAgreeWithTheFockRoute() throws ModelException {
        String yaml = """
                parameters: {w: 1.0, J: 0.3, k: 0.2, Th: 0.6, Tc: 0.3, F: 0.1}
                sites: {c1: oscillator, c2: oscillator}
                hamiltonian: w*n(c1) + 1.1*w*n(c2) + J*(adag(c1)*a(c2) + h.c.) + 0.05*(adag(c1)*adag(c2) + h.c.) + F*x(c1)
                dissipators:
                  - {name: hot, type: thermal, op: a(c1), frequency: w, temperature: Th, rate: k}
                  - {name: cold, type: thermal, op: a(c2), frequency: w, temperature: Tc, rate: k}
                  - {name: cold, type: lindblad, op: 0.5*a(c2) + 0.2*adag(c1), rate: 0.1}
                measures:
                  Jh: heat_current(hot)
                  Jc: heat_current(cold)
                  n2: expect(n(c2))
                """;
        Map<String, Double> g = solve(yaml, Map.of()).measures();
        Map<String, Double> f = solve(yaml.replace(": oscillator", ": {boson: 11}"), Map.of()).measures();
        for (String m : g.keySet()) {
            assertEquals(f.get(m), g.get(m), 1e-6, m);
        }
        assertTrue(g.get("Jh") > 0, "heat flows in from the hot bath");
    }

    @Test
    void drivenCavityAsAnOscillatorHasTheCoherentAmplitude() throws ModelException {
        String yaml = """
                parameters: {Delta: 0.3, F: 0.2, kappa: 1.0}
                sites: {c: oscillator}
                hamiltonian: Delta*n(c) + F*(a(c) + adag(c))
                dissipators:
                  - {type: lindblad, op: a(c), rate: kappa}
                measures:
                  n: expect(n(c))
                  re_a: expect(a(c))
                  im_a: expect_im(a(c))
                  x2: expect(x(c)^2)
                  sq: squeezing(c)
                """;
        Map<String, Double> m = solve(yaml, Map.of()).measures();
        double den = 0.09 + 0.25;
        assertEquals(0.04 / den, m.get("n"), 1e-12);
        assertEquals(-0.2 * 0.3 / den, m.get("re_a"), 1e-12);
        assertEquals(-0.2 * 0.5 / den, m.get("im_a"), 1e-12);
        assertEquals(0.5 + 2 * Math.pow(-0.2 * 0.3 / den, 2), m.get("x2"), 1e-12); // <x>^2 + 1/2, <x> = √2 Re<a>
        assertEquals(1, m.get("sq"), 1e-12);
    }

    @Test
    void arraysLoopsAndThermalBathsOfAChain() throws ModelException {
        String yaml = """
                parameters: {N: 6, J: 0.4, k: 0.3, T: 0.8}
                sites: {r: {oscillator: N}}
                hamiltonian: sum(i=1..N, n(r[i])) + J*sum(i=1..N-1, adag(r[i])*a(r[i+1]) + h.c.)
                dissipators:
                  - {type: thermal, op: "a(r[i])", frequency: 1, temperature: T, rate: k, for: i=1..N}
                measures:
                  n3: expect(n(r[3]))
                  s: entropy(r[1])
                  en: log_negativity(r[1] | r[2])
                """;
        Map<String, Double> m = solve(yaml, Map.of()).measures();
        double nbar = 1 / (Math.exp(1 / 0.8) - 1); // equal local baths and passive couplings: each mode thermal
        assertEquals(nbar, m.get("n3"), 1e-12);
        assertEquals(((nbar + 1) * Math.log(nbar + 1) - nbar * Math.log(nbar)) / Math.log(2), m.get("s"), 1e-12);
        assertEquals(0, m.get("en"), 1e-12);
    }

    @Test
    void aParametricAmplifierAboveThresholdIsUnstable() throws ModelException {
        String yaml = """
                parameters: {g: 0.8, kappa: 1.0}
                sites: {a1: oscillator, a2: oscillator}
                hamiltonian: g*(adag(a1)*adag(a2) + a(a1)*a(a2))
                dissipators:
                  - {type: lindblad, op: a(a1), rate: kappa}
                  - {type: lindblad, op: a(a2), rate: kappa}
                """;
        UnstableDriftException e = assertThrows(UnstableDriftException.class, () -> solve(yaml, Map.of()));
        assertEquals(0.3, e.growthRate(), 1e-10);
        assertTrue(solve(yaml, Map.of("g", 0.3)).isUnique());
    }

    @Test
    void anUndampedOscillatorIsNotUnique() throws ModelException {
        String yaml = """
                sites: {a1: oscillator, a2: oscillator}
                hamiltonian: n(a1) + n(a2)
                dissipators:
                  - {type: lindblad, op: a(a1), rate: 1}
                measures:
                  n: expect(n(a2))
                """;
        SolvedPoint p = solve(yaml, Map.of());
        assertTrue(!p.isUnique() && p.measures().isEmpty());
    }

    private static String error(String yaml) {
        return assertThrows(ModelException.class, () -> solve(yaml, Map.of())).getMessage();
    }

    @Test
    void nonGaussianTermsAreErrorsNamingTheTermAndSuggestingBosons() {
        String kerr = error("""
                sites: {c: oscillator}
                hamiltonian: n(c) + 0.1*n(c)^2
                dissipators:
                  - {type: lindblad, op: a(c), rate: 1}
                """);
        assertTrue(kerr.contains("adag(c) a(c)") && kerr.contains("degree 4") && kerr.contains("{boson: n}"), kerr);
        String jump = error("""
                sites: {c: oscillator}
                hamiltonian: n(c)
                dissipators:
                  - {type: lindblad, op: a(c)*a(c), rate: 1}
                """);
        assertTrue(jump.contains("not linear") && jump.contains("a(c) a(c)") && jump.contains("{boson: n}"), jump);
        String mixed = error("""
                sites: {c: oscillator, q: qubit}
                hamiltonian: n(c)
                """);
        assertTrue(mixed.contains("cannot be mixed") && mixed.contains("q"), mixed);
        String spin = error("""
                sites: {c: oscillator}
                hamiltonian: sz(c)
                """);
        assertTrue(spin.contains("sz") && spin.contains("oscillator"), spin);
        String measure = error("""
                sites: {c: oscillator, d: oscillator}
                hamiltonian: n(c)
                dissipators:
                  - {type: lindblad, op: a(c), rate: 1}
                measures:
                  c: concurrence(c, d)
                """);
        assertTrue(measure.contains("concurrence") && measure.contains("not available for a Gaussian model"), measure);
        String herm = error("""
                sites: {c: oscillator}
                hamiltonian: adag(c)*adag(c)
                """);
        assertTrue(herm.contains("not Hermitian"), herm);
    }
}
