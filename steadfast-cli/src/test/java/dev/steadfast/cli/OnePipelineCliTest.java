package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.dynamics.Evolution;
import dev.steadfast.dynamics.InitialStates;
import dev.steadfast.model.Catalogue;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.state.DensityMatrix;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one steady-state pipeline as a user meets it: every kind of model (Lindblad, ensemble,
 * Bloch–Redfield) answers `steady`, `--method` and `--initial` the same way. Each case was a
 * reproduced defect of the three separate solvers it replaced.
 */
class OnePipelineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(Cli.Run r) throws Exception {
        assertEquals(0, r.code(), r.toString());
        return JSON.readTree(r.out());
    }

    /**
     * N qubits in one collective thermal bath, from a thermal product state at another temperature:
     * the kernel has dimension 132 at N = 6 (4,096 coordinates: beyond the dense route, and far
     * beyond the sparse manifold route's block), yet the state reached is found exactly in the
     * charge-neutral sector that contains the initial state. Checked against an independent route,
     * the time evolution itself at long times; the collective coherence of the review grows like
     * N(N - 1).
     */
    @ParameterizedTest(name = "N = {0}")
    @ValueSource(ints = {3, 6})
    void collectiveBathFromAThermalStateReachesTheEvolvedState(int n) throws Exception {
        String file = Cli.model("collective-thermal-six.yaml");
        JsonNode j = json(Cli.run("steady", file, "--set", "N=" + n, "--initial", "thermal(1)", "--format", "json"));
        assertFalse(j.get("steady_state").get("unique").asBoolean());
        JsonNode initial = j.get("initial");
        assertTrue(initial.get("reached").asBoolean(), initial.toString());
        double coherence = j.get("measures").get("coh").asDouble();

        ModelInstance m = Catalogue.resolve(file).instantiate(Map.of("N", (double) n));
        DensityMatrix rho0 = InitialStates.thermal(m.hamiltonian(), 1.0);
        DensityMatrix late = Evolution.of(m.generator()).from(rho0).at(new double[] {60}).state(0);
        assertEquals(m.measure(late).get("coh"), coherence, 1e-7);
        assertEquals(m.measure(late).get("pe"), j.get("measures").get("pe").asDouble(), 1e-8);
        assertTrue(coherence > 0.2 * n * (n - 1) / 10, "collective coherence " + coherence + " at N = " + n);
    }

    /** A Bloch–Redfield steady state that is not unique is a result (exit 0), as for every generator. */
    @Test
    void nonUniqueBlochRedfieldIsReportedNotFailed() throws Exception {
        String file = Cli.model("redfield-dark-pair.yaml");
        JsonNode s = json(Cli.run("steady", file, "--format", "json")).get("steady_state");
        assertFalse(s.get("unique").asBoolean(), s.toString());
        assertEquals(2, s.get("kernel_dimension").asInt(), s.toString());
        // from |10> the singlet weight 1/2 is conserved: the singlet is decoupled from sx(q1) + sx(q2)
        JsonNode r = json(Cli.run("steady", file, "--initial", "q1=1", "--format", "json"));
        assertTrue(r.get("initial").get("reached").asBoolean());
        assertEquals(0.5, r.get("measures").get("singlet").asDouble(), 1e-9);
        assertEquals(1.0, r.get("initial").get("trace").asDouble(), 1e-12);
    }

    /** --method means the same for an ensemble as for any model, and the routes agree. */
    @Test
    void ensembleHonoursTheMethod() throws Exception {
        JsonNode direct = json(Cli.run("steady", "dicke-driven", "--method", "direct", "--format", "json"));
        JsonNode iterative = json(Cli.run("steady", "dicke-driven", "--method", "iterative", "--format", "json"));
        assertTrue(direct.get("steady_state").get("route").asText().endsWith("_lu"), direct.toString());
        assertEquals("preconditioned_gmres", iterative.get("steady_state").get("route").asText());
        direct.get("measures").fields().forEachRemaining(e ->
                assertEquals(e.getValue().asDouble(), iterative.get("measures").get(e.getKey()).asDouble(), 1e-9, e.getKey()));
    }

    /** An ensemble's non-unique steady state and the state reached from a symmetric initial state. */
    @Test
    void ensembleInitialStateSelectsTheSteadyState() throws Exception {
        String file = Cli.model("dicke-collective.yaml");
        JsonNode plain = json(Cli.run("steady", file, "--format", "json"));
        assertEquals(3, plain.get("steady_state").get("kernel_dimension").asInt());
        // from the fully excited state (j = N/2) collective decay ends in |j, -j>: jz = -N/2
        assertEquals(-2, json(Cli.run("steady", file, "--initial", "excited", "--format", "json"))
                .get("measures").get("jz").asDouble(), 1e-10);
        // from the Dicke state with one excitation in j = N/2 the same ground state
        assertEquals(-2, json(Cli.run("steady", file, "--initial", "dicke(1)", "--format", "json"))
                .get("measures").get("jz").asDouble(), 1e-10);
    }
}
