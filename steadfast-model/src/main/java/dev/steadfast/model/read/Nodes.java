package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small helpers over SnakeYAML nodes that report problems as {@link ModelException}s with lines. */
final class Nodes {
    private final String source;
    private final String[] lines;

    Nodes(String source, String text) {
        this.source = source;
        this.lines = text.split("\r?\n", -1);
    }

    static int line(Node n) {
        return n.getStartMark() == null ? 0 : n.getStartMark().getLine() + 1;
    }

    String lineText(int line) {
        return line >= 1 && line <= lines.length ? lines[line - 1] : null;
    }

    ModelException error(Node n, String entry, String problem) {
        return new ModelException(source, n == null ? 0 : line(n), entry, problem);
    }

    ModelException error(int line, String entry, String problem) {
        return new ModelException(source, line, entry, problem);
    }

    /** The hint for an unquoted expression in a {...} mapping at this node's line, or null. */
    String quoteHint(Node n) {
        return QuoteHint.forLine(lineText(line(n)));
    }

    /** A mapping as an ordered key → value-node map; duplicate keys are errors. */
    Map<String, Node> mapping(Node n, String entry) throws ModelException {
        if (!(n instanceof MappingNode m)) {
            throw error(n, entry, "expected a mapping of 'key: value' entries, got " + describe(n));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                String hint = quoteHint(t.getKeyNode());
                throw error(t.getKeyNode(), entry, hint != null ? hint : "a key must be a plain name");
            }
            String key = k.getValue();
            if (out.containsKey(key)) {
                throw error(k, entry, "key '" + key + "' appears twice (first on line " + firstLine.get(key) + ")");
            }
            out.put(key, t.getValueNode());
            firstLine.put(key, line(k));
        }
        return out;
    }

    List<Node> sequence(Node n, String entry) throws ModelException {
        if (!(n instanceof SequenceNode s)) {
            throw error(n, entry, "expected a list ('- ...' items or [...]), got " + describe(n));
        }
        return new ArrayList<>(s.getValue());
    }

    /** A scalar's text; an empty or missing value, a list or a mapping is an error. */
    String scalar(Node n, String entry) throws ModelException {
        if (!(n instanceof ScalarNode s)) {
            String hint = n == null ? null : quoteHint(n);
            throw error(n, entry, hint != null ? hint : "expected a value (a number or an expression), got " + describe(n));
        }
        if (s.getTag().equals(Tag.NULL) || s.getValue().isBlank()) {
            throw error(n, entry, "the value is missing");
        }
        return s.getValue();
    }

    static boolean isFlow(Node n) {
        return n instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    /** Plain Java data (Map, List, String, Double, Long, Boolean, null) for the reference block. */
    static Object plain(Node n) {
        if (n instanceof MappingNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                out.put(String.valueOf(plain(t.getKeyNode())), plain(t.getValueNode()));
            }
            return out;
        }
        if (n instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            s.getValue().forEach(x -> out.add(plain(x)));
            return out;
        }
        ScalarNode s = (ScalarNode) n;
        String v = s.getValue();
        if (s.getTag().equals(Tag.NULL)) {
            return null;
        }
        if (s.getTag().equals(Tag.BOOL)) {
            return Boolean.valueOf(v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on"));
        }
        if (s.getTag().equals(Tag.INT)) {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        if (s.getTag().equals(Tag.FLOAT) || (s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && isNumber(v))) {
            try {
                return Double.valueOf(v);
            } catch (NumberFormatException e) {
                return v;
            }
        }
        return v;
    }

    static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return !v.isBlank() && !v.endsWith("d") && !v.endsWith("f") && !v.endsWith("D") && !v.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        if (n instanceof MappingNode) {
            return "a mapping {...}";
        }
        if (n instanceof SequenceNode) {
            return "a list [...]";
        }
        return "'" + ((ScalarNode) n).getValue() + "'";
    }
}
