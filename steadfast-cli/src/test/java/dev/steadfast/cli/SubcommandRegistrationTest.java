package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run registers only the subcommand it names (start-up time), yet help, usage and every
 * subcommand behave as with the full command tree.
 */
class SubcommandRegistrationTest {

    @Test
    void aRunBuildsOnlyTheNamedSubcommand() {
        assertEquals(Set.of("steady"), Main.commandLine("steady", "x").getSubcommands().keySet());
        assertEquals(SteadfastCommand.SUBCOMMANDS.keySet(), Main.commandLine("--debug", "steady").getSubcommands().keySet());
        assertEquals(SteadfastCommand.SUBCOMMANDS.keySet(), Main.commandLine("help", "steady").getSubcommands().keySet());
    }

    @Test
    void topLevelHelpListsEverySubcommand() {
        Cli.Run r = Cli.run("--help");
        assertEquals(0, r.code(), r.toString());
        for (String name : SteadfastCommand.SUBCOMMANDS.keySet()) {
            assertTrue(r.out().lines().anyMatch(l -> l.strip().startsWith(name + " ") || l.strip().equals(name)),
                    "help lists " + name + ":\n" + r.out());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"steady", "sweep", "merge", "slurm", "evolve", "spectrum", "fcs", "models", "reproduce"})
    void eachSubcommandHasItsOwnUsage(String name) {
        Cli.Run r = Cli.run(name, "--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: steadfast " + name), r.out());
    }

    @Test
    void helpCommandNamesAnotherSubcommand() {
        Cli.Run r = Cli.run("help", "sweep");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("Usage: steadfast sweep"), r.out());
    }

    @Test
    void debugBeforeTheSubcommandStillRunsIt() {
        Cli.Run r = Cli.run("--debug", "models");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("thermal-entanglement-machine"), r.out());
    }
}
