package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.dynamics.EvolutionOptions;
import dev.steadfast.dynamics.EvolutionResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gaussian models evolve exactly in time: the driven damped cavity from the vacuum stays coherent
 * with ⟨a⟩(t) = α∞ (1 − e^{−(κ/2 + iΔ) t}), α∞ = −iF/(κ/2 + iΔ); a mode in a thermal bath fills as
 * n̄ (1 − e^{−κ t}); and a two-mode squeezed reservoir entangles two modes in time exactly as the
 * Fock-space route of the same file (truncated) evolves them.
 */
class GaussianEvolutionTest {
    private static final double[] TIMES = {0, 0.3, 1.0, 2.5};

    private static EvolutionResult evolve(String text, String initial) throws ModelException {
        ModelInstance m = Model.parse(text, "g.yaml").instantiate(Map.of());
        Object rho0 = m.initialState(initial, t -> {
            throw new AssertionError("a Gaussian model parses its own states");
        });
        return m.evolve(rho0, TIMES, EvolutionOptions.defaults());
    }

    @Test
    void drivenCavityFromTheVacuumFollowsTheClosedForm() throws ModelException {
        double delta = 0.7;
        double f = 0.9;
        double kappa = 1.3;
        String text = "parameters: {D: 0.7, F: 0.9, k: 1.3}\nsites: {c: oscillator}\nhamiltonian: D*n(c) + F*(a(c) + adag(c))\n"
                + "dissipators:\n  - {name: loss, type: lindblad, op: a(c), rate: k}\nmeasures:\n  n: expect(n(c))\n";
        EvolutionResult r = evolve(text, "vacuum");
        for (int i = 0; i < TIMES.length; i++) {
            double t = TIMES[i];
            // alpha_inf = -iF/(k/2 + iD); alpha(t) = alpha_inf (1 - exp(-(k/2 + iD) t))
            double den = kappa * kappa / 4 + delta * delta;
            double ar = -f * delta / den;
            double ai = -f * (kappa / 2) / den;
            double er = 1 - Math.exp(-kappa / 2 * t) * Math.cos(delta * t);
            double ei = Math.exp(-kappa / 2 * t) * Math.sin(delta * t);
            double xr = ar * er - ai * ei;
            double xi = ar * ei + ai * er;
            assertEquals(xr * xr + xi * xi, r.values()[i][0], 1e-12, "t = " + t);
        }
    }

    /** An array of oscillators has one mode per element: vacuum and thermal(r[2]=...) name the elements. */
    @Test
    void initialStatesOfAnArrayOfOscillatorsHaveOneModePerElement() throws ModelException {
        String text = "parameters: {w: 1.0, k: 0.4}\nsites:\n  c: oscillator\n  r: {oscillator: 2}\n"
                + "hamiltonian: w*(n(c) + n(r[1]) + n(r[2]))\n"
                + "dissipators:\n  - {name: loss, type: lindblad, op: \"a(r[2])\", rate: k}\n"
                + "measures:\n  n1: expect(n(r[1]))\n  n2: expect(n(r[2]))\n  nc: expect(n(c))\n";
        EvolutionResult vacuum = evolve(text, "vacuum");
        EvolutionResult r = evolve(text, "thermal(r[2]=1.5, c=0.5)");
        for (int i = 0; i < TIMES.length; i++) {
            double t = TIMES[i];
            assertEquals(0, vacuum.values()[i][1], 1e-14, "t = " + t);
            assertEquals(0, r.values()[i][0], 1e-14, "t = " + t);
            assertEquals(1.5 * Math.exp(-0.4 * t), r.values()[i][1], 1e-12, "t = " + t);
            assertEquals(0.5, r.values()[i][2], 1e-12, "t = " + t);
        }
    }

    @Test
    void aThermalBathFillsTheModeExponentially() throws ModelException {
        String text = "parameters: {w: 1.0, T: 0.8, k: 0.4}\nsites: {c: oscillator}\nhamiltonian: w*n(c)\n"
                + "dissipators:\n  - {name: bath, type: thermal, op: a(c), frequency: w, temperature: T, rate: k}\n"
                + "measures:\n  n: expect(n(c))\n";
        double nbar = 1 / Math.expm1(1 / 0.8);
        EvolutionResult r = evolve(text, "thermal(c=2.0)");
        for (int i = 0; i < TIMES.length; i++) {
            double t = TIMES[i];
            assertEquals(nbar + (2.0 - nbar) * Math.exp(-0.4 * t), r.values()[i][0], 1e-12, "t = " + t);
        }
    }

