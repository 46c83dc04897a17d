package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.model.build.ParametricLindblad;
import dev.steadfast.model.build.ParametricLindblad.Compilation;
import dev.steadfast.steady.SteadyStateOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract between the two sweep evaluators: a model compiled once into a parametric
 * generator ({@link ParametricLindblad}) gives, at every point, the measures the model
 * instantiated at that point gives, to rounding (1e-12 relative), on catalogue models whose swept
 * parameters enter a bath's temperature, a coupling inside H, a drive, a dependent parameter, a
 * sum over sites, a lead's chemical potential and a measure; and what cannot be compiled is
 * reported with its reason.
 */
class ParametricSweepContractTest {
    private static final SteadyStateOptions OPTIONS = SteadyStateOptions.defaults();

    @Test
    void twoQubitsTwoBathsSweptTemperatureAndCoupling() throws Exception {
        agree("two-qubit-two-baths", Map.of(), "Th", new double[] {0.05, 0.7, 2.0}, "g", new double[] {0.001, 0.03, 0.1});
    }

    @Test
    void thermalMachineSweptCouplingWrittenWithHc() throws Exception {
        agree("thermal-entanglement-machine", Map.of(), "g", new double[] {0.0, 0.05, 0.3}, "gh", new double[] {0.001, 0.1});
    }

    @Test
    void resonanceFluorescenceSweptDriveAndDetuning() throws Exception {
        agree("resonance-fluorescence", Map.of(), "Omega", new double[] {0.0, 0.4, 3.0}, "Delta", new double[] {-1.0, 0.0, 0.5});
    }

    @Test
    void drivenCavitySweptDriveAndLoss() throws Exception {
        agree("driven-cavity", Map.of("nmax", 8.0), "F", new double[] {0.0, 0.2, 0.7}, "kappa", new double[] {0.5, 2.0});
    }

    @Test
    void chainSweptCouplingInsideASumAndAMeasure() throws Exception {
        agree("xx-chain-thermal", Map.of("N", 3.0), "J", new double[] {0.01, 0.1, 0.4}, "TL", new double[] {0.0, 1.0});
    }

    @Test
    void dependentParameterFollowsTheSweptOne() throws Exception {
        agree("pumped-pair", Map.of(), "G", new double[] {0.2, 1.0, 3.0}, null, null);
    }

    @Test
    void leadSweptChemicalPotentialAndTemperature() throws Exception {
        agree("single-level-dot", Map.of(), "muL", new double[] {-1.0, 0.5, 2.0}, "T", new double[] {0.1, 0.4});
    }

    @Test
    void loopVariablesDivisionsAndAdjointsInsideSweptCoefficients() throws Exception {
        Model m = Model.parse("""
                parameters: {h: 0.3, J: 0.7, T: 0.5}
                sites: {r: {qubit: 3}}
                hamiltonian: sum(i=1..3, h*i/J*sz(r[i])) + J*sum(i=1..2, sp(r[i])*sm(r[i+1]) + h.c.) + dag(h*sp(r[1])) + h*sp(r[1])
                dissipators:
                  - {type: lindblad, name: decay, op: "sm(r[i])", rate: h*i/10, for: i=1..3}
                  - {type: thermal, name: bath, op: "sm(r[3])", frequency: 1, temperature: T, rate: J/5}
                measures:
                  z1: expect(sz(r[1]))
                  C12: concurrence(r[1], r[2])
                  hx: expect(h*sx(r[1]))
                  Q: heat_current(bath)
                """, "loops.yaml");
        ParametricLindblad p = compiled(m, List.of("h", "J", "T"), Map.of("h", 0.3, "J", 0.7, "T", 0.5));
        for (double h : new double[] {0.05, 0.3, 1.1}) {
            for (double j : new double[] {0.2, 1.5}) {
                for (double t : new double[] {0.0, 0.8}) {
                    Map<String, Double> o = Map.of("h", h, "J", j, "T", t);
                    SolvedPoint c = p.solve(o, OPTIONS).orElseThrow();
                    SolvedPoint ref = m.instantiate(o).solve(OPTIONS);
                    for (String k : ref.measures().keySet()) {
                        double x = ref.measures().get(k);
                        double y = c.measures().get(k);
                        assertEquals(x, y, 1e-12 * Math.max(Math.abs(x), Math.abs(y)) + 1e-15, k + " at " + o);
                    }
                }
            }
        }
    }

