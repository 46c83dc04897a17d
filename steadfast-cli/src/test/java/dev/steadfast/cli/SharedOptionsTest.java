package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MODEL, --set, --format and --method are declared once (picocli mixins) and read the same in every command. */
class SharedOptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"steady", "sweep", "spectrum", "evolve"})
    void everyModelCommandTakesModelAndSet(String command) {
        String help = Cli.run(command, "--help").out();
        assertTrue(help.contains("[--set=NAME=VALUE]... MODEL"), help);
        assertTrue(help.contains("--set=NAME=VALUE   Override a parameter (repeatable); VALUE is a number"), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"steady", "spectrum", "evolve"})
    void formatDefaultsToTableInLowerCase(String command) {
        String help = Cli.run(command, "--help").out();
        assertTrue(help.contains("--format=FORMAT    table (for people) or json (for programs); default:\n"
                + "                           table."), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"steady", "sweep"})
    void methodDefaultsToAutoInLowerCase(String command) {
        String help = Cli.run(command, "--help").out();
        assertTrue(help.replaceAll("\\s+", " ").contains("direct or iterative; default: auto."), help);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "JSON", "Json"})
    void formatIgnoresCase(String format) {
        Cli.Run r = Cli.run("spectrum", Cli.model("damped-qubit.yaml"), "--count", "2", "--format", format);
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("{"), r.out());
    }

    @Test
    void aBadValueListsTheValidOnesInLowerCase() {
        Cli.Run method = Cli.run("steady", Cli.model("damped-qubit.yaml"), "--method", "fastest");
        assertEquals(2, method.code(), method.toString());
        assertTrue(method.err().contains("expected one of [auto, direct, iterative] (case-insensitive) but was 'fastest'"), method.err());
        Cli.Run format = Cli.run("spectrum", Cli.model("damped-qubit.yaml"), "--format", "xml");
        assertEquals(2, format.code(), format.toString());
        assertTrue(format.err().contains("expected one of [table, json] (case-insensitive) but was 'xml'"), format.err());
    }
}
