package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Gaussian models (oscillators) through the command line: JSON output, the unstable and the non-Gaussian case. */
class GaussianCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void steadyJsonHasTheMeasuresMomentsAndCovariance() throws Exception {
        Cli.Run r = Cli.run("steady", "squeezed-reservoir-pair", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        assertEquals(0.412886862329913, j.get("measures").get("epr").asDouble(), 1e-9);
        assertEquals("lyapunov_schur", j.get("steady_state").get("route").asText());
        assertTrue(j.get("steady_state").get("unique").asBoolean());
        JsonNode g = j.get("gaussian");
        assertEquals(2, g.get("modes").asInt());
        assertEquals(4, g.get("means").size());
        assertEquals(4, g.get("covariance").size());
        // V_x1x1 = <n1> + 1/2
        assertEquals(j.get("measures").get("n1").asDouble() + 0.5, g.get("covariance").get(0).get(0).asDouble(), 1e-12);
    }

    @Test
    void anAmplifierAboveThresholdIsANumericalFailureNamingTheGrowthRate() {
        Cli.Run r = Cli.run("steady", Cli.model("gaussian-amplifier.yaml"));
        assertEquals(ExitCodes.NUMERICAL_FAILURE, r.code(), r.toString());
        assertTrue(r.err().contains("unstable") && r.err().contains("0.300000"), r.toString());
        assertEquals(0, Cli.run("steady", Cli.model("gaussian-amplifier.yaml"), "--set", "g=0.3").code());
    }

    @Test
    void aNonGaussianTermIsBadInputSuggestingBosons() {
        Cli.Run r = Cli.run("steady", Cli.model("gaussian-kerr.yaml"));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("degree 4") && r.err().contains("{boson: n}"), r.toString());
    }

    @Test
    void spectrumOfAGaussianModelIsBadInputNotAnInternalError() {
        Cli.Run r = Cli.run("spectrum", Cli.model("gaussian-amplifier.yaml"), "--set", "g=0.3");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.toString());
        assertTrue(r.err().contains("Gaussian model"), r.toString());
    }
}
