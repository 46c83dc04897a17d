package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.model.Catalogue;
import org.junit.jupiter.api.Test;

class ReproduceCommandTest {

    @Test
    void everyBuiltInModelReproducesItsReference() {
        Cli.Run r = Cli.run("reproduce");
        assertEquals(0, r.code(), r.toString());
        for (String name : Catalogue.names()) {
            assertTrue(r.out().contains(name), name + "\n" + r.out());
        }
        assertTrue(r.out().contains(" 0 failed"), r.out());
        assertTrue(r.out().lines().findFirst().orElseThrow().startsWith("model"), r.out());
    }

    @Test
    void namedModelsOnlyAsJson() throws Exception {
        Cli.Run r = Cli.run("reproduce", "pumped-pair", "collective-decay-pair", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(0, doc.get("failed").asInt());
        assertTrue(doc.get("total").asInt() >= 3, r.out());
        for (JsonNode c : doc.get("checks")) {
            assertTrue(c.get("pass").asBoolean(), c.toString());
            String model = c.get("model").asText();
            assertTrue(model.equals("pumped-pair") || model.equals("collective-decay-pair"), model);
        }
    }

    @Test
    void aWrongReferenceFailsNamingTheCheck() throws Exception {
        Cli.Run r = Cli.run("reproduce", Cli.model("wrong-reference.yaml"));
        assertEquals(1, r.code(), r.toString());
        String failing = r.out().lines().filter(l -> l.contains("NO")).findFirst().orElseThrow();
        assertTrue(failing.contains("wrong-reference") && failing.contains("pe (T=1.0)") && failing.contains("0.3"), failing);
        assertTrue(r.out().contains("1 failed"), r.out());
        JsonNode doc = new ObjectMapper().readTree(Cli.run("reproduce", Cli.model("wrong-reference.yaml"), "--format", "json").out());
        assertTrue(doc.get("checks").get(0).get("pass").asBoolean());
        assertTrue(!doc.get("checks").get(1).get("pass").asBoolean());
        assertEquals(0.2689414213699951, doc.get("checks").get(1).get("got").asDouble(), 1e-9);
    }

    @Test
    void anUnknownNameIsBadInput() {
        Cli.Run r = Cli.run("reproduce", "no-such-model");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("no-such-model"), r.err());
    }
}
