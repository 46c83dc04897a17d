package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The common start of every {@code dissipators:} entry, Lindblad, thermal or global: its keys,
 * its optional {@code name} (letters, digits, _; anything else is an error) and the label that
 * messages use, {@code dissipators[k]} (1-based) plus {@code " (name)"} when there is a name.
 *
 * @param keys  the entry's mapping
 * @param name  the name, or null
 * @param label "dissipators[k]" or "dissipators[k] (name)"
 */
record DissipatorEntry(Map<String, Node> keys, String name, String label) {

    static DissipatorEntry read(Nodes nodes, Node item, int index) throws ModelException {
        String entry = "dissipators[" + index + "]";
        Map<String, Node> m = nodes.mapping(item, entry);
        String name = m.containsKey("name") ? nodes.scalar(m.get("name"), entry).strip() : null;
        if (name != null) {
            entry += " (" + name + ")";
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw nodes.error(m.get("name"), entry, "'" + name + "' is not a valid name (letters, digits, _)");
            }
        }
        return new DissipatorEntry(m, name, entry);
    }
}
