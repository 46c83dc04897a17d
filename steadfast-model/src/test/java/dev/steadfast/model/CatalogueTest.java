package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.steady.SteadyStateOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in model reproduces every value of its reference block, solved through
 * {@link ModelInstance#solve} (the core solver for ordinary models, the ensemble solver for
 * ensemble models).
 */
class CatalogueTest {

    static Stream<String> names() {
        return Catalogue.names().stream();
    }

    @Test
    void shipsTheDocumentedModels() {
        assertEquals(java.util.List.of("thermal-entanglement-machine", "pumped-pair", "xx-chain", "white-noise-light",
                "driven-cavity", "collective-decay-pair", "two-qubit-two-baths", "xx-chain-thermal", "dicke-driven", "superradiant-pumped",
                "yu-eberly-sudden-death", "heisenberg-pair-thermal", "local-vs-global", "resonance-fluorescence",
                "qubit-two-heom-baths", "two-qubit-heom-heat-transport", "spin-boson-underdamped-heom",
                "spin-boson-reaction-coordinate", "single-level-dot", "serial-double-dot", "coulomb-coupled-dots",
                "thermoelectric-level", "heisenberg-ring-4", "filtered-entanglement-machine", "squeezed-reservoir-pair",

                "bell-state-stabilisation", "quiroga-nonequilibrium-pair", "huang-xx-trimer", "guarnieri-coherence",
                "benatti-common-bath", "cakmak-collective-coherence", "gunlycke-ising-pair", "man-common-reservoir", "nv-magnon-pair",
                "heisenberg-ring", "aron-driven-qubits-resonator", "wang-redfield-pair",
                "contreras-dqd-cavity", "oscillator-chain-heat", "optomechanical-entanglement", "aron-driven-qubit-array"),
                Catalogue.names());
        for (Model m : Catalogue.all()) {
            assertFalse(m.referenceBlock().source().isBlank(), m.name() + " has no reference source");
            assertTrue(m.referenceBlock().unique() == Boolean.FALSE || !m.referenceBlock().checks().isEmpty(),
                    m.name() + " has no reference checks");
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void reproducesItsReferenceValues(String name) throws ModelException {
        Model model = Catalogue.find(name).orElseThrow();
        Reference ref = model.referenceBlock();
        for (Reference.Check c : ref.checks()) {
            if (c.isGibbs()) {
                double got = model.instantiate(c.at()).gibbs(c.gibbs()).measures().get(c.measure());
                assertEquals(c.value(), got, c.tolerance(), name + " " + c.measure() + " in the Gibbs state at T = " + c.gibbs()
                        + ", " + c.at() + " (line " + c.line() + ")");
            }
        }
        if (ref.unique() == Boolean.FALSE) {
            SolvedPoint p = model.instantiate(Map.of()).solve(SteadyStateOptions.defaults());
            assertFalse(p.isUnique(), name + ": the steady state should not be unique");
            assertTrue(p.measures().isEmpty());
            return;
        }
        for (ReferenceChecks.Outcome o : ReferenceChecks.run(model)) { // checks from an initial state too (ReferenceDynamicsTest)
            assertEquals("", o.note(), name + " " + o.measure() + " at " + o.where());
            assertEquals(o.expected(), o.got(), o.tolerance(), name + " " + o.measure() + " at " + o.where() + " (line " + o.check().line() + ")");
        }
    }

    @Test
    void resolvePrefersAnExistingFileThenABuiltInName(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pumped-pair");
        Files.writeString(f, "sites: {q: qubit}\nhamiltonian: sz(q)\n");
        Model fromFile = Catalogue.resolve(f.toString());
        assertEquals(java.util.List.of(), fromFile.parameterNames());
        assertEquals("pumped-pair", Catalogue.resolve("pumped-pair").name());
        ModelException e = assertThrows(ModelException.class, () -> Catalogue.resolve("no-such-model"));
        assertTrue(e.getMessage().contains("no-such-model") && e.getMessage().contains("xx-chain-thermal"), e.getMessage());
    }
}
