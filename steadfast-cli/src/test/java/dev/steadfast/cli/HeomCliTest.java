package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEOM models through the command line: measures, heat currents, the convergence report, errors. */
class HeomCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void steadyReportsCurrentsAndConvergenceInJson() throws Exception {
        Cli.Run r = Cli.run("steady", "qubit-two-heom-baths", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        double jh = j.get("measures").get("Jh").asDouble();
        // QuTiP 4.7.1 HEOMSolver, see the catalogue model's reference block
        assertEquals(0.01663653021622849, jh, 1e-10);
        assertEquals(0, jh + j.get("measures").get("Jc").asDouble(), 1e-12);
        assertEquals("reported", j.get("steady_state").get("positivity").asText());
        assertEquals(280, j.get("steady_state").get("unknowns").asInt());
        JsonNode c = j.get("convergence");
        assertEquals(2, c.size());
        assertEquals("depth 3", c.get(0).get("truncation").asText());
        assertTrue(c.get(0).get("max_change").asDouble() < 1e-3);
        assertTrue(c.get(0).get("change").has("Jh"));
    }

    @Test
    void steadyTableHasAConvergenceSection() {
        Cli.Run r = Cli.run("steady", "two-qubit-heom-heat-transport");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("convergence"), r.out());
        assertTrue(r.out().contains("at depth 3"), r.out());
    }

    @Test
    void sweepWritesTheTruncationChangeColumn(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Run r = Cli.run("sweep", "qubit-two-heom-baths", "--grid", "Th=1,2", "--out", out.toString(), "--no-plots");
        assertEquals(0, r.code(), r.toString());
        java.util.List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("Th,sz,Jh,Jc,truncation_change,status,seconds,message", lines.get(0));
        assertTrue(lines.get(1).startsWith("1.0,-0.76767964"), lines.get(1));
        assertEquals(3, lines.size());
    }

    @Test
    void badHeomEntryIsExitTwoNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, """
                format: 1
                sites: {q: qubit}
                hamiltonian: sz(q)
                dissipators:
                  - {type: heom, coupling: sx(q), spectrum: drude_lorentz, lambda: 0.1, gamma: 1, temperature: 1, terms: 1, depth: -1}
                """);
        Cli.Run r = Cli.run("steady", f.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.yaml:5"), r.err());
        assertTrue(r.err().contains("depth"), r.err());
    }
}
