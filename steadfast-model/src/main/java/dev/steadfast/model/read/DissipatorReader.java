package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code dissipators:}, a list of entries with keys {@code type} (lindblad | thermal |
 * generalized_thermal), {@code op}, {@code rate}, {@code frequency} and {@code temperature}
 * (thermal only), {@code excited_fraction} (generalized_thermal only), optional
 * {@code name} and {@code for: i=a..b}. Entries are labelled {@code dissipators[k]} (1-based)
 * plus the name when there is one.
 */
final class DissipatorReader {
    interface FormulaParser {
        Specs.Formula parse(Node n, String entry) throws ModelException;
    }

    private static final Set<String> LINDBLAD_KEYS = Set.of("type", "name", "op", "rate", "for");
    private static final Set<String> THERMAL_KEYS = Set.of("type", "name", "op", "rate", "for", "frequency", "temperature");
    private static final Set<String> GENERALIZED_KEYS = Set.of("type", "name", "op", "rate", "for", "excited_fraction");
    private static final String TYPES = "lindblad, thermal, generalized_thermal or global";
    private final Nodes nodes;
    private final FormulaParser formulas;

    DissipatorReader(Nodes nodes, FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    /** Reads the entries; {@code type: global} entries go to {@code globals} ({@link GlobalBathReader}). */
    List<Specs.DissipatorDecl> read(Node n, List<GlobalBathDecl> globals) throws ModelException {
        List<Specs.DissipatorDecl> out = new ArrayList<>();
        List<Node> items = nodes.sequence(n, "dissipators");
        for (int k = 0; k < items.size(); k++) {
            if (GlobalBathReader.isGlobal(items.get(k))) {
                globals.add(new GlobalBathReader(nodes, formulas).read(items.get(k), k + 1));
            } else {
                out.add(entry(items.get(k), k + 1));
            }
        }
        return out;
    }

    private Specs.DissipatorDecl entry(Node item, int index) throws ModelException {
        DissipatorEntry start = DissipatorEntry.read(nodes, item, index);
        String entry = start.label();
        Map<String, Node> m = start.keys();
        String name = start.name();
        if (!m.containsKey("type")) {
            throw nodes.error(item, entry, "missing 'type' (" + TYPES + ")");
        }
        String type = nodes.scalar(m.get("type"), entry).strip();
        if (!type.equals("lindblad") && !type.equals("thermal") && !type.equals("generalized_thermal")) {
            throw nodes.error(m.get("type"), entry, "unknown type '" + type + "' (" + TYPES + ")");
        }
        Set<String> allowed = type.equals("thermal") ? THERMAL_KEYS : type.equals("generalized_thermal") ? GENERALIZED_KEYS : LINDBLAD_KEYS;
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                String hint = nodes.quoteHint(item);
                throw nodes.error(e.getValue(), entry, hint != null ? "inside {...} an expression with commas or brackets is read as "
                        + "YAML structure; " + hint : "unknown key '" + e.getKey() + "' for a " + type + " dissipator (keys: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
        Specs.Formula op = required(m, "op", item, entry);
        Specs.Formula rate = required(m, "rate", item, entry);
        Specs.Formula frequency = null;
        Specs.Formula temperature = null;
        if (type.equals("thermal")) {
            frequency = required(m, "frequency", item, entry);
            temperature = required(m, "temperature", item, entry);
        }
        Specs.Formula excited = type.equals("generalized_thermal") ? required(m, "excited_fraction", item, entry) : null;
        Range loop = null;
        if (m.containsKey("for")) {
            Node f = m.get("for");
            String text = nodes.scalar(f, entry);
            try {
                loop = dev.steadfast.model.expr.Parser.parseRange(text);
            } catch (dev.steadfast.model.expr.ExprException e) {
                throw nodes.error(f, entry, "'for': " + e.getMessage() + " in \"" + text + "\"");
            }
        }
        return new Specs.DissipatorDecl(entry, name, type, op, rate, frequency, temperature, loop, Nodes.line(item), excited);
    }

    private Specs.Formula required(Map<String, Node> m, String key, Node item, String entry) throws ModelException {
        if (!m.containsKey(key)) {
            throw nodes.error(item, entry, "missing '" + key + "'");
        }
        return formulas.parse(m.get(key), entry + " " + key);
    }
}
