package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.model.Catalogue;
import dev.steadfast.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelsCommandTest {

    @Test
    void listsEveryBuiltInModelWithItsDescription() {
        Cli.Run r = Cli.run("models");
        assertEquals(0, r.code(), r.toString());
        List<Model> all = Catalogue.all();
        assertTrue(all.size() >= 2, "built-in models: " + all.size());
        List<String> lines = r.out().lines().toList();
        assertEquals(all.size(), lines.size(), r.out());
        for (int i = 0; i < all.size(); i++) {
            assertTrue(lines.get(i).startsWith(all.get(i).name() + " "), lines.get(i));
        }
        assertTrue(r.out().contains("thermal-entanglement-machine"), r.out());
    }

    @Test
    void showPrintsTheModelFileThatSteadyAccepts() throws Exception {
        Cli.Run r = Cli.run("models", "show", "thermal-entanglement-machine");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("name: thermal-entanglement-machine"), r.out());
        assertTrue(r.out().contains("dissipators"), r.out());
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("shown", ".yaml");
        try {
            java.nio.file.Files.writeString(copy, r.out());
            assertEquals("thermal-entanglement-machine", Model.load(copy).name());
        } finally {
            java.nio.file.Files.delete(copy);
        }
    }

    @Test
    void showOfAnUnknownModelListsTheKnownOnes() {
        Cli.Run r = Cli.run("models", "show", "nope");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("unknown model 'nope'") && r.err().contains("thermal-entanglement-machine"),
                r.err());
    }
}
