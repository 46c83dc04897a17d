package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Global baths through the command line: Davies (Gibbs states, heat currents), Bloch–Redfield, local vs global. */
class GlobalBathsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode steady(String... args) throws Exception {
        String[] full = new String[args.length + 3];
        full[0] = "steady";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--format";
        full[args.length + 2] = "json";
        Cli.Run r = Cli.run(full);
        assertEquals(0, r.code(), r.toString());
        return JSON.readTree(r.out());
    }

    /** Gibbs state of J s.s + B(sz1 + sz2): C = max(0, (e^{4J/T} - 3)/(e^{4J/T} + 1 + 2 cosh(2B/T))). */
    @ParameterizedTest
    @CsvSource({"0.5, 0.7", "0.5, 2.5", "2.0, 1.0", "1.0, 3.5", "0.3, 3.7", "2.0, 5.0"})
    void heisenbergPairThermalConcurrence(double b, double t) throws Exception {
        JsonNode j = steady("heisenberg-pair-thermal", "--set", "B=" + b, "--set", "T=" + t);
        double e = Math.exp(4 / t);
        double expected = Math.max(0, (e - 3) / (e + 1 + 2 * Math.cosh(2 * b / t)));
        assertEquals(expected, j.get("measures").get("C").asDouble(), 1e-8);
        if (t > 4 / Math.log(3)) {
            assertEquals(0, j.get("measures").get("C").asDouble(), 1e-12, "no entanglement above T = 4J/ln 3");
        }
    }

    /** Global Davies baths at one temperature T: the Gibbs state of H, no heat current. */
    @Test
    void globalBathsAtOneTemperatureGiveGibbs() throws Exception {
        double w = 1;
        double g = 0.1;
        double t = 0.8;
        JsonNode m = steady("local-vs-global", "--set", "global=1", "--set", "Th=" + t, "--set", "Tc=" + t).get("measures");
        double z = 2 * Math.cosh(w / t) + 2 * Math.cosh(g / t);
        assertEquals(Math.exp(-w / t) / z, m.get("pee").asDouble(), 1e-10);
        assertEquals(0, m.get("Jh").asDouble(), 1e-12);
        assertEquals(0, m.get("coherence").asDouble(), 1e-12);
    }

    /** Local thermal baths: the closed form of Brask et al. (2015); global ones at a gradient carry heat but no coherence. */
    @Test
    void localBathsFollowBraskAndGlobalOnesLoseTheCoherence() throws Exception {
        double w = 1;
        double g = 0.05;
        double gh = 0.02;
        double gc = 0.5;
        double th = 3;
        double nh = 1 / (Math.exp(w / th) - 1);
        double bigH = gh * (2 * nh + 1);
        double rh = nh / (2 * nh + 1);
        double bigC = gc;
        double z = 2 * g * bigH * bigC * rh / ((4 * g * g + bigH * bigC) * (bigH + bigC));
        JsonNode local = steady("local-vs-global", "--set", "g=" + g, "--set", "gh=" + gh, "--set", "gc=" + gc, "--set", "Th=" + th)
                .get("measures");
        assertEquals(z, local.get("coherence").asDouble(), 1e-10);
        assertEquals(2 * g * w * z, local.get("Jh").asDouble(), 1e-10);
        JsonNode global = steady("local-vs-global", "--set", "global=1", "--set", "Th=" + th).get("measures");
        assertEquals(0, global.get("coherence").asDouble(), 1e-12);
        assertTrue(global.get("Jh").asDouble() > 0, "heat flows from the hot bath: " + global);
        assertEquals(0, global.get("Jh").asDouble() + global.get("Jc").asDouble(), 1e-12, "energy is conserved");
    }

    /** A qubit coupled transversally to one Bloch–Redfield bath relaxes to its Gibbs populations; diagnostics are printed. */
    @Test
    void redfieldQubit() throws Exception {
        JsonNode j = steady(Cli.model("redfield-qubit.yaml"));
        assertEquals(1 / (1 + Math.exp(1 / 0.7)), j.get("measures").get("pe").asDouble(), 1e-9);
        JsonNode s = j.get("steady_state");
        assertTrue(s.get("method").asText().contains("Bloch-Redfield"), s.toString());
        assertTrue(s.get("message").asText().contains("positivity is reported, not enforced"), s.toString());
        assertTrue(s.get("residual").asDouble() < 1e-9);
        Cli.Run table = Cli.run("steady", Cli.model("redfield-qubit.yaml"));
        assertTrue(table.out().contains("min eigenvalue") && table.out().contains("not enforced"), table.out());
        Cli.Run spectrum = Cli.run("spectrum", Cli.model("redfield-qubit.yaml"), "--format", "json");
        assertEquals(0, spectrum.code(), spectrum.toString());
        assertEquals(1, JSON.readTree(spectrum.out()).get("zero_count").asInt());
    }

    @Test
    void redfieldWithLindbladTermsIsRefusedClearly() {
        Cli.Run r = Cli.run("steady", Cli.model("redfield-plus-lindblad.yaml"));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("redfield-plus-lindblad.yaml:6: dissipators[2] (bath)")
                && r.err().contains("cannot be combined with Lindblad"), r.err());
    }
}
