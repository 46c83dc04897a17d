package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code type: reaction_coordinate} entry and writes it into the model as what it is
 * (Iles-Smith, Lambert, Nazir, PRA 90, 032114 (2014); Nazir & Schaller, arXiv:1805.08307): the
 * underdamped spectral density {@code J(ω) = λ²γω/((ω0² − ω²)² + γ²ω²)} of a bath coupled through
 * Q (QuTiP's {@code UnderDampedBath} convention, as for {@code type: heom}) is exactly a mode of
 * frequency ω0 coupled through {@code g Q (a + a†)}, {@code g = λ/sqrt(2 ω0)}, itself damped at rate
 * γ by an ohmic residual bath on {@code a + a†}. The entry becomes:
 * <ul>
 *   <li>a site {@code rc_<name>: {boson: levels}} appended to the sites (last in tensor order);</li>
 *   <li>{@code + ω0 n(rc) + g (Q)(a(rc) + adag(rc))} added to the Hamiltonian — by default with no
 *       counter-term, the same Hamiltonian H_S + Q ⊗ X as the HEOM; with {@code reorganisation: true}
 *       also the reorganisation term {@code (g²/ω0) Q² = λ²/(2ω0²) Q²} (the bath's reorganisation
 *       energy ∫ J(ω)/(πω) dω), for a system Hamiltonian defined with the counter-term;</li>
 *   <li>a global Davies bath named after the entry on {@code a(rc) + adag(rc)}, ohmic with
 *       {@code alpha = γ/(2π ω0)} (so that the mode's energy decays at rate γ: 2π J(ω0) = γ) and
 *       {@code cutoff} (default 50 ω0), at the entry's temperature.</li>
 * </ul>
 * Measures on the original sites are measures of the system with the mode traced out;
 * {@code heat_current(name)} is the residual bath's current into system + mode, equal to the
 * current into the system in a steady state.
 */
final class ReactionCoordinateReader {
    private static final Set<String> KEYS = Set.of("type", "name", "coupling", "spectrum", "lambda", "gamma", "w0",
            "temperature", "levels", "cutoff", "reorganisation");
    private final Nodes nodes;
    private final DissipatorReader.FormulaParser formulas;

    ReactionCoordinateReader(Nodes nodes, DissipatorReader.FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    /** Whether a dissipator item is a mapping with {@code type: reaction_coordinate}. */
    static boolean isReactionCoordinate(Node item) {
        if (item instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("type")
                        && t.getValueNode() instanceof ScalarNode v && v.getValue().strip().equals("reaction_coordinate")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The mode (a site, a Hamiltonian term) and its residual bath (a global Davies bath). */
    record Mapped(Specs.SiteDecl site, String hamiltonianTerm, GlobalBathDecl residual) {
    }

    Mapped read(Node item, int index) throws ModelException {
        DissipatorEntry start = DissipatorEntry.read(nodes, item, index);
        String entry = start.label();
        Map<String, Node> m = start.keys();
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!KEYS.contains(e.getKey())) {
                throw nodes.error(e.getValue(), entry, "unknown key '" + e.getKey() + "' for a reaction_coordinate dissipator (keys: "
                        + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
        }
        String spectrum = m.containsKey("spectrum") ? nodes.scalar(m.get("spectrum"), entry).strip() : "underdamped";
        if (!spectrum.equals("underdamped")) {
            throw nodes.error(m.get("spectrum"), entry, "a reaction coordinate maps an underdamped spectrum (spectrum: underdamped), got '"
                    + spectrum + "'");
        }
        String name = start.name() != null ? start.name() : "rc" + index;
        String site = "rc_" + name;
        int line = Nodes.line(item);
        Specs.Formula q = required(m, "coupling", item, entry);
        Specs.Formula lambda = required(m, "lambda", item, entry);
        Specs.Formula gamma = required(m, "gamma", item, entry);
        Specs.Formula w0 = required(m, "w0", item, entry);
        Specs.Formula temperature = required(m, "temperature", item, entry);
        Specs.Formula levels = required(m, "levels", item, entry);
        Specs.Formula cutoff = m.containsKey("cutoff") ? required(m, "cutoff", item, entry) : derived("50*(" + w0.text() + ")", line, entry);
        String term = "(" + w0.text() + ")*n(" + site + ") + (" + lambda.text() + ")/sqrt(2*(" + w0.text() + "))*("
                + q.text() + ")*(a(" + site + ") + adag(" + site + "))";
        if (reorganisation(m, entry)) {
            term += " + (" + lambda.text() + ")^2/(2*(" + w0.text() + ")^2)*(" + q.text() + ")*(" + q.text() + ")";
        }
        GlobalBathDecl residual = new GlobalBathDecl(entry, start.name() != null ? start.name() : "dissipators[" + index + "]",
                derived("a(" + site + ") + adag(" + site + ")", line, entry), "ohmic", null,
                derived("(" + gamma.text() + ")/(2*pi*(" + w0.text() + "))", line, entry), cutoff, temperature, "davies", false, line);
        return new Mapped(new Specs.SiteDecl(site, "boson", levels, line), term, residual);
    }

    /** {@code reorganisation:} false (the default) or true. */
    private boolean reorganisation(Map<String, Node> m, String entry) throws ModelException {
        if (!m.containsKey("reorganisation")) {
            return false;
        }
        String v = nodes.scalar(m.get("reorganisation"), entry).strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw nodes.error(m.get("reorganisation"), entry, "reorganisation is true or false, got '" + v + "'");
        }
        return v.equals("true");
    }

    /** The model's Hamiltonian with the modes' terms added. */
    Specs.Formula hamiltonian(Specs.Formula h, List<Mapped> modes, int line) throws ModelException {
        StringBuilder text = new StringBuilder(h == null ? "0" : "(" + h.text() + ")");
        for (Mapped r : modes) {
            text.append(" + ").append(r.hamiltonianTerm());
        }
        return derived(text.toString(), h == null ? line : h.line(), "hamiltonian");
    }

    private Specs.Formula derived(String text, int line, String entry) throws ModelException {
        try {
            return new Specs.Formula(Parser.parse(text), text, line);
        } catch (ExprException e) {
            throw nodes.error(line, entry, e.getMessage() + " in \"" + text + "\"");
        }
    }

    private Specs.Formula required(Map<String, Node> m, String key, Node item, String entry) throws ModelException {
        if (!m.containsKey(key)) {
            throw nodes.error(item, entry, "missing '" + key + "'");
        }
        return formulas.parse(m.get(key), entry + " " + key);
    }
}
