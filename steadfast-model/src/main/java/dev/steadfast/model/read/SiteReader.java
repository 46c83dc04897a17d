package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code sites:}: {@code name: qubit}, {@code name: {qubit: N}} (an array {@code name[1..N]}),
 * {@code {boson: cutoff}}, {@code {spin: j}}, {@code {levels: d}}. {@code {ensemble: N}} is
 * recognised and refused: permutation-invariant ensembles are not supported in this version.
 */
final class SiteReader {
    private static final Set<String> KINDS = Set.of("qubit", "boson", "spin", "levels");
    private final Nodes nodes;

    SiteReader(Nodes nodes) {
        this.nodes = nodes;
    }

    List<Specs.SiteDecl> read(Node n, Set<String> parameterNames) throws ModelException {
        List<Specs.SiteDecl> out = new ArrayList<>();
        Map<String, Node> map = nodes.mapping(n, "sites");
        if (map.isEmpty()) {
            throw nodes.error(n, "sites", "no sites are declared");
        }
        for (Map.Entry<String, Node> e : map.entrySet()) {
            String entry = "sites." + e.getKey();
            if (!e.getKey().matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw nodes.error(e.getValue(), entry, "'" + e.getKey() + "' is not a valid site name (letters, digits, _)");
            }
            if (parameterNames.contains(e.getKey())) {
                throw nodes.error(e.getValue(), entry, "'" + e.getKey() + "' is both a parameter and a site; rename one");
            }
            out.add(site(e.getKey(), e.getValue(), entry));
        }
        return out;
    }

    private Specs.SiteDecl site(String name, Node v, String entry) throws ModelException {
        if (v instanceof ScalarNode) {
            String kind = nodes.scalar(v, entry).strip();
            if (kind.equals("qubit")) {
                return new Specs.SiteDecl(name, "qubit", null, Nodes.line(v));
            }
            if (kind.equals("ensemble")) {
                throw ensemble(v, entry);
            }
            if (KINDS.contains(kind)) {
                String example = switch (kind) {
                    case "boson" -> "{boson: 20} (Fock levels 0..19)";
                    case "spin" -> "{spin: 1.5}";
                    default -> "{levels: 3}";
                };
                throw nodes.error(v, entry, "a " + kind + " needs its size: " + name + ": " + example);
            }
            throw nodes.error(v, entry, "unknown site kind '" + kind + "' (qubit, {qubit: N}, {boson: cutoff}, {spin: j}, {levels: d})");
        }
        Map<String, Node> m = nodes.mapping(v, entry);
        if (m.size() != 1) {
            throw nodes.error(v, entry, "a site is one of qubit, {qubit: N}, {boson: cutoff}, {spin: j}, {levels: d}");
        }
        Map.Entry<String, Node> kv = m.entrySet().iterator().next();
        if (kv.getKey().equals("ensemble")) {
            throw ensemble(v, entry);
        }
        if (!KINDS.contains(kv.getKey())) {
            throw nodes.error(v, entry, "unknown site kind '" + kv.getKey() + "' (qubit, {qubit: N}, {boson: cutoff}, {spin: j}, {levels: d})");
        }
        String text = nodes.scalar(kv.getValue(), entry);
        try {
            return new Specs.SiteDecl(name, kv.getKey(), new Specs.Formula(Parser.parse(text), text, Nodes.line(kv.getValue())),
                    Nodes.line(v));
        } catch (ExprException ex) {
            throw nodes.error(kv.getValue(), entry, ex.getMessage() + " in \"" + text + "\"");
        }
    }

    private ModelException ensemble(Node v, String entry) {
        return nodes.error(v, entry, "permutation-invariant ensembles ({ensemble: N}) are not supported yet in this version; "
                + "declare the members individually, e.g. {qubit: N}");
    }
}
