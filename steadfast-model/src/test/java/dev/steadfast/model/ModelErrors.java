package dev.steadfast.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** Shared assertions of the error tests: a model text that must fail, and what its message must say. */
final class ModelErrors {
    private ModelErrors() {
    }

    /** Loads and instantiates {@code text} as file {@code bad.yaml}; returns the error. */
    static ModelException failure(String text) {
        return assertThrows(ModelException.class, () -> Model.parse(text, "bad.yaml").instantiate(Map.of()));
    }

    /** The message names the file and line, the entry, and each fragment. */
    static void assertMessage(ModelException e, int line, String entry, String... fragments) {
        String m = e.getMessage();
        assertTrue(m.startsWith("bad.yaml:" + line + ": "), "file and line in: " + m);
        assertEquals(line, e.line(), m);
        assertTrue(m.contains(entry), "entry '" + entry + "' in: " + m);
        for (String f : fragments) {
            assertTrue(m.contains(f), "'" + f + "' in: " + m);
        }
    }
}
