package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code steadfast evolve}: files, sudden death, initial states, bad input. */
class EvolveCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Yu & Eberly (2004), p = e^{-Gt}: C = (2p/3) max(0, 1 - sqrt(a(3 - 2(1+a)p + a p^2))). */
    private static double yuEberly(double a, double g, double t) {
        double p = Math.exp(-g * t);
        return 2 * p / 3 * Math.max(0, 1 - Math.sqrt(a * (3 - 2 * (1 + a) * p + a * p * p)));
    }

    @Test
    void yuEberlyDeathTimeAndCurve(@TempDir Path dir) throws Exception {
        double g = 1.5;
        Cli.Run r = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "yu_eberly", "--times", "0:1:2001",
                "--set", "G=" + g, "--out", dir.toString(), "--no-plots");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("evolution.csv"));
        assertEquals("time,C,pee", lines.get(0));
        assertEquals(2001, lines.size() - 1, "one row per time");
        for (int i = 1; i < lines.size(); i += 100) {
            String[] f = lines.get(i).split(",");
            double t = Double.parseDouble(f[0]);
            assertEquals(yuEberly(1, g, t), Double.parseDouble(f[1]), 1e-9, "C at t = " + t);
        }
        JsonNode s = JSON.readTree(dir.resolve("summary.json").toFile());
        double death = s.get("measures").get("C").get("first_death").asDouble();
        double expected = Math.log((2 + Math.sqrt(2)) / 2) / g;
        assertEquals(expected, death, 1e-4 * expected, s.toString());
        assertEquals(1, s.get("measures").get("C").get("deaths").size());
        assertEquals(0, s.get("measures").get("C").get("births").size());
        assertFalse(s.get("measures").get("C").get("alive_at_end").asBoolean());
        assertTrue(s.get("method").asText().length() > 0 && s.has("steps") && s.has("seconds"), s.toString());
        assertTrue(r.out().contains("method") && r.out().contains("C") && r.out().contains("deaths"), r.out());
    }

    /** For a < 1/3 the concurrence decays only asymptotically: no death. */
    @Test
    void noSuddenDeathForSmallA(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "yu_eberly", "--times", "0:4:41", "--set", "a=0.2",
                "--out", dir.toString(), "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode s = JSON.readTree(r.out());
        assertTrue(s.get("measures").get("C").get("first_death").isNull(), s.toString());
        assertTrue(s.get("measures").get("C").get("alive_at_end").asBoolean());
        for (String f : List.of("evolution.csv", "summary.json", "C.png", "pee.png")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
    }

    /** A Bell state under independent decay: C(t) = e^{-Gt}, from each way of writing it. */
    @Test
    void bellStateFromEveryForm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("psi-minus.json");
        Files.writeString(file, "{\"re\": [[0,0,0,0],[0,0.5,-0.5,0],[0,-0.5,0.5,0],[0,0,0,0]]}");
        for (String state : List.of("bell_psi_plus(q1,q2)", "bell_psi_minus(q2, q1)", "file:" + file)) {
            Path out = dir.resolve("run" + state.hashCode());
            Cli.Run r = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", state, "--times", "0:2:5", "--out", out.toString(),
                    "--no-plots");
            assertEquals(0, r.code(), r.toString());
            List<String> lines = Files.readAllLines(out.resolve("evolution.csv"));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                assertEquals(Math.exp(-Double.parseDouble(f[0])), Double.parseDouble(f[1]), 1e-9, state + ": " + line);
            }
        }
    }

    @Test
    void productThermalAndQuenchStatesAreAccepted(@TempDir Path dir) throws Exception {
        Cli.Run product = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "q1=1", "--times", "0:1:3",
                "--out", dir.resolve("p").toString(), "--no-plots");
        assertEquals(0, product.code(), product.toString());
        List<String> rows = Files.readAllLines(dir.resolve("p/evolution.csv"));
        assertEquals(0.0, Double.parseDouble(rows.get(1).split(",")[1]), 1e-12, "a product state is not entangled");
        Cli.Run thermal = Cli.run("evolve", "heisenberg-pair-thermal", "--initial", "thermal(1.0)", "--times", "0:1:3",
                "--out", dir.resolve("t").toString(), "--no-plots");
        assertEquals(0, thermal.code(), thermal.toString());
        double e = Math.exp(4.0);
        double gibbs = (e - 3) / (e + 1 + 2 * Math.cosh(1.0));
        for (String row : Files.readAllLines(dir.resolve("t/evolution.csv")).subList(1, 4)) {
            assertEquals(gibbs, Double.parseDouble(row.split(",")[1]), 1e-8, "the Gibbs state is stationary: " + row);
        }
        Cli.Run quench = Cli.run("evolve", "heisenberg-pair-thermal", "--initial", "steady(T=0.5)", "--times", "0:1:3",
                "--out", dir.resolve("q").toString(), "--no-plots");
        assertEquals(0, quench.code(), quench.toString());
        double e2 = Math.exp(8.0);
        double c0 = (e2 - 3) / (e2 + 1 + 2 * Math.cosh(2.0));
        assertEquals(c0, Double.parseDouble(Files.readAllLines(dir.resolve("q/evolution.csv")).get(1).split(",")[1]), 1e-8);
    }

    @Test
    void badInitialStatesAreExitTwo(@TempDir Path dir) throws Exception {
        Path notPositive = dir.resolve("bad.json");
        Files.writeString(notPositive, "{\"re\": [[1.5,0,0,0],[0,-0.5,0,0],[0,0,0,0],[0,0,0,0]]}");
        for (String[] c : new String[][] {
                {"q3=1", "unknown site 'q3'"}, {"q1=2", "out of range"}, {"bell_psi_plus(q1)", "two qubits"},
                {"thermal(hot)", "number"}, {"steady(x=1)", "no parameter 'x'"}, {"file:" + dir.resolve("none.json"), "cannot read"},
                {"file:" + notPositive, "not positive"}, {"nosuchstate", "no initial state named 'nosuchstate'"},
                {"%$#", "not a state"}}) {
            Cli.Run r = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", c[0], "--times", "0:1:3", "--out",
                    dir.resolve("o").toString());
            assertEquals(2, r.code(), c[0] + ": " + r);
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c[1]), c[0] + ": " + r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
        Cli.Run invalid = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "yu_eberly", "--set", "a=1.5",
                "--times", "0:1:3", "--out", dir.resolve("o").toString());
        assertEquals(2, invalid.code(), invalid.toString());
        assertTrue(invalid.err().contains("initial_states.yu_eberly"), invalid.err());
        Cli.Run times = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "yu_eberly", "--times", "0:1", "--out",
                dir.resolve("o").toString());
        assertEquals(2, times.code(), times.toString());
    }

    /** Two-atom superradiance from the fully excited state, as a model file with an ensemble site. */
    @Test
    void ensembleSuperradianceFollowsTheCascade(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sr.yaml");
        Files.writeString(file, "name: sr\nparameters: {g: 0.7}\nsites:\n  e: {ensemble: 2}\nhamiltonian: 0*jz(e)\n"
                + "dissipators:\n  - {type: lindblad, op: jm(e), rate: g}\nmeasures:\n  jz: expect(jz(e))\n");
        Cli.Run r = Cli.run("evolve", file.toString(), "--initial", "excited", "--times", "0:2:5",
                "--out", dir.resolve("o").toString(), "--no-plots");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("o/evolution.csv"));
        assertEquals("time,jz", lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            double t = Double.parseDouble(line.split(",")[0]);
            double p1 = Math.exp(-1.4 * t);
            double p0 = 1.4 * t * p1;
            assertEquals(p1 - (1 - p1 - p0), Double.parseDouble(line.split(",")[1]), 1e-8, line);
        }
        Cli.Run bad = Cli.run("evolve", file.toString(), "--initial", "dicke(5)", "--times", "0:1:3",
                "--out", dir.resolve("b").toString(), "--no-plots");
        assertEquals(2, bad.code(), bad.toString());
        assertEquals("error: --initial dicke(5): sr has 2 members, so dicke(K) needs K in 0..2", bad.err().strip());
        Cli.Run notANumber = Cli.run("evolve", file.toString(), "--initial", "coherent(1.2.3, 0)", "--times", "0:1:3",
                "--out", dir.resolve("c").toString(), "--no-plots");
        assertEquals(2, notANumber.code(), notANumber.toString());
        assertEquals("error: --initial coherent(1.2.3, 0): coherent(theta, phi) takes two numbers", notANumber.err().strip());
        Cli.Run unknown = Cli.run("evolve", file.toString(), "--initial", "q1=1", "--times", "0:1:3",
                "--out", dir.resolve("u").toString(), "--no-plots");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().startsWith("error: --initial q1=1: sr is a permutation-invariant ensemble; its initial states "
                + "are ground, excited, dicke(K)"), unknown.err());
    }
}
