package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads {@code dissipators:}, a list of entries with keys {@code type} (lindblad | thermal | lead |
 * generalized_thermal), {@code op}, {@code rate}, {@code frequency} and {@code temperature} (thermal
 * only), {@code energy}, {@code temperature} and {@code chemical_potential} (alias {@code mu}; lead
 * only), {@code excited_fraction} (generalized_thermal only), optional
 * {@code name} and {@code for: i=a..b}. Entries are labelled {@code dissipators[k]} (1-based)
 * plus the name when there is one.
 */
final class DissipatorReader {
    interface FormulaParser {
        Specs.Formula parse(Node n, String entry) throws ModelException;
    }

    private static final Set<String> LINDBLAD_KEYS = Set.of("type", "name", "op", "rate", "for");
    private static final Set<String> THERMAL_KEYS = Set.of("type", "name", "op", "rate", "for", "frequency", "temperature");
    private static final Set<String> LEAD_KEYS = Set.of("type", "name", "op", "rate", "for", "energy", "temperature",
            "chemical_potential", "mu");
    private static final Set<String> GENERALIZED_KEYS = Set.of("type", "name", "op", "rate", "for", "excited_fraction");
    private static final String TYPES = "lindblad, thermal, lead, generalized_thermal, global, heom or reaction_coordinate";
    private final Nodes nodes;
    private final FormulaParser formulas;

    DissipatorReader(Nodes nodes, FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    /**
     * Reads the entries; {@code type: global} entries go to {@code globals} ({@link GlobalBathReader}),
     * {@code type: heom} entries to {@code heoms} ({@link HeomBathReader}); a
     * {@code type: reaction_coordinate} entry to {@code modes} and its residual bath to {@code globals}
     * ({@link ReactionCoordinateReader}).
     */
    List<Specs.DissipatorDecl> read(Node n, List<GlobalBathDecl> globals, List<HeomBathDecl> heoms,
                                    List<ReactionCoordinateReader.Mapped> modes) throws ModelException {
        List<Specs.DissipatorDecl> out = new ArrayList<>();
        List<Node> items = nodes.sequence(n, "dissipators");
        for (int k = 0; k < items.size(); k++) {
            if (GlobalBathReader.isGlobal(items.get(k))) {
                globals.add(new GlobalBathReader(nodes, formulas).read(items.get(k), k + 1));
            } else if (ReactionCoordinateReader.isReactionCoordinate(items.get(k))) {
                ReactionCoordinateReader.Mapped r = new ReactionCoordinateReader(nodes, formulas).read(items.get(k), k + 1);
                modes.add(r);
                globals.add(r.residual());
            } else if (HeomBathReader.isHeom(items.get(k))) {
                heoms.add(new HeomBathReader(nodes, formulas).read(items.get(k), k + 1));
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
        if (!Set.of("lindblad", "thermal", "lead", "generalized_thermal").contains(type)) {
            throw nodes.error(m.get("type"), entry, "unknown type '" + type + "' (" + TYPES + ")");
        }
        Set<String> allowed = switch (type) {
            case "thermal" -> THERMAL_KEYS;
            case "lead" -> LEAD_KEYS;
            case "generalized_thermal" -> GENERALIZED_KEYS;
            default -> LINDBLAD_KEYS;
        };
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!type.equals("lead") && (e.getKey().equals("chemical_potential") || e.getKey().equals("mu"))) {
                throw nodes.error(e.getValue(), entry, "a " + type + " dissipator has no chemical potential (bosonic "
                        + "baths exchange no particles); a fermionic reservoir is written type: lead");
            }
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
        Specs.Formula mu = null;
        if (type.equals("thermal")) {
            frequency = required(m, "frequency", item, entry);
            temperature = required(m, "temperature", item, entry);
        } else if (type.equals("lead")) {
            frequency = required(m, "energy", item, entry);
            temperature = required(m, "temperature", item, entry);
            mu = chemicalPotential(m, item, entry);
        }
        Specs.Formula excited = type.equals("generalized_thermal") ? required(m, "excited_fraction", item, entry) : null;
        Range loop = null;
        if (m.containsKey("for")) {
            Node f = m.get("for");
            String text = nodes.scalar(f, entry);
            try {
                loop = dev.steadfast.model.expr.Parser.parseRange(text);
            } catch (dev.steadfast.model.expr.ExprException e) {
                throw nodes.error(f, entry, "'for': " + e.getMessage() + ModelException.quoted(text));
            }
        }
        return new Specs.DissipatorDecl(entry, name, type, op, rate, frequency, temperature, loop, Nodes.line(item), mu,
                excited);
    }

    /** A lead's {@code chemical_potential} (or its alias {@code mu}; not both). */
    private Specs.Formula chemicalPotential(Map<String, Node> m, Node item, String entry) throws ModelException {
        if (m.containsKey("chemical_potential") && m.containsKey("mu")) {
            throw nodes.error(m.get("mu"), entry, "give the chemical potential once: chemical_potential or mu, not both");
        }
        return required(m, m.containsKey("mu") ? "mu" : "chemical_potential", item, entry);
    }

    private Specs.Formula required(Map<String, Node> m, String key, Node item, String entry) throws ModelException {
        if (!m.containsKey(key)) {
            throw nodes.error(item, entry, "missing '" + key + "'");
        }
        return formulas.parse(m.get(key), entry + " " + key);
    }
}
