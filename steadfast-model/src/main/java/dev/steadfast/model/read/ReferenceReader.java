package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks the {@code reference:} block (see {@link Reference}). */
final class ReferenceReader {
    private final Nodes nodes;

    ReferenceReader(Nodes nodes) {
        this.nodes = nodes;
    }

    Reference read(Node n, Set<String> parameters, Set<String> measures) throws ModelException {
        Map<String, Node> m = nodes.mapping(n, "reference");
        String source = "";
        Boolean unique = null;
        List<Reference.Check> checks = new ArrayList<>();
        for (Map.Entry<String, Node> e : m.entrySet()) {
            switch (e.getKey()) {
                case "source" -> source = nodes.scalar(e.getValue(), "reference.source");
                case "unique" -> unique = bool(e.getValue());
                case "checks" -> {
                    List<Node> items = nodes.sequence(e.getValue(), "reference.checks");
                    for (int k = 0; k < items.size(); k++) {
                        checks.add(check(items.get(k), "reference.checks[" + (k + 1) + "]", parameters, measures));
                    }
                }
                default -> throw nodes.error(e.getValue(), "reference", "unknown key '" + e.getKey() + "' (source, unique, checks)");
            }
        }
        return new Reference(source, unique, List.copyOf(checks));
    }

    private Boolean bool(Node n) throws ModelException {
        String v = nodes.scalar(n, "reference.unique").strip();
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw nodes.error(n, "reference.unique", "expected true or false, got '" + v + "'");
    }

    private Reference.Check check(Node n, String entry, Set<String> parameters, Set<String> measures) throws ModelException {
        Map<String, Node> m = nodes.mapping(n, entry);
        for (String k : m.keySet()) {
            if (!Set.of("measure", "value", "tolerance", "at", "initial", "time", "gibbs").contains(k)) {
                throw nodes.error(m.get(k), entry, "unknown key '" + k + "' (measure, value, tolerance, at, initial, time, gibbs)");
            }
        }
        if (!m.containsKey("measure") || !m.containsKey("value") || !m.containsKey("tolerance")) {
            throw nodes.error(n, entry, "a check needs measure, value and tolerance");
        }
        String measure = nodes.scalar(m.get("measure"), entry);
        if (!measures.contains(measure)) {
            throw nodes.error(m.get("measure"), entry, "unknown measure '" + measure + "'");
        }
        double value = number(m.get("value"), entry);
        double tol = number(m.get("tolerance"), entry);
        if (!(tol >= 0)) {
            throw nodes.error(m.get("tolerance"), entry, "the tolerance must be >= 0");
        }
        Map<String, Double> at = new LinkedHashMap<>();
        if (m.containsKey("at")) {
            for (Map.Entry<String, Node> e : nodes.mapping(m.get("at"), entry + ".at").entrySet()) {
                if (!parameters.contains(e.getKey())) {
                    throw nodes.error(e.getValue(), entry + ".at", "unknown parameter '" + e.getKey() + "'");
                }
                at.put(e.getKey(), number(e.getValue(), entry + ".at"));
            }
        }
        String initial = m.containsKey("initial") ? nodes.scalar(m.get("initial"), entry).strip() : null;
        Double time = null;
        if (m.containsKey("time")) {
            if (initial == null) {
                throw nodes.error(m.get("time"), entry, "a check at a time needs an initial state (initial: NAME)");
            }
            time = number(m.get("time"), entry);
            if (!(time >= 0) || time.isInfinite()) {
                throw nodes.error(m.get("time"), entry, "the time must be a finite number >= 0");
            }
        }
        Double gibbs = null;
        if (m.containsKey("gibbs")) {
            if (initial != null) {
                throw nodes.error(m.get("gibbs"), entry, "a Gibbs check has no initial state");
            }
            gibbs = number(m.get("gibbs"), entry);
            if (!(gibbs >= 0) || gibbs.isInfinite()) {
                throw nodes.error(m.get("gibbs"), entry, "the Gibbs temperature must be a finite number >= 0");
            }
        }
        return new Reference.Check(measure, value, tol, java.util.Collections.unmodifiableMap(at), Nodes.line(n), initial, time,
                gibbs);
    }

    private double number(Node n, String entry) throws ModelException {
        String v = nodes.scalar(n, entry).strip();
        if (!Nodes.isNumber(v)) {
            throw nodes.error(n, entry, "expected a number, got '" + v + "'");
        }
        return Double.parseDouble(v);
    }
}
