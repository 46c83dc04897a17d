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
 * {@code name: fermion}, {@code name: {fermion: N}} (spinless fermion modes, an array likewise),
 * {@code {boson: cutoff}}, {@code {spin: j}}, {@code {levels: d}} and {@code {ensemble: N}} (N
 * identical qubits treated as permutation invariant), {@code oscillator} and {@code {oscillator: N}}
 * (modes without truncation: a Gaussian model). A model with an ensemble may contain only that
 * ensemble, and a model with oscillators only oscillators, in this version.
 */
final class SiteReader {
    private static final Set<String> KINDS = Set.of("qubit", "fermion", "boson", "spin", "levels", "ensemble", "oscillator");
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
        requireEnsembleAlone(out, map);
        requireOscillatorsAlone(out, map);
        return out;
    }

    private Specs.SiteDecl site(String name, Node v, String entry) throws ModelException {
        if (v instanceof ScalarNode) {
            String kind = nodes.scalar(v, entry).strip();
            if (kind.equals("qubit") || kind.equals("fermion") || kind.equals("oscillator")) {
                return new Specs.SiteDecl(name, kind, null, Nodes.line(v));
            }
            if (KINDS.contains(kind)) {
                String example = switch (kind) {
                    case "boson" -> "{boson: 20} (Fock levels 0..19)";
                    case "spin" -> "{spin: 1.5}";
                    case "ensemble" -> "{ensemble: 10} (10 identical qubits)";
                    default -> "{levels: 3}";
                };
                throw nodes.error(v, entry, "a " + kind + " needs its size: " + name + ": " + example);
            }
            throw nodes.error(v, entry, "unknown site kind '" + kind + "' (qubit, {qubit: N}, fermion, {fermion: N}, {boson: cutoff}, {spin: j}, {levels: d}, {ensemble: N}, oscillator, {oscillator: N})");
        }
        Map<String, Node> m = nodes.mapping(v, entry);
        if (m.size() != 1) {
            throw nodes.error(v, entry, "a site is one of qubit, {qubit: N}, fermion, {fermion: N}, {boson: cutoff}, {spin: j}, {levels: d}, {ensemble: N}, oscillator, {oscillator: N}");
        }
        Map.Entry<String, Node> kv = m.entrySet().iterator().next();
        if (!KINDS.contains(kv.getKey())) {
            throw nodes.error(v, entry, "unknown site kind '" + kv.getKey() + "' (qubit, {qubit: N}, fermion, {fermion: N}, {boson: cutoff}, {spin: j}, {levels: d}, {ensemble: N}, oscillator, {oscillator: N})");
        }
        String text = nodes.scalar(kv.getValue(), entry);
        try {
            return new Specs.SiteDecl(name, kv.getKey(), new Specs.Formula(Parser.parse(text), text, Nodes.line(kv.getValue())),
                    Nodes.line(v));
        } catch (ExprException ex) {
            throw nodes.error(kv.getValue(), entry, ex.getMessage() + ModelException.quoted(text));
        }
    }

    /** A model with oscillators is Gaussian: every site must then be an oscillator (this version). */
    private void requireOscillatorsAlone(List<Specs.SiteDecl> sites, Map<String, Node> map) throws ModelException {
        List<String> others = sites.stream().filter(s -> !s.isOscillator()).map(Specs.SiteDecl::name).toList();
        for (Specs.SiteDecl s : sites) {
            if (s.isOscillator() && !others.isEmpty()) {
                throw nodes.error(map.get(s.name()), "sites." + s.name(), "oscillators cannot be mixed with other site kinds "
                        + "in this version (a model of oscillators is solved as a Gaussian state), but the model also declares "
                        + String.join(", ", others) + "; declare the oscillators as {boson: n} to solve the model in a truncated "
                        + "Fock space");
            }
        }
    }

    /** An ensemble is solved in the Dicke basis of its own N qubits only, so it must be the only site. */
    private void requireEnsembleAlone(List<Specs.SiteDecl> sites, Map<String, Node> map) throws ModelException {
        if (sites.size() < 2) {
            return;
        }
        for (Specs.SiteDecl s : sites) {
            if (s.isEnsemble()) {
                List<String> others = sites.stream().map(Specs.SiteDecl::name).filter(x -> !x.equals(s.name())).toList();
                throw nodes.error(map.get(s.name()), "sites." + s.name(), "a model with an ensemble may contain only that ensemble "
                        + "in this version (the ensemble is solved in the Dicke basis of its own members), but the model also "
                        + "declares " + String.join(", ", others));
            }
        }
    }
}
