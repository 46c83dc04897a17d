package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state of a Gaussian model written by {@code steady --state}, {@code evolve --states} and
 * {@code sweep --states}: its moments (JSON), checked against closed forms. The model
 * (gaussian-thermal-driven.yaml): a mode c with H = Δ a†a + F(a + a†) in a thermal bath (rate κ,
 * temperature T) and two undriven modes r[1], r[2] in baths at Td and T. In the quadratures
 * x = (a + a†)/√2, p = −i(a − a†)/√2: V = (n + 1/2) I per mode with n = 1/(e^(w/T) − 1),
 * ⟨a_c⟩ = −iF/(κ/2 + iΔ), ⟨x⟩ = √2 Re⟨a⟩, ⟨p⟩ = √2 Im⟨a⟩.
 */
class GaussianStateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double W = 1.0;
    private static final double T = 0.7;
    private static final double TD = 2.0;
    private static final double KAPPA = 0.3;
    private static final double DELTA = 0.5;
    private static final double F = 0.4;

    private static double occupation(double temperature) {
        return 1 / Math.expm1(W / temperature);
    }

    /** Means and covariance of a state whose mode c has ⟨a⟩ = (re, im) and occupations nc, n1, n2 (V diagonal). */
    private static void assertMoments(JsonNode doc, double re, double im, double nc, double n1, double n2, double tol) {
        double[] means = {Math.sqrt(2) * re, Math.sqrt(2) * im, 0, 0, 0, 0};
        double[] diagonal = {nc + 0.5, nc + 0.5, n1 + 0.5, n1 + 0.5, n2 + 0.5, n2 + 0.5};
        assertEquals(6, doc.get("means").size());
        assertEquals(6, doc.get("covariance").size());
        for (int i = 0; i < 6; i++) {
            assertEquals(means[i], doc.get("means").get(i).asDouble(), tol, "mean " + i);
            assertEquals(6, doc.get("covariance").get(i).size());
            for (int j = 0; j < 6; j++) {
                assertEquals(i == j ? diagonal[i] : 0, doc.get("covariance").get(i).get(j).asDouble(), tol, "V " + i + "," + j);
            }
        }
    }

    @Test
    void steadyStateFileHoldsTheClosedFormMoments(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/moments.json");
        Cli.Run r = Cli.run("steady", Cli.model("gaussian-thermal-driven.yaml"), "--state", file.toString(), "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JSON.readTree(r.out());       // stdout stays one JSON document
        JsonNode doc = JSON.readTree(file.toFile());
        assertEquals("gaussian", doc.get("kind").asText());
        assertTrue(doc.get("convention").asText().contains("x = (a + adag)/sqrt(2)"), doc.toString());
        assertEquals("[\"c\",\"r[1]\",\"r[2]\"]", doc.get("sites").toString());
        assertEquals("[\"x(c)\",\"p(c)\",\"x(r[1])\",\"p(r[1])\",\"x(r[2])\",\"p(r[2])\"]", doc.get("quadratures").toString());
        double d = KAPPA * KAPPA / 4 + DELTA * DELTA;     // <a_c> = -iF(kappa/2 - i Delta)/d
        assertMoments(doc, -F * DELTA / d, -F * KAPPA / 2 / d, occupation(T), occupation(TD), occupation(T), 1e-10);
    }

    @Test
    void npyIsRefusedBeforeSolvingAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("v.npy");
        Cli.Run r = Cli.run("steady", "squeezed-reservoir-pair", "--state", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("Gaussian model") && r.err().contains(".json"), r.err());
        assertFalse(r.out().contains("measures"), "refused before solving:\n" + r.out());
        assertFalse(Files.exists(file));
    }

    @Test
    void aGaussianSteadyStateThatIsNotUniqueIsNotWritten(@TempDir Path dir) {
        Path file = dir.resolve("v.json");
        Cli.Run r = Cli.run("steady", Cli.model("gaussian-undamped.yaml"), "--state", file.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("not unique"), r.err());
        assertFalse(Files.exists(file));
    }

    /**
     * From the vacuum: ⟨a_c(t)⟩ = ⟨a_c⟩∞ (1 − e^{−(κ/2 + iΔ)t}) and each mode's occupation
     * n(t) = n∞ (1 − e^{−γt}), V staying diagonal.
     */
    @Test
    void evolveWritesTheMomentsAtEveryTime(@TempDir Path dir) throws Exception {
        Path states = dir.resolve("states");
        Cli.Run r = Cli.run("evolve", Cli.model("gaussian-thermal-driven.yaml"), "--initial", "vacuum", "--times", "0:3:4",
                "--out", dir.resolve("out").toString(), "--no-plots", "--states", states.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("k,time", "0,0.0", "1,1.0", "2,2.0", "3,3.0"), Files.readAllLines(states.resolve("times.csv")));
        for (int k = 0; k <= 3; k++) {
            JsonNode doc = JSON.readTree(states.resolve("moments_" + k + ".json").toFile());
            assertEquals("[\"c\",\"r[1]\",\"r[2]\"]", doc.get("sites").toString());
            assertMomentsFromVacuumAt(doc, k);
        }
    }

    /** The closed-form moments at time t from the vacuum (see above), to 1e-9. */
    private static void assertMomentsFromVacuumAt(JsonNode doc, double t) {
        double d = KAPPA * KAPPA / 4 + DELTA * DELTA;
        double re = -F * DELTA / d;
        double im = -F * KAPPA / 2 / d;
        // (re + i im)(1 - e^{-kappa t/2}(cos Delta t - i sin Delta t))
        double er = 1 - Math.exp(-KAPPA * t / 2) * Math.cos(DELTA * t);
        double ei = Math.exp(-KAPPA * t / 2) * Math.sin(DELTA * t);
        double gd = 0.2;
        assertMoments(doc, re * er - im * ei, re * ei + im * er, occupation(T) * -Math.expm1(-KAPPA * t),
                occupation(TD) * -Math.expm1(-gd * t), occupation(T) * -Math.expm1(-gd * t), 1e-9);
    }

    /**
     * A state written by {@code --states} is read back by {@code --initial file:}: evolving the
     * vacuum to t = 1, then that state for 2 more, gives the closed-form state at t = 3.
     */
    @Test
    void aWrittenStateIsReadBackAsAnInitialState(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first");
        Cli.Run r = Cli.run("evolve", Cli.model("gaussian-thermal-driven.yaml"), "--initial", "vacuum", "--times", "0:1:2",
                "--out", dir.resolve("out1").toString(), "--no-plots", "--states", first.toString());
        assertEquals(0, r.code(), r.toString());
        Path second = dir.resolve("second");
        r = Cli.run("evolve", Cli.model("gaussian-thermal-driven.yaml"), "--initial", "file:" + first.resolve("moments_1.json"),
                "--times", "0:2:3", "--out", dir.resolve("out2").toString(), "--no-plots", "--states", second.toString());
        assertEquals(0, r.code(), r.toString());
        assertMomentsFromVacuumAt(JSON.readTree(second.resolve("moments_2.json").toFile()), 3);
    }

    /** A moments file of other modes, or one that violates the uncertainty principle, is bad input naming the file. */
    @Test
    void aWrongMomentsFileIsBadInputAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        assertEquals(0, Cli.run("steady", "squeezed-reservoir-pair", "--state", file.toString()).code());
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(file.toFile());
        Path wrongModel = dir.resolve("out-a");
        Cli.Run r = Cli.run("evolve", Cli.model("gaussian-thermal-driven.yaml"), "--initial", "file:" + file, "--times", "0:1:2",
                "--out", wrongModel.toString(), "--no-plots");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains(file.toString()) && r.err().contains("oscillators"), r.err());
        assertFalse(Files.exists(wrongModel.resolve("summary.json")));

        com.fasterxml.jackson.databind.node.ArrayNode cov = JSON.createArrayNode();
        for (int i = 0; i < 4; i++) {
            com.fasterxml.jackson.databind.node.ArrayNode row = cov.addArray();
            for (int j = 0; j < 4; j++) {
                row.add(i == j ? 0.1 : 0.0);       // below the vacuum's 1/2: no quantum state
            }
        }
        doc.set("covariance", cov);
        Path squeezedTooMuch = dir.resolve("unphysical.json");
        Files.writeString(squeezedTooMuch, doc.toString());
        r = Cli.run("evolve", "squeezed-reservoir-pair", "--initial", "file:" + squeezedTooMuch, "--times", "0:1:2",
                "--out", dir.resolve("out-b").toString(), "--no-plots");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("uncertainty principle") && r.err().contains(squeezedTooMuch.toString()), r.err());
    }

    @Test
    void sweepWritesTheMomentsOfEveryPoint(@TempDir Path dir) throws Exception {
        Path states = dir.resolve("states");
        Cli.Run r = Cli.run("sweep", Cli.model("gaussian-thermal-driven.yaml"), "--grid", "T=0.5:1:2", "--set", "F=0",
                "--out", dir.resolve("out").toString(), "--no-plots", "--progress", "none", "--threads", "1",
                "--states", states.toString());
        assertEquals(0, r.code(), r.toString());
        for (double temperature : new double[] {0.5, 1.0}) {
            JsonNode doc = JSON.readTree(states.resolve("T=" + temperature + ".json").toFile());
            assertMoments(doc, 0, 0, occupation(temperature), occupation(TD), occupation(temperature), 1e-10);
        }
    }

    /** The Python snippet of docs/cli.md reads the file (skipped without python3 and numpy). */
    @Test
    void numpyReadsTheMoments(@TempDir Path dir) throws Exception {
        assumeTrue(Cli.python("import numpy") == 0, "python3 with numpy is not available");
        Path file = dir.resolve("moments.json");
        assertEquals(0, Cli.run("steady", "squeezed-reservoir-pair", "--state", file.toString()).code());
        String check = "import json, numpy as np\n"
                + "doc = json.load(open(r'" + file + "'))\n"
                + "r, V = np.array(doc['means']), np.array(doc['covariance'])\n"
                + "n = len(doc['sites'])\n"
                + "Omega = np.kron(np.eye(n), [[0, 1], [-1, 0]])\n"
                + "assert V.shape == (2 * n, 2 * n) and r.shape == (2 * n,) and np.allclose(V, V.T)\n"
                + "assert np.linalg.eigvalsh(V + 0.5j * Omega).min() > -1e-12\n"
                + "x1, p1, x2, p2 = 0, 1, 2, 3\n"
                + "epr = (V[x1, x1] + V[x2, x2] - 2 * V[x1, x2] + V[p1, p1] + V[p2, p2] + 2 * V[p1, p2]) / 2\n"
                + "assert abs(epr - 0.412886862329913) < 1e-9, epr\n";
        assertEquals(0, Cli.python(check));
    }
}
