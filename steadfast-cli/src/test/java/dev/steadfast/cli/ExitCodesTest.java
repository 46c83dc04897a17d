package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.model.ModelException;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.system.InvalidSystemException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The mapping from failures to exit codes and messages, through the real command line. */
class ExitCodesTest {

    @Command(name = "fail")
    static final class Failing implements Callable<Integer> {
        private final Exception failure;

        Failing(Exception failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            throw failure;
        }
    }

    private static Cli.Run failWith(Exception e, String... extra) {
        CommandLine cl = Main.commandLine();
        cl.addSubcommand("fail", new Failing(e));
        String[] args = new String[extra.length + 1];
        args[0] = "fail";
        System.arraycopy(extra, 0, args, 1, extra.length);
        return Cli.run(cl, args);
    }

    @Test
    void numericalFailureIsExitOneAndSaysWhatFailed() {
        Cli.Run r = failWith(new SteadyStateException("the residual 1e-3 exceeds the tolerance"));
        assertEquals(1, r.code());
        assertEquals("numerical failure: the residual 1e-3 exceeds the tolerance", r.err().strip());
    }

    @Test
    void badInputIsExitTwo() {
        assertEquals(2, failWith(new ModelException("m.yaml", 3, "hamiltonian", "not Hermitian")).code());
        assertEquals("error: m.yaml:3: hamiltonian: not Hermitian",
                failWith(new ModelException("m.yaml", 3, "hamiltonian", "not Hermitian")).err().strip());
        assertEquals(2, failWith(new InvalidSystemException("hot", "negative temperature")).code());
        assertEquals(2, failWith(new BadInputException("--threads 0: must be at least 1")).code());
    }

    @Test
    void unexpectedErrorIsExitOneWithoutStackTraceUnlessDebug() {
        Cli.Run plain = failWith(new IllegalStateException("boom"));
        assertEquals(1, plain.code());
        assertTrue(plain.err().contains("boom") && plain.err().contains("--debug"), plain.err());
        assertFalse(plain.err().contains("\tat "));
        Cli.Run debug = failWith(new IllegalStateException("boom"), "--debug");
        assertTrue(debug.err().contains("\tat "), debug.err());
    }

    @Test
    void unknownOptionsAndMissingArgumentsAreExitTwo() {
        Cli.Run r = Cli.run("steady", "--no-such-option", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option") && r.err().contains("steadfast steady --help"), r.err());
        assertEquals(2, Cli.run("steady").code());
        assertEquals(2, Cli.run("sweep", "x", "--out", "d").code(), "--grid is required");
        assertEquals(2, Cli.run("frobnicate").code());
        assertEquals(2, Cli.run().code(), "no subcommand prints the usage");
        assertEquals(0, Cli.run("--help").code());
        assertEquals(0, Cli.run("sweep", "--help").code());
    }
}
