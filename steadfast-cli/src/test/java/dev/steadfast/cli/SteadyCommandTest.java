package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Black-box tests of {@code steadfast steady}: output formats, exit codes, uniqueness. */
class SteadyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonHasTheContractKeysAndACertifiedState() throws Exception {
        Cli.Run r = Cli.run("steady", Cli.model("two-qubit-machine.yaml"), "--set", "Th=2", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        assertEquals("two-qubit-machine", j.get("model").asText());
        assertEquals(2.0, j.get("parameters").get("Th").asDouble());
        assertEquals(List.of("w", "g", "gh", "gc", "Th", "Tc"), names(j.get("parameters")));
        assertEquals(List.of("m1", "m2", "C"), names(j.get("measures")));
        JsonNode s = j.get("steady_state");
        for (String key : List.of("unique", "residual", "trace", "min_eigenvalue", "method", "dimension", "seconds",
                "symmetry", "kernel_dimension", "condition_estimate", "nonzeros", "message")) {
            assertTrue(s.has(key), "steady_state." + key + " in " + s);
        }
        assertTrue(s.get("unique").asBoolean());
        assertEquals(1.0, s.get("trace").asDouble(), 1e-12);
        assertTrue(s.get("residual").asDouble() < 1e-9, s.toString());
        assertTrue(s.get("min_eigenvalue").asDouble() > -1e-10, s.toString());
        assertEquals(4, s.get("dimension").asInt());
        double m2 = j.get("measures").get("m2").asDouble();
        assertTrue(m2 > -1 && m2 < -0.5, "the qubit at the cold bath is mostly in its ground state: " + m2);
        assertTrue(j.get("measures").get("m1").asDouble() > m2, "the hot qubit is more excited");
    }

    @Test
    void tableShowsModelParametersMeasuresAndDiagnostics() {
        Cli.Run r = Cli.run("steady", Cli.model("two-qubit-machine.yaml"));
        assertEquals(0, r.code(), r.toString());
        String out = r.out();
        for (String word : List.of("model", "two-qubit-machine", "parameters", "Th", "measures", "m1", "C",
                "steady state", "unique", "yes", "residual", "trace", "min eigenvalue", "method", "symmetry",
                "dimension", "seconds")) {
            assertTrue(out.contains(word), "'" + word + "' in\n" + out);
        }
        assertTrue(out.indexOf("parameters") < out.indexOf("measures")
                && out.indexOf("measures") < out.indexOf("steady state"), out);
        assertEquals("", r.err());
    }

    @Test
    void nonUniqueSteadyStateIsReportedNotPicked() throws Exception {
        Cli.Run r = Cli.run("steady", Cli.model("dark-pair.yaml"), "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        JsonNode s = j.get("steady_state");
        assertFalse(s.get("unique").asBoolean());
        assertTrue(j.get("measures").isNull(), j.toString());
        assertTrue(s.get("message").asText().contains("not unique"), s.toString());
        assertTrue(s.get("kernel_dimension").asInt() > 1, s.toString());
        assertTrue(s.get("message").asText().contains(s.get("kernel_dimension").asText()), s.toString());

        Cli.Run table = Cli.run("steady", Cli.model("dark-pair.yaml"));
        assertEquals(0, table.code());
        assertTrue(table.out().contains("NO") && table.out().contains("not computed"), table.out());
    }

    @Test
    void builtInCollectiveDecayPairIsNotUnique() throws Exception {
        Cli.Run r = Cli.run("steady", "collective-decay-pair", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertFalse(JSON.readTree(r.out()).get("steady_state").get("unique").asBoolean(), r.out());
    }

    @Test
    void fortyQubitChainIsRefusedAtOnce() {
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run("steady", Cli.model("chain-40.yaml"));
        double seconds = (System.nanoTime() - t0) * 1e-9;
        assertEquals(2, r.code(), r.toString());
        assertTrue(seconds < 1.0, "refused in " + seconds + " s");
        assertTrue(r.err().startsWith("error: ") && r.err().contains("chain-40.yaml:8: sites:"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --debug");
    }

    @Test
    void unknownParameterAndMalformedValueAreBadInput() {
        Cli.Run unknown = Cli.run("steady", Cli.model("two-qubit-machine.yaml"), "--set", "Tx=1");
        assertEquals(2, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("Tx"), unknown.err());
        Cli.Run malformed = Cli.run("steady", Cli.model("two-qubit-machine.yaml"), "--set", "Th=hot");
        assertEquals(2, malformed.code(), malformed.toString());
        assertTrue(malformed.err().contains("hot"), malformed.err());
        Cli.Run format = Cli.run("steady", Cli.model("two-qubit-machine.yaml"), "--format", "xml");
        assertEquals(2, format.code(), format.toString());
    }

    @Test
    void unknownModelIsBadInput() {
        Cli.Run r = Cli.run("steady", "no-such-model");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no-such-model"), r.err());
        assertEquals("", r.out());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Both routes, forced with --method, give the same certified state; a bad route is bad input. */
    @Test
    void methodOptionForcesARouteWithTheSameAnswer() throws Exception {
        JsonNode direct = JSON.readTree(Cli.run("steady", "xx-chain-thermal", "--set", "N=5", "--method", "direct",
                "--format", "json").out());
        JsonNode iterative = JSON.readTree(Cli.run("steady", "xx-chain-thermal", "--set", "N=5", "--method", "iterative",
                "--format", "json").out());
        assertTrue(direct.get("steady_state").get("method").asText().startsWith("direct"), direct.toString());
        assertTrue(iterative.get("steady_state").get("method").asText().startsWith("GMRES"), iterative.toString());
        for (String m : List.of("current", "C12")) {
            assertEquals(direct.get("measures").get(m).asDouble(), iterative.get("measures").get(m).asDouble(), 1e-11, m);
        }
        Cli.Run bad = Cli.run("steady", "xx-chain-thermal", "--method", "fastest");
        assertEquals(2, bad.code(), bad.toString());
    }
}
