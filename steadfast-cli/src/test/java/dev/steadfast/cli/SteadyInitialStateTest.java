package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code steadfast steady --initial STATE}: the state an initial state relaxes to when the steady state is not unique. */
class SteadyInitialStateTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Collective decay from |10> = (|T0> - |S>)/sqrt 2: the singlet half is dark, the triplet half
     * decays to |00>, so the state reached is (|00><00| + |S><S|)/2 with concurrence 1/2.
     */
    @Test
    void collectiveDecayFromOneExcitedQubit() throws Exception {
        for (String state : new String[] {"q1=1,q2=0", "q1_excited"}) {
            Cli.Run r = Cli.run("steady", "collective-decay-pair", "--initial", state, "--format", "json");
            assertEquals(0, r.code(), r.toString());
            JsonNode j = JSON.readTree(r.out());
            assertFalse(j.get("steady_state").get("unique").asBoolean());
            assertEquals(0.5, j.get("measures").get("C").asDouble(), 1e-7, r.out());
            JsonNode init = j.get("initial");
            assertTrue(init.get("reached").asBoolean());
            assertTrue(init.get("kernel_dimension").asInt() >= 2, init.toString());
            assertEquals(1.0, init.get("trace").asDouble(), 1e-10);
            assertTrue(init.get("message").asText().contains("reached from the initial state " + state), init.toString());
        }
        Cli.Run table = Cli.run("steady", "collective-decay-pair", "--initial", "q1=1,q2=0");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("reached from the initial state q1=1,q2=0") && table.out().contains("kernel dimension")
                && table.out().contains("conserved values"), table.out());
    }

    /** From |11> nothing is dark: both excitations decay through the bright triplet, C = 0. */
    @Test
    void fromBothExcitedNothingIsDark() throws Exception {
        Cli.Run r = Cli.run("steady", "collective-decay-pair", "--initial", "q1=1,q2=1", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(0, JSON.readTree(r.out()).get("measures").get("C").asDouble(), 1e-7, r.out());
    }

    @Test
    void aUniqueSteadyStateIgnoresTheInitialState() throws Exception {
        Cli.Run plain = Cli.run("steady", "thermal-entanglement-machine", "--format", "json");
        Cli.Run with = Cli.run("steady", "thermal-entanglement-machine", "--initial", "bell_phi_plus(q1,q2)", "--format", "json");
        assertEquals(0, with.code(), with.toString());
        JsonNode j = JSON.readTree(with.out());
        assertEquals(JSON.readTree(plain.out()).get("measures"), j.get("measures"));
        assertFalse(j.get("initial").get("reached").asBoolean());
        assertTrue(j.get("initial").get("message").asText().contains("changes nothing"), j.toString());
        Cli.Run table = Cli.run("steady", "thermal-entanglement-machine", "--initial", "q1=1");
        assertTrue(table.out().contains("changes nothing: the steady state is unique"), table.out());
    }

    @Test
    void aBadInitialStateIsExitTwo() {
        Cli.Run r = Cli.run("steady", "collective-decay-pair", "--initial", "q1=7");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--initial q1=7"), r.err());
    }
}
