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
}