    @Test
    void whatCannotBeCompiledSaysWhy() throws Exception {
        assertTrue(perPoint("driven-cavity", List.of("nmax"), Map.of("nmax", 5.0)).contains("size of site c"));
        assertTrue(perPoint("heisenberg-pair-thermal", List.of("T"), Map.of("T", 1.0)).contains("global baths"));
        Model cavity = Catalogue.find("driven-cavity").orElseThrow();
        assertTrue(cavity.sitesDependOn(List.of("nmax")));
        assertFalse(cavity.sitesDependOn(List.of("F", "kappa")));
        Model dependent = Model.parse("""
                parameters: {m: 2, n: 2*m}
                sites: {c: {boson: n}}
                hamiltonian: n(c)
                """, "dependent.yaml");
        assertTrue(dependent.sitesDependOn(List.of("m")), "n follows m");
        Model swept = Model.parse("""
                parameters: {k: 1.0, w: 1.0}
                sites: {c: {boson: 4}}
                hamiltonian: w*n(c)
                dissipators:
                  - {type: lindblad, op: sqrt(k)*a(c), rate: 1}
                measures:
                  n: expect(n(c))
                """, "swept-operator.yaml");
        Compilation c = swept.compileForSweep(List.of("k"), List.of(Map.of("k", 1.0)), OPTIONS);
        assertTrue(((Compilation.PerPoint) c).reason().contains("the operator of dissipators[1] depends on a swept parameter"),
                c.toString());
    }

    @Test
    void pointsTheCompiledFormDoesNotReproduceAreLeftToThePerPointPath() throws Exception {
        Model qubit = Model.parse("""
                parameters: {r: 1.0, D: 0.5}
                sites: {q: qubit}
                hamiltonian: D*sx(q)
                dissipators:
                  - {type: lindblad, op: sm(q), rate: r}
                measures:
                  pe: expect(proj(q, 1))
                """, "qubit.yaml");
        ParametricLindblad p = compiled(qubit, List.of("r"), Map.of("r", 1.0));
        assertTrue(p.solve(Map.of("r", 1.0), OPTIONS).isPresent());
        assertFalse(p.solve(Map.of("r", -1.0), OPTIONS).isPresent(), "a negative rate is invalid: per point");
        Optional<SolvedPoint> dark = p.solve(Map.of("r", 0.0), OPTIONS);
        assertFalse(dark.isPresent(), "no dissipation: not unique, reported by the per-point path");
        assertFalse(qubit.instantiate(Map.of("r", 0.0)).solve(OPTIONS).isUnique());
    }

    private static String perPoint(String model, List<String> swept, Map<String, Double> at) {
        Compilation c = Catalogue.find(model).orElseThrow().compileForSweep(swept, List.of(at), OPTIONS);
        return assertInstanceOf(Compilation.PerPoint.class, c, model).reason();
    }

    private static ParametricLindblad compiled(Model m, List<String> swept, Map<String, Double> first) {
        Compilation c = m.compileForSweep(swept, List.of(first), OPTIONS);
        return assertInstanceOf(Compilation.Compiled.class, c, c.toString()).model();
    }

    /** Every point of the grid a × b: the compiled measures equal the per-point ones to 1e-12 relative. */
    private static void agree(String name, Map<String, Double> fixed, String a, double[] as, String b, double[] bs)
            throws Exception {
        Model m = Catalogue.find(name).orElseThrow();
        List<Map<String, Double>> points = new ArrayList<>();
        for (double x : as) {
            for (double y : bs == null ? new double[] {Double.NaN} : bs) {
                Map<String, Double> o = new LinkedHashMap<>(fixed);
                o.put(a, x);
                if (b != null) {
                    o.put(b, y);
                }
                points.add(o);
            }
        }
        ParametricLindblad p = compiled(m, b == null ? List.of(a) : List.of(a, b), points.get(0));
        int compared = 0;
        for (Map<String, Double> o : points) {
            Optional<SolvedPoint> c = p.solve(o, OPTIONS);
            SolvedPoint ref = m.instantiate(o).solve(OPTIONS);
            if (c.isEmpty()) {
                continue;     // the per-point path evaluates it
            }
            assertTrue(ref.isUnique(), name + " at " + o);
            assertEquals(ref.measures().keySet(), c.get().measures().keySet());
            for (String k : ref.measures().keySet()) {
                double x = ref.measures().get(k);
                double y = c.get().measures().get(k);
                if (Double.isNaN(x)) {
                    assertTrue(Double.isNaN(y), name + " " + k + " at " + o);
                    continue;
                }
                assertEquals(x, y, 1e-12 * Math.max(Math.abs(x), Math.abs(y)) + 1e-15, name + " " + k + " at " + o);
            }
            assertEquals(ref.rho().matrix().re(0, 0), c.get().rho().matrix().re(0, 0), 1e-13);
            compared++;
        }
        assertTrue(compared >= points.size() - 1, name + ": " + compared + " of " + points.size() + " points compiled");
    }
}
