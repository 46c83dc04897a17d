package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code type: heom} dissipator entry ({@link HeomBathDecl}):
 * <pre>
 *   - {type: heom, name: hot, coupling: sx(q), spectrum: drude_lorentz, lambda: 0.05, gamma: 1, temperature: Th, terms: 1, depth: 4}
 *   - {type: heom, coupling: sz(q), spectrum: underdamped, lambda: 0.2, gamma: 0.4, w0: 1.2, temperature: T,
 *      terms: 1, decomposition: matsubara, depth: 4}
 * </pre>
 */
final class HeomBathReader {
    private static final Set<String> COMMON = Set.of("type", "name", "coupling", "spectrum", "lambda", "gamma", "temperature",
            "terms", "decomposition", "depth");
    private final Nodes nodes;
    private final DissipatorReader.FormulaParser formulas;

    HeomBathReader(Nodes nodes, DissipatorReader.FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    /** Whether a dissipator item is a mapping with {@code type: heom}. */
    static boolean isHeom(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().strip().equals("heom")) {
                    return true;
                }
            }
        }
        return false;
    }

    HeomBathDecl read(Node item, int index) throws ModelException {
        DissipatorEntry start = DissipatorEntry.read(nodes, item, index);
        String entry = start.label();
        Map<String, Node> m = start.keys();
        if (!m.containsKey("spectrum")) {
            throw nodes.error(item, entry, "missing 'spectrum' (drude_lorentz or underdamped)");
        }
        String spectrum = nodes.scalar(m.get("spectrum"), entry).strip();
        if (!spectrum.equals("drude_lorentz") && !spectrum.equals("underdamped")) {
            throw nodes.error(m.get("spectrum"), entry, "unknown spectrum '" + spectrum + "' for a heom bath (drude_lorentz or underdamped)");
        }
        boolean underdamped = spectrum.equals("underdamped");
        Set<String> allowed = new TreeSet<>(COMMON);
        if (underdamped) {
            allowed.add("w0");
        }
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String hint = nodes.quoteHint(item);
                throw nodes.error(e.getValue(), entry, hint != null ? "inside {...} an expression with commas or brackets is read as "
                        + "YAML structure; " + hint : "unknown key '" + e.getKey() + "' for a heom dissipator with spectrum: "
                        + spectrum + " (keys: " + String.join(", ", allowed) + ")");
            }
        }
        String decomposition = m.containsKey("decomposition") ? nodes.scalar(m.get("decomposition"), entry).strip() : "pade";
        if (!decomposition.equals("pade") && !decomposition.equals("matsubara")) {
            throw nodes.error(m.get("decomposition"), entry, "unknown decomposition '" + decomposition
                    + "' (pade, the default, or matsubara)");
        }
        String name = start.name() != null ? start.name() : "dissipators[" + index + "]";
        return new HeomBathDecl(entry, name, required(m, "coupling", item, entry), spectrum, required(m, "lambda", item, entry),
                required(m, "gamma", item, entry), underdamped ? required(m, "w0", item, entry) : null,
                required(m, "temperature", item, entry), required(m, "terms", item, entry), decomposition,
                required(m, "depth", item, entry), Nodes.line(item));
    }

    private Specs.Formula required(Map<String, Node> m, String key, Node item, String entry) throws ModelException {
        if (!m.containsKey(key)) {
            throw nodes.error(item, entry, "missing '" + key + "'");
        }
        return formulas.parse(m.get(key), entry + " " + key);
    }
}
