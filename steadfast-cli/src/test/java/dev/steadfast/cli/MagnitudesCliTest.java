package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Magnitudes no double-precision solver can resolve are bad input (exit 2) naming the file, line
 * and term, for every command — never "not unique", an internal error or rows of NaN.
 */
class MagnitudesCliTest {

    @Test
    void anOverflowingChannelIsBadInputForEveryCommand() {
        String file = Cli.model("overflowing-rate.yaml");
        for (String[] args : new String[][] {{"steady", file}, {"spectrum", file},
                {"evolve", file, "--initial", "q=1", "--times", "0:1:3", "--out", System.getProperty("java.io.tmpdir") + "/sf-ovf"}}) {
            Cli.Run r = Cli.run(args);
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().contains("overflowing-rate.yaml:5") && r.err().contains("loss"), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
        }
    }

    @Test
    void aParameterThatSwampsTheRestIsBadInput() {
        Cli.Run r = Cli.run("steady", "thermal-entanglement-machine", "--set", "g=1e300");
        assertEquals(2, r.code(), r.toString());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    /** A bath 1e-13 of the generator's scale is not resolvable: bad input, never a kernel "like a dark state". */
    @Test
    void aBathBelowTheResolutionIsBadInputNotADarkState() {
        Cli.Run r = Cli.run("steady", Cli.model("tiny-rate.yaml"), "--format", "json");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("tiny-rate.yaml:6") && r.err().contains("leak"), r.err());
    }

    /**
     * The collectively decaying pair at w = 0: the charge-neutral sector has a 2-dimensional kernel,
     * the whole Liouvillian a 4-dimensional one (the coherences between the degenerate |00> and
     * singlet are stationary too). `steady` reports L's, with the sector's alongside, and agrees
     * with `spectrum`; `--initial` works in the sector that contains the initial state and says so.
     */
    @Test
    void kernelDimensionAgreesAcrossCommands() throws Exception {
        String file = Cli.model("degenerate-dark-pair.yaml");
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Cli.Run steady = Cli.run("steady", file, "--format", "json");
        assertEquals(0, steady.code(), steady.toString());
        var s = json.readTree(steady.out()).get("steady_state");
        assertEquals(4, s.get("kernel_dimension").asInt(), s.toString());
        assertEquals("generator", s.get("kernel_scope").asText());
        assertEquals(2, s.get("sector_kernel_dimension").asInt());
        Cli.Run spectrum = Cli.run("spectrum", file, "--count", "8", "--format", "json");
        assertEquals(4, json.readTree(spectrum.out()).get("zero_count").asInt(), spectrum.out());
        var inSector = json.readTree(Cli.run("steady", file, "--initial", "bell_psi_plus(q1,q2)", "--format", "json").out())
                .get("initial");
        assertEquals(2, inSector.get("kernel_dimension").asInt(), inSector.toString());
        assertEquals("sector", inSector.get("kernel_scope").asText());
        var across = json.readTree(Cli.run("steady", file, "--initial", "across", "--format", "json").out()).get("initial");
        assertEquals(4, across.get("kernel_dimension").asInt(), across.toString());
        assertEquals("generator", across.get("kernel_scope").asText());
    }
}
