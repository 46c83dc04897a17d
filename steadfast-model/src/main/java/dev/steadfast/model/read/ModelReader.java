package dev.steadfast.model.read;

import dev.steadfast.model.ModelException;
import dev.steadfast.model.Reference;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.model.expr.Parser;
import dev.steadfast.model.expr.Range;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a format-v1 model file (YAML, block or flow, or JSON) into a {@link ModelSpec}: checks the
 * structure and the syntax of every expression, evaluates nothing. Every problem is a
 * {@link ModelException} naming the source, the line and the entry.
 */
public final class ModelReader {
    static final Set<String> TOP_KEYS = Set.of("format", "name", "description", "parameters", "sites", "hamiltonian",
            "dissipators", "measures", "reference", "initial_states");
    private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("im", "pi", "sum", "dag");

    private final String source;
    private final Nodes nodes;

    private ModelReader(String source, String text) {
        this.source = source;
        this.nodes = new Nodes(source, text);
    }

    /** Reads model text; {@code source} names it in error messages, {@code defaultName} is used when the file has no name. */
    public static ModelSpec read(String text, String source, String defaultName) throws ModelException {
        return new ModelReader(source, text).run(text, defaultName);
    }

    private ModelSpec run(String text, String defaultName) throws ModelException {
        Node root = compose(text);
        if (root == null) {
            throw new ModelException(source, 0, null, "the model file is empty");
        }
        Map<String, Node> top = nodes.mapping(root, "model");
        for (Map.Entry<String, Node> e : top.entrySet()) {
            if (!TOP_KEYS.contains(e.getKey())) {
                throw nodes.error(e.getValue(), e.getKey(), "unknown key '" + e.getKey() + "' (format 1 keys: format, name, "
                        + "description, parameters, sites, hamiltonian, dissipators, measures, reference, initial_states)");
            }
        }
        if (top.containsKey("format")) {
            String f = nodes.scalar(top.get("format"), "format");
            if (!f.strip().equals("1") && !f.strip().equals("1.0")) {
                throw nodes.error(top.get("format"), "format", "this version reads format 1, but the file says format " + f);
            }
        }
        String name = top.containsKey("name") ? nodes.scalar(top.get("name"), "name") : defaultName;
        String description = top.containsKey("description") ? nodes.scalar(top.get("description"), "description") : "";
        List<Specs.Parameter> params = parameters(top.get("parameters"));
        if (!top.containsKey("sites")) {
            throw new ModelException(source, 0, "sites", "the model has no 'sites:' (at least one site is needed)");
        }
        List<Specs.SiteDecl> sites = new SiteReader(nodes).read(top.get("sites"), names(params));
        Specs.Formula h = top.containsKey("hamiltonian") ? formula(top.get("hamiltonian"), "hamiltonian") : null;
        List<GlobalBathDecl> globals = new ArrayList<>();
        List<HeomBathDecl> heoms = new ArrayList<>();
        List<ReactionCoordinateReader.Mapped> modes = new ArrayList<>();
        List<Specs.DissipatorDecl> diss = top.containsKey("dissipators")
                ? new DissipatorReader(nodes, this::formula).read(top.get("dissipators"), globals, heoms, modes) : List.of();
        if (!modes.isEmpty()) {
            sites = new ArrayList<>(sites);
            for (ReactionCoordinateReader.Mapped r : modes) {
                if (sites.stream().anyMatch(s -> s.name().equals(r.site().name()))) {
                    throw nodes.error(r.site().line(), r.residual().entry(), "the reaction coordinate's site '" + r.site().name()
                            + "' clashes with a site of the model; name the entry differently");
                }
                sites.add(r.site());
            }
            sites = List.copyOf(sites);
            h = new ReactionCoordinateReader(nodes, this::formula).hamiltonian(h, modes, modes.get(0).site().line());
        }
        List<InitialStateDecl> initial = top.containsKey("initial_states")
                ? new InitialStatesReader(nodes, this::formula).read(top.get("initial_states"), this) : List.of();
        List<Specs.MeasureDecl> measures = measures(top.get("measures"));
        Node ref = top.get("reference");
        Map<String, Object> plainRef = ref == null ? Map.of() : castMap(Nodes.plain(ref));
        Reference typed = ref == null ? Reference.NONE : new ReferenceReader(nodes).read(ref, names(params), measureNames(measures));
        return new ModelSpec(source, text, name, description, params, sites, h, diss, measures, plainRef, typed,
                List.copyOf(globals), initial, List.copyOf(heoms));
    }

