package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steadfast steady MODEL --gibbs T}: the exact Gibbs state, checked against the thermal
 * entanglement of the Heisenberg pair H = J σ1·σ2 + B (σz1 + σz2) (Pauli matrices). Its levels are
 * the singlet at −3J and the triplet at J − 2B, J, J + 2B; the Gibbs state is an X state whose
 * concurrence is (Wang 2001; Arnesen, Bose & Vedral 2001 at B = 0)
 * <pre>
 *   C(T) = max(0, (e^(4J/T) − 3) / (e^(4J/T) + 1 + 2 cosh(2B/T)))
 * </pre>
 * (Arnesen et al. write e^(8J/T) for a Hamiltonian with twice this exchange constant: the
 * singlet–triplet gap Δ enters as e^(Δ/T) with Δ = 4J here). At B = 0 it is the Werner state of
 * singlet weight F = e^(3J/T)/Z, with C = max(0, 2F − 1).
 */
class SteadyGibbsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static double closedForm(double j, double b, double t) {
        double x = Math.exp(4 * j / t);
        return Math.max(0, (x - 3) / (x + 1 + 2 * Math.cosh(2 * b / t)));
    }

    @Test
    void concurrenceOfTheHeisenbergPairMatchesTheClosedForm() throws Exception {
        double[][] points = {{1, 0, 1}, {1, 0, 2}, {1, 0.5, 1}, {1, 1.5, 0.7}, {1, 0, 3.5}, {1, 0, 4}, {0.5, 0.2, 0.3}};
        for (double[] p : points) {
            Cli.Run r = Cli.run("steady", "heisenberg-pair-thermal", "--set", "J=" + p[0], "--set", "B=" + p[1],
                    "--set", "T=" + p[2], "--gibbs", Double.toString(p[2]), "--format", "json");
            assertEquals(0, r.code(), r.toString());
            JsonNode j = JSON.readTree(r.out());
            assertEquals(closedForm(p[0], p[1], p[2]), j.get("measures").get("C").asDouble(), 1e-10, r.out());
            assertEquals(1.0, j.get("gibbs").get("trace").asDouble(), 1e-12);
            // the bath (parameter T) at the Gibbs temperature: no heat flows at equilibrium
            assertEquals(0, j.get("measures").get("J_bath").asDouble(), 1e-12);
        }
        // the threshold T = 4J/ln 3 written as an expression
        Cli.Run edge = Cli.run("steady", "heisenberg-pair-thermal", "--set", "B=0", "--gibbs", "4/log(3)", "--format", "json");
        assertEquals(0, JSON.readTree(edge.out()).get("measures").get("C").asDouble(), 1e-10, edge.toString());
    }

    /** At T = 0 the antiferromagnet is in its singlet: C = 1, pure. */
    @Test
    void zeroTemperatureAntiferromagnetIsTheSinglet() throws Exception {
        Cli.Run r = Cli.run("steady", "heisenberg-pair-thermal", "--set", "B=0", "--gibbs", "0", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(1, j.get("measures").get("C").asDouble(), 1e-12);
        assertEquals(1, j.get("gibbs").get("purity").asDouble(), 1e-12);
    }

    /**
     * The ferromagnet (J = −1, B = 0) has a threefold degenerate triplet ground space, where the
     * Davies route reads "not unique"; the Gibbs route at T = 0 gives the uniform mixture
     * (|00⟩⟨00| + |T0⟩⟨T0| + |11⟩⟨11|)/3: diag(1/3, 1/6, 1/6, 1/3) with ρ(01,10) = 1/6, C = 0, purity 1/3.
     */
    @Test
    void degenerateGroundSpaceGivesTheUniformMixture(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rho.json");
        Cli.Run r = Cli.run("steady", "heisenberg-pair-thermal", "--set", "J=-1", "--set", "B=0", "--gibbs", "0",
                "--state", file.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("of the Gibbs state at T = 0") && r.out().contains("wrote " + file), r.out());
        JsonNode rho = JSON.readTree(file.toFile());
        double[][] expected = {{1 / 3.0, 0, 0, 0}, {0, 1 / 6.0, 1 / 6.0, 0}, {0, 1 / 6.0, 1 / 6.0, 0}, {0, 0, 0, 1 / 3.0}};
        for (int i = 0; i < 4; i++) {
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[i][k], rho.get("re").get(i).get(k).asDouble(), 1e-12, "re[" + i + "][" + k + "]");
                assertEquals(0, rho.get("im").get(i).get(k).asDouble(), 1e-12);
            }
        }
        assertEquals("q1=0,q2=1", rho.get("basis").get(1).asText());
        assertEquals("[\"q1\",\"q2\"]", rho.get("sites").toString());
        assertEquals("[2,2]", rho.get("dims").toString());
        // the Davies route cannot answer there; the file it wrote is a valid --initial
        Cli.Run davies = Cli.run("steady", "heisenberg-pair-thermal", "--set", "J=-1", "--set", "B=0",
                "--initial", "file:" + file, "--format", "json");
        assertEquals(0, davies.code(), davies.toString());
    }

    @Test
    void gibbsIsAnInitialStateAndThermalItsSynonym() throws Exception {
        Cli.Run g = Cli.run("evolve", "heisenberg-pair-thermal", "--initial", "gibbs(0.5)", "--times", "0:1:3",
                "--out", Files.createTempDirectory("gibbs").toString(), "--no-plots", "--format", "json");
        assertEquals(0, g.code(), g.toString());
        Cli.Run t = Cli.run("evolve", "heisenberg-pair-thermal", "--initial", "thermal(0.5)", "--times", "0:1:3",
                "--out", Files.createTempDirectory("thermal").toString(), "--no-plots", "--format", "json");
        assertEquals(0, t.code(), t.toString());
        double c = closedForm(1, 0.5, 0.5);
        assertEquals(c, JSON.readTree(g.out()).get("measures").get("C").get("initial").asDouble(), 1e-10, g.out());
        assertEquals(c, JSON.readTree(t.out()).get("measures").get("C").get("initial").asDouble(), 1e-10, t.out());
    }

    @Test
    void badGibbsArgumentsAreExit2() {
        assertEquals(2, Cli.run("steady", "heisenberg-pair-thermal", "--gibbs", "-1").code());
        assertEquals(2, Cli.run("steady", "heisenberg-pair-thermal", "--gibbs", "hot").code());
        assertEquals(2, Cli.run("steady", "heisenberg-pair-thermal", "--gibbs", "1", "--initial", "q1=1").code());
        Cli.Run ens = Cli.run("steady", "superradiant-pumped", "--gibbs", "1");
        assertEquals(2, ens.code(), ens.toString());
        assertTrue(ens.err().contains("ensemble"), ens.err());
    }
}
