package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code type: global} dissipator entry ({@link GlobalBathDecl}):
 * <pre>
 *   - {type: global, name: hot, coupling: sx(q1), spectrum: ohmic, alpha: 0.01, cutoff: 10, temperature: Th}
 *   - {type: global, name: cold, coupling: sx(q2), spectrum: flat, rate: gc, temperature: Tc, lamb_shift: false}
 *   - {type: global, name: bath, coupling: sz(q1), spectrum: ohmic, alpha: 0.01, cutoff: 5, temperature: T, form: redfield}
 *   - {type: global, name: L, statistics: fermi, coupling: c(d1), spectrum: flat, rate: GL, temperature: T, chemical_potential: muL}
 * </pre>
 * A fermionic bath ({@code statistics: fermi}) needs {@code chemical_potential} (alias {@code mu}), a flat
 * spectrum and the Davies form, and its coupling is a tunnelling operator that removes one particle.
 */
final class GlobalBathReader {
    private static final Set<String> COMMON = Set.of("type", "name", "coupling", "spectrum", "temperature", "form", "lamb_shift",
            "statistics", "principal_value");
    private final Nodes nodes;
    private final DissipatorReader.FormulaParser formulas;

    GlobalBathReader(Nodes nodes, DissipatorReader.FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    /** Whether a dissipator item is a mapping with {@code type: global}. */
    static boolean isGlobal(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().strip().equals("global")) {
                    return true;
                }
            }
        }
        return false;
    }

    GlobalBathDecl read(Node item, int index) throws ModelException {
        DissipatorEntry start = DissipatorEntry.read(nodes, item, index);
        String entry = start.label();
        Map<String, Node> m = start.keys();
        String name = start.name();
        String spectrum = m.containsKey("spectrum") ? nodes.scalar(m.get("spectrum"), entry).strip() : null;
        if (spectrum == null) {
            throw nodes.error(item, entry, "missing 'spectrum' (flat or ohmic)");
        }
        if (!spectrum.equals("flat") && !spectrum.equals("ohmic")) {
            throw nodes.error(m.get("spectrum"), entry, "unknown spectrum '" + spectrum + "' (flat or ohmic)");
        }
        boolean fermi = fermionic(m, entry);
        Set<String> allowed = new TreeSet<>(COMMON);
        allowed.addAll(spectrum.equals("flat") ? Set.of("rate") : Set.of("alpha", "cutoff"));
        if (fermi) {
            allowed.addAll(Set.of("chemical_potential", "mu"));
            if (!spectrum.equals("flat")) {
                throw nodes.error(m.get("spectrum"), entry, "a fermionic bath (statistics: fermi) has a flat (wide-band) "
                        + "spectrum in this version: spectrum: flat, rate: GAMMA");
            }
        } else {
            for (String key : List.of("chemical_potential", "mu")) {
                if (m.containsKey(key)) {
                    throw nodes.error(m.get(key), entry, "a bosonic bath has no chemical potential; a fermionic reservoir "
                            + "is written statistics: fermi");
                }
            }
        }
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String hint = nodes.quoteHint(item);
                throw nodes.error(e.getValue(), entry, hint != null ? "inside {...} an expression with commas or brackets is read as "
                        + "YAML structure; " + hint : "unknown key '" + e.getKey() + "' for a global dissipator with spectrum: "
                        + spectrum + " (keys: " + String.join(", ", allowed) + ")");
            }
        }
        String form = m.containsKey("form") ? nodes.scalar(m.get("form"), entry).strip() : "davies";
        if (!form.equals("davies") && !form.equals("redfield")) {
            throw nodes.error(m.get("form"), entry, "unknown form '" + form + "' (davies, the default, or redfield)");
        }
        boolean lamb = false;
        if (m.containsKey("lamb_shift")) {
            String v = nodes.scalar(m.get("lamb_shift"), entry).strip();
            if (!v.equals("true") && !v.equals("false")) {
                throw nodes.error(m.get("lamb_shift"), entry, "lamb_shift is true or false, got '" + v + "'");
            }
            if (form.equals("redfield")) {
                throw nodes.error(m.get("lamb_shift"), entry, "lamb_shift applies to the Davies form; the Bloch-Redfield "
                        + "form always keeps the principal-value shift");
            }
            lamb = v.equals("true");
        }
        boolean principalValue = true;
        if (m.containsKey("principal_value")) {
            String v = nodes.scalar(m.get("principal_value"), entry).strip();
            if (!v.equals("true") && !v.equals("false")) {
                throw nodes.error(m.get("principal_value"), entry, "principal_value is true or false, got '" + v + "'");
            }
            if (!form.equals("redfield")) {
                throw nodes.error(m.get("principal_value"), entry, "principal_value applies to form: redfield; "
                        + "the Davies form has lamb_shift instead");
            }
            principalValue = v.equals("true");
        }
        boolean flat = spectrum.equals("flat");
        Specs.Formula mu = null;
        if (fermi) {
            if (form.equals("redfield") || lamb) {
                throw nodes.error(m.get(form.equals("redfield") ? "form" : "lamb_shift"), entry, "a fermionic bath "
                        + "(statistics: fermi) is available in the Davies form without Lamb shift only");
            }
            if (m.containsKey("chemical_potential") && m.containsKey("mu")) {
                throw nodes.error(m.get("mu"), entry, "give the chemical potential once: chemical_potential or mu, not both");
            }
            mu = required(m, m.containsKey("mu") ? "mu" : "chemical_potential", item, entry);
        }
        return new GlobalBathDecl(entry, name != null ? name : "dissipators[" + index + "]", required(m, "coupling", item, entry),
                spectrum, flat ? required(m, "rate", item, entry) : null, flat ? null : required(m, "alpha", item, entry),
                flat ? null : required(m, "cutoff", item, entry), required(m, "temperature", item, entry), form, lamb,
                Nodes.line(item), mu, principalValue);
    }

    /** {@code statistics:} bose (the default) or fermi. */
    private boolean fermionic(Map<String, Node> m, String entry) throws ModelException {
        if (!m.containsKey("statistics")) {
            return false;
        }
        String v = nodes.scalar(m.get("statistics"), entry).strip();
        if (!v.equals("bose") && !v.equals("fermi")) {
            throw nodes.error(m.get("statistics"), entry, "statistics is bose (the default) or fermi, got '" + v + "'");
        }
        return v.equals("fermi");
    }

    private Specs.Formula required(Map<String, Node> m, String key, Node item, String entry) throws ModelException {
        if (!m.containsKey(key)) {
            throw nodes.error(item, entry, "missing '" + key + "'");
        }
        return formulas.parse(m.get(key), entry + " " + key);
    }
}