    private Node compose(String text) throws ModelException {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String hint = QuoteHint.forLine(nodes.lineText(line));
            if (hint == null && e.getContextMark() != null) {
                hint = QuoteHint.forLine(nodes.lineText(e.getContextMark().getLine() + 1));
            }
            String section = section(line);
            if (hint != null) {
                throw new ModelException(source, line, section, "inside {...} an expression with commas or brackets "
                        + "is read as YAML structure; " + hint);
            }
            throw new ModelException(source, line, section, "not valid YAML: " + e.getProblem()
                    + (e.getContext() != null ? " (" + e.getContext() + ")" : ""));
        } catch (YAMLException e) {
            throw new ModelException(source, 0, null, "not valid YAML: " + e.getMessage());
        }
    }

    /** The top-level key whose block holds {@code line} (for errors YAML itself reports), or null. */
    private String section(int line) {
        for (int l = line; l >= 1; l--) {
            String t = nodes.lineText(l);
            java.util.regex.Matcher m = t == null ? null : Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:").matcher(t);
            if (m != null && m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    Specs.Formula formula(Node n, String entry) throws ModelException {
        String text = nodes.scalar(n, entry);
        try {
            return new Specs.Formula(Parser.parse(text), text, Nodes.line(n));
        } catch (ExprException e) {
            String hint = nodes.quoteHint(n);
            throw nodes.error(n, entry, e.getMessage() + ModelException.quoted(text) + (hint != null ? "; " + hint : ""));
        }
    }

    Range range(Node n, String entry) throws ModelException {
        String text = nodes.scalar(n, entry);
        try {
            return Parser.parseRange(text);
        } catch (ExprException e) {
            throw nodes.error(n, entry, e.getMessage() + ModelException.quoted(text));
        }
    }

    private List<Specs.Parameter> parameters(Node n) throws ModelException {
        List<Specs.Parameter> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : nodes.mapping(n, "parameters").entrySet()) {
            String entry = "parameters." + e.getKey();
            requireName(e.getKey(), e.getValue(), entry);
            out.add(new Specs.Parameter(e.getKey(), formula(e.getValue(), entry)));
        }
        return out;
    }

    private List<Specs.MeasureDecl> measures(Node n) throws ModelException {
        List<Specs.MeasureDecl> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (Map.Entry<String, Node> e : nodes.mapping(n, "measures").entrySet()) {
            String entry = "measures." + e.getKey();
            requireName(e.getKey(), e.getValue(), entry);
            out.add(new Specs.MeasureDecl(e.getKey(), formula(e.getValue(), entry)));
        }
        return out;
    }

    void requireName(String name, Node n, String entry) throws ModelException {
        if (!IDENT.matcher(name).matches()) {
            String hint = nodes.quoteHint(n);
            throw nodes.error(n, entry, hint != null ? hint : "'" + name + "' is not a valid name (letters, digits, _; starting with a letter)");
        }
        if (RESERVED.contains(name)) {
            throw nodes.error(n, entry, "'" + name + "' is reserved; choose another name");
        }
    }

    private static Set<String> names(List<Specs.Parameter> params) {
        Set<String> s = new HashSet<>();
        params.forEach(p -> s.add(p.name()));
        return s;
    }

    private static Set<String> measureNames(List<Specs.MeasureDecl> m) {
        Set<String> s = new HashSet<>();
        m.forEach(x -> s.add(x.name()));
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
    }
}
