package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad model files: exit code 2 and one message naming the file, the line and the problem. */
class BadModelFilesTest {

    @ParameterizedTest
    @CsvSource({
        "unknown-site.yaml, 7, q3",
        "unknown-operator.yaml, 8, sminus",
        "unbalanced-parentheses.yaml, 7, parenthes",
        "flow-comma.yaml, 8, ''",
        "negative-rate.yaml, 9, '>= 0'"})
    void badModelIsExitTwoWithFileAndLine(String file, int line, String problem) {
        Cli.Run r = Cli.run("steady", Cli.model(file));
        assertEquals(2, r.code(), r.toString());
        String err = r.err();
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains(file + ":" + line), "names " + file + ":" + line + ": " + err);
        assertTrue(err.toLowerCase().contains(problem.toLowerCase()), "says '" + problem + "': " + err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
        assertEquals("", r.out());
    }

    /** An ensemble operator where only a number may stand is bad input, as it is in an ordinary model. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "w0*jz(e) + 1/jz(e); cannot divide by an operator",
        "sqrt(jz(e));        sqrt of an operator is not supported",
        "2^jz(e);            an exponent must be a number, not an operator"})
    void ensembleOperatorWhereANumberBelongsIsExitTwo(String hamiltonian, String problem, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("ensemble.yaml");
        Files.writeString(file, "name: misuse\nparameters:\n  w0: 1\nsites:\n  e: {ensemble: 3}\n"
                + "hamiltonian: " + hamiltonian + "\ndissipators:\n  - {type: lindblad, op: jm(e), rate: 1}\n");
        Cli.Run r = Cli.run("steady", file.toString());
        assertEquals(2, r.code(), r.toString());
        String err = r.err();
        assertTrue(err.startsWith("error: " + file + ":6: hamiltonian: " + problem), err);
        assertTrue(err.contains("\"" + hamiltonian + "\""), "names the term: " + err);
        assertFalse(err.contains("internal error"), err);
        assertEquals(1, err.strip().lines().count(), "one line: " + err);
    }

    @Test
    void debugAddsTheStackTrace() {
        Cli.Run r = Cli.run("steady", Cli.model("unknown-site.yaml"), "--debug");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileIsBadInput() {
        Cli.Run r = Cli.run("sweep", "does/not/exist.yaml", "--grid", "w=1,2", "--out", "ignored");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("does/not/exist.yaml"), r.err());
        assertFalse(r.err().contains("\tat "));
    }
}
