package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code initial_states:}, named states for {@code steadfast evolve --initial NAME} and
 * {@code steadfast steady --initial NAME}:
 * <pre>
 * initial_states:
 *   yu_eberly:
 *     matrix:
 *       re: [[a/3, 0, 0, 0], [0, 1/3, 1/3, 0], [0, 1/3, 1/3, 0], [0, 0, 0, (1-a)/3]]
 *       im: [[0, 0, 0, 0], ...]          # optional
 *   singlet:
 *     ket: {re: [0, 1, -1, 0]}           # normalised when used
 * </pre>
 * Only the shape and the syntax of the entries are checked here; the dimension, Hermiticity,
 * trace and positivity are checked when the state is built at a parameter point.
 */
final class InitialStatesReader {
    private final Nodes nodes;
    private final DissipatorReader.FormulaParser formulas;

    InitialStatesReader(Nodes nodes, DissipatorReader.FormulaParser formulas) {
        this.nodes = nodes;
        this.formulas = formulas;
    }

    List<InitialStateDecl> read(Node n, ModelReader names) throws ModelException {
        List<InitialStateDecl> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : nodes.mapping(n, "initial_states").entrySet()) {
            String entry = "initial_states." + e.getKey();
            names.requireName(e.getKey(), e.getValue(), entry);
            Map<String, Node> m = nodes.mapping(e.getValue(), entry);
            if (m.size() != 1 || !(m.containsKey("matrix") || m.containsKey("ket"))) {
                throw nodes.error(e.getValue(), entry, "an initial state is {matrix: {re: [[...]], im: [[...]]}} "
                        + "or {ket: {re: [...], im: [...]}} (im optional)");
            }
            boolean ket = m.containsKey("ket");
            Node body = m.get(ket ? "ket" : "matrix");
            Map<String, Node> parts = nodes.mapping(body, entry);
            for (String k : parts.keySet()) {
                if (!k.equals("re") && !k.equals("im")) {
                    throw nodes.error(parts.get(k), entry, "unknown key '" + k + "' (re, im)");
                }
            }
            if (!parts.containsKey("re")) {
                throw nodes.error(body, entry, "missing 're' (the real parts)");
            }
            List<List<Specs.Formula>> re = ket ? List.of(row(parts.get("re"), entry + " re"))
                    : rows(parts.get("re"), entry + " re");
            List<List<Specs.Formula>> im = null;
            if (parts.containsKey("im")) {
                im = ket ? List.of(row(parts.get("im"), entry + " im")) : rows(parts.get("im"), entry + " im");
                if (!sameShape(re, im)) {
                    throw nodes.error(parts.get("im"), entry, "'im' must have the shape of 're'");
                }
            }
            if (!ket) {
                for (List<Specs.Formula> r : re) {
                    if (r.size() != re.size()) {
                        throw nodes.error(parts.get("re"), entry, "the matrix must be square: " + re.size() + " rows, but a row has "
                                + r.size() + " entries");
                    }
                }
            }
            out.add(new InitialStateDecl(e.getKey(), ket, re, im, Nodes.line(e.getValue())));
        }
        return out;
    }

    private List<List<Specs.Formula>> rows(Node n, String entry) throws ModelException {
        List<List<Specs.Formula>> out = new ArrayList<>();
        for (Node r : nodes.sequence(n, entry)) {
            out.add(row(r, entry));
        }
        return out;
    }

    private List<Specs.Formula> row(Node n, String entry) throws ModelException {
        if (!(n instanceof SequenceNode)) {
            throw nodes.error(n, entry, "expected a list of numbers or expressions [...], got " + Nodes.describe(n));
        }
        List<Specs.Formula> out = new ArrayList<>();
        for (Node x : nodes.sequence(n, entry)) {
            out.add(formulas.parse(x, entry));
        }
        return out;
    }

    private static boolean sameShape(List<List<Specs.Formula>> a, List<List<Specs.Formula>> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).size() != b.get(i).size()) {
                return false;
            }
        }
        return true;
    }
}
