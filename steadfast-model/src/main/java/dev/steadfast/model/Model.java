package dev.steadfast.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A parsed model file (format v1, see docs/model-format.md): parameters, sites, Hamiltonian,
 * dissipators and measures, not yet evaluated at a parameter point. Immutable and thread-safe;
 * {@link #instantiate(Map)} evaluates it at one point.
 */
public final class Model {
    private Model() {
    }

    /** Reads and checks a YAML or JSON model file. */
    public static Model load(Path file) throws ModelException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Parses model text; {@code sourceName} is used in error messages. */
    public static Model parse(String text, String sourceName) throws ModelException {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public String name() { throw new UnsupportedOperationException(); }
    public String description() { throw new UnsupportedOperationException(); }
    /** The text the model was read from (what {@code models show} prints). */
    public String sourceText() { throw new UnsupportedOperationException(); }
    /** Parameter names in file order. */
    public List<String> parameterNames() { throw new UnsupportedOperationException(); }
    /** Measure names in file order. */
    public List<String> measureNames() { throw new UnsupportedOperationException(); }
    /** The {@code reference:} block as plain data (empty when absent). */
    public Map<String, Object> reference() { throw new UnsupportedOperationException(); }

    /** The Hilbert-space dimension at the given overrides, computed from the sites alone (no allocation). */
    public long hilbertDimension(Map<String, Double> overrides) throws ModelException {
        throw new UnsupportedOperationException();
    }

    /**
     * Evaluates the model at a parameter point: {@code overrides} replace parameter values (an
     * unknown name is an error); dependent parameters are recomputed from them.
     */
    public ModelInstance instantiate(Map<String, Double> overrides) throws ModelException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