    @Test
    void squeezedReservoirAgreesWithTheFockRoute() throws ModelException {
        String text = Catalogue.find("squeezed-reservoir-pair").orElseThrow().sourceText();
        text = text.substring(0, text.indexOf("reference:")).replace("r: 0.5 ", "r: 0.2 ");
        EvolutionResult gauss = evolve(text, "vacuum");
        String fock = text.replace("c1: oscillator", "c1: {boson: 9}").replace("c2: oscillator", "c2: {boson: 9}");
        ModelInstance m = Model.parse(fock, "f.yaml").instantiate(Map.of());
        EvolutionResult f = m.evolve(dev.steadfast.dynamics.InitialStates.product(m.space(), 0, 0), TIMES,
                EvolutionOptions.defaults());
        for (int i = 0; i < TIMES.length; i++) {
            for (int k = 0; k < gauss.values()[i].length; k++) {
                assertEquals(f.values()[i][k], gauss.values()[i][k], 2e-5, "t = " + TIMES[i] + ", measure " + k);
            }
        }
        assertTrue(gauss.values()[TIMES.length - 1][0] < 1, "entangled: EPR variance below 1");
    }

    @Test
    void badInitialStatesNameTheProblem() {
        String text = "sites: {c: oscillator}\nhamiltonian: n(c)\ndissipators:\n  - {type: lindblad, op: a(c), rate: 1}\n"
                + "measures:\n  n: expect(n(c))\n";
        ModelException e = assertThrows(ModelException.class, () -> evolve(text, "thermal(d=1)"));
        assertTrue(e.getMessage().contains("unknown oscillator 'd'"), e.getMessage());
        e = assertThrows(ModelException.class, () -> evolve(text, "squeezed"));
        assertTrue(e.getMessage().contains("vacuum"), e.getMessage());
    }

    /** The catalogue's oscillator chain in steady state: the Gaussian route and the Fock route of the same file agree. */
    @Test
    void oscillatorChainAgreesWithTheFockRouteAtSmallOccupation() throws ModelException {
        String text = Catalogue.find("oscillator-chain-heat").orElseThrow().sourceText();
        text = text.substring(0, text.indexOf("reference:"));
        Map<String, Double> cold = Map.of("Th", 0.5, "Tc", 0.2);
        Map<String, Double> gauss = Model.parse(text, "g.yaml").instantiate(cold).solve().measures();
        String fock = text.replace("c1: oscillator", "c1: {boson: 7}").replace("c2: oscillator", "c2: {boson: 7}")
                .replace("c3: oscillator", "c3: {boson: 7}");
        Map<String, Double> f = Model.parse(fock, "f.yaml").instantiate(cold).solve().measures();
        for (String m : gauss.keySet()) {
            assertEquals(f.get(m), gauss.get(m), 1e-7, m);
        }
        assertTrue(gauss.get("Jh") > 0);
    }

    /** Linearised optomechanics: the Gaussian log negativity and occupations agree with the Fock route of the same file. */
    @Test
    void optomechanicalEntanglementAgreesWithTheFockRoute() throws ModelException {
        String text = Catalogue.find("optomechanical-entanglement").orElseThrow().sourceText();
        text = text.substring(0, text.indexOf("reference:"));
        Map<String, Double> gauss = Model.parse(text, "g.yaml").instantiate(Map.of()).solve().measures();
        String fock = text.replace("a: oscillator", "a: {boson: 11}").replace("b: oscillator", "b: {boson: 11}");
        Map<String, Double> f = Model.parse(fock, "f.yaml").instantiate(Map.of()).solve().measures();
        assertEquals(f.get("na"), gauss.get("na"), 1e-6);
        assertEquals(f.get("nb"), gauss.get("nb"), 1e-6);
        assertTrue(gauss.get("EN") > 0.3, "entangled: " + gauss);
    }
}
