package dev.steadfast.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.steady.SteadyStateDiagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the result of {@code steadfast steady} as a table for people or as JSON. */
final class SteadyReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SteadyReport() {
    }

    /** The JSON document: model, parameters, measures (null when not unique), steady_state. */
    static String json(String model, PointResult r) {
        return json(model, r, null);
    }

    /**
     * With {@code --initial}: an {@code initial} object, and, when the steady state is not
     * unique, the measures of the state reached from the initial state.
     */
    static String json(String model, PointResult r, InitialOutcome initial) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("parameters", numbers(r.parameters()));
        Map<String, Double> measures = initial != null && initial.reached() != null ? initial.measures() : r.measures();
        doc.put("measures", measures == null ? null : numbers(measures));
        doc.put("steady_state", diagnostics(r));
        if (initial != null) {
            doc.put("initial", initialJson(initial));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> initialJson(InitialOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", o.state());
        m.put("reached", o.reached() != null);
        if (o.reached() == null) {
            m.put("message", o.uniqueNote());
            return m;
        }
        AsymptoticState a = o.reached();
        m.put("message", "the state reached from the initial state " + o.state() + " (exact projection onto the steady-state manifold)");
        m.put("kernel_dimension", a.kernelDimension());
        List<Double> conserved = new ArrayList<>();
        for (double c : a.conservedValues()) {
            conserved.add(number(c));
        }
        m.put("conserved_values", conserved);
        m.put("residual", number(a.residual()));
        m.put("trace", number(a.trace()));
        m.put("min_eigenvalue", number(a.minEigenvalue()));
        m.put("hermiticity_error", number(a.hermiticityError()));
        m.put("method", a.method());
        return m;
    }

    /** An aligned, sectioned table. */
    static String table(String model, String description, PointResult r) {
        return table(model, description, r, null);
    }

    /** The table, with an {@code initial state} section when {@code --initial} was given. */
    static String table(String model, String description, PointResult r, InitialOutcome initial) {
        StringBuilder sb = new StringBuilder();
        row(sb, "", "model", model);
        if (description != null && !description.isBlank()) {
            for (String line : wrap(description.strip().replaceAll("\\s+", " "), 72)) {
                row(sb, "", "", line);
            }
        }
        sb.append("parameters\n");
        r.parameters().forEach((k, v) -> row(sb, "  ", k, Numbers.format(v)));
        boolean reached = initial != null && initial.reached() != null;
        sb.append(reached ? "measures             (of the state reached from the initial state " + initial.state() + ")\n"
                : "measures\n");
        if (reached) {
            initial.measures().forEach((k, v) -> row(sb, "  ", k, Numbers.format(v)));
        } else if (r.measures() == null) {
            row(sb, "  ", "", "not computed: the steady state is not unique");
            row(sb, "  ", "", "(add --initial STATE, e.g. --initial q1=1, for the state a given initial state relaxes to)");
        } else {
            r.measures().forEach((k, v) -> row(sb, "  ", k, Numbers.format(v)));
        }
        SteadyStateDiagnostics d = r.diagnostics();
        sb.append("steady state\n");
        row(sb, "  ", "unique", d.unique() ? "yes" : "NO");
        if (!d.unique()) {
            row(sb, "  ", "message", r.nonUniqueMessage());
            row(sb, "  ", "kernel dimension", d.kernelDimension() > 0 ? Integer.toString(d.kernelDimension()) : "unknown");
        } else {
            row(sb, "  ", "residual", Numbers.brief(d.residual()) + "  (‖L ρ‖)");
            row(sb, "  ", "trace", Numbers.format(d.trace()));
            row(sb, "  ", "min eigenvalue", Numbers.brief(d.minEigenvalue()));
        }
        row(sb, "  ", "method", d.method());
        row(sb, "  ", "symmetry", d.symmetry());
        row(sb, "  ", "dimension", d.hilbertDimension() + "  (" + d.dimension() + " unknowns solved for)");
        row(sb, "  ", "seconds", String.format(java.util.Locale.ROOT, "%.3f", d.seconds()));
        if (d.unique() && d.message() != null && !d.message().isBlank()) {
            row(sb, "  ", "note", d.message());
        }
        if (initial != null) {
            initialTable(sb, initial);
        }
        return sb.toString();
    }

    private static void initialTable(StringBuilder sb, InitialOutcome o) {
        sb.append("initial state\n");
        row(sb, "  ", "state", o.state());
        if (o.reached() == null) {
            row(sb, "  ", "note", o.uniqueNote());
            return;
        }
        AsymptoticState a = o.reached();
        row(sb, "  ", "reached", "the state reached from the initial state " + o.state()
                + " (exact projection onto the steady-state manifold)");
        row(sb, "  ", "kernel dimension", Integer.toString(a.kernelDimension()));
        List<String> c = new ArrayList<>();
        for (double v : a.conservedValues()) {
            c.add(Numbers.format(v));
        }
        row(sb, "  ", "conserved values", String.join(", ", c) + "  (Tr(J_k rho0): the coordinates of the reached state in the steady-state basis)");
        row(sb, "  ", "residual", Numbers.brief(a.residual()) + "  (‖L ρ‖)");
        row(sb, "  ", "trace", Numbers.format(a.trace()));
        row(sb, "  ", "min eigenvalue", Numbers.brief(a.minEigenvalue()));
        row(sb, "  ", "method", a.method());
    }

    private static Map<String, Object> diagnostics(PointResult r) {
        SteadyStateDiagnostics d = r.diagnostics();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unique", d.unique());
        m.put("residual", number(d.residual()));
        m.put("trace", number(d.trace()));
        m.put("min_eigenvalue", number(d.minEigenvalue()));
        m.put("method", d.method());
        m.put("dimension", d.hilbertDimension());
        m.put("seconds", d.seconds());
        m.put("symmetry", d.symmetry());
        m.put("unknowns", d.dimension());
        m.put("kernel_dimension", d.kernelDimension() >= 0 ? d.kernelDimension() : null);
        m.put("hermiticity_error", number(d.hermiticityError()));
        m.put("condition_estimate", number(d.conditionEstimate()));
        m.put("nonzeros", d.nonzeros());
        m.put("factor_nonzeros", d.factorNonzeros());
        m.put("message", d.unique() ? (d.message() == null ? "" : d.message()) : r.nonUniqueMessage());
        return m;
    }

    private static Map<String, Object> numbers(Map<String, Double> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v == null ? null : number(v)));
        return m;
    }

    /** JSON has no NaN or infinity: those become null. */
    private static Double number(double v) {
        return Double.isFinite(v) ? v : null;
    }

    /** Splits text into lines of at most {@code width} characters, at spaces. */
    static java.util.List<String> wrap(String text, int width) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void row(StringBuilder sb, String indent, String key, String value) {
        sb.append(String.format("%-20s %s", indent + key, value).stripTrailing()).append('\n');
    }
}
