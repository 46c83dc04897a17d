package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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
