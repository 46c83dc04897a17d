package dev.steadfast.cli;

import dev.steadfast.spectrum.AsymptoticState;
import dev.steadfast.steady.Certificate;
import dev.steadfast.steady.Cost;
import dev.steadfast.steady.Kernel;
import dev.steadfast.steady.SteadyState;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders the result of {@code steadfast steady} as a table for people or as JSON. */
final class SteadyReport {
    /** Conserved values listed in the table (all of them are in the JSON). */
    private static final int SHOWN_CONSERVED = 6;

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
        if (!r.convergence().isEmpty()) {
            doc.put("convergence", ConvergenceReport.json(r.convergence()));
        }
        if (GaussianReport.state(r.steadyState()) != null) {
            doc.put("gaussian", GaussianReport.json(GaussianReport.state(r.steadyState())));
        }
        if (initial != null) {
            doc.put("initial", initialJson(initial));
        }
        return Json.pretty(doc);
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
        m.put("kernel_scope", restricted(a.symmetry()) ? "sector" : "generator");
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
        ConvergenceReport.table(sb, r.convergence());
        SteadyState<?> ss = r.steadyState();
        sb.append("steady state\n");
        row(sb, "  ", "unique", ss.isUnique() ? "yes" : "NO");
        if (ss instanceof SteadyState.Unique<?> u) {
            Certificate c = u.certificate();
            boolean gaussian = GaussianReport.state(ss) != null;
            row(sb, "  ", "residual", Numbers.brief(c.residual()) + "  (" + GaussianReport.residualMeaning(gaussian) + "; bound "
                    + Numbers.brief(c.tolerance()) + ")");
            row(sb, "  ", "trace", Numbers.format(c.trace()));
            row(sb, "  ", "min eigenvalue", (Double.isNaN(c.minEigenvalue()) ? "not computed (checked >= 0 by Cholesky)"
                    : Numbers.brief(c.minEigenvalue())) + GaussianReport.minEigenvalueMeaning(gaussian));
            if (Double.isFinite(c.errorEstimate())) {
                row(sb, "  ", "error estimate", Numbers.brief(c.errorEstimate()) + "  (condition × relative residual; an estimate)");
            }
        } else {
            row(sb, "  ", "message", ss.describe());
            Kernel k = kernel(ss);
            row(sb, "  ", "kernel dimension", k.reportedDimension().isPresent()
                    ? k.reportedDimension().getAsInt() + (k.reportedForSectorOnly() ? "  (in the symmetry sector solved)" : "")
                    : "unknown");
        }
        row(sb, "  ", "method", ss.route().describe());
        row(sb, "  ", "symmetry", ss.symmetry().describe());
        row(sb, "  ", "dimension", ss.cost().hilbertDimension() + "  (" + ss.cost().unknowns() + " unknowns solved for)");
        row(sb, "  ", "seconds", String.format(java.util.Locale.ROOT, "%.3f", ss.cost().seconds()));
        if (ss.isUnique() && !ss.describe().isBlank()) {
            row(sb, "  ", "note", ss.describe());
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
        row(sb, "  ", "kernel dimension", a.kernelDimension() + (restricted(a.symmetry())
                ? "  (in the symmetry sector that contains the initial state: " + a.symmetry().describe() + ")" : ""));
        List<String> c = new ArrayList<>();
        double[] values = a.conservedValues();
        for (int k = 0; k < Math.min(values.length, SHOWN_CONSERVED); k++) {
            c.add(Numbers.format(values[k]));
        }
        String more = values.length > SHOWN_CONSERVED ? ", ... (" + values.length + " in all; --format json lists them)" : "";
        row(sb, "  ", "conserved values", String.join(", ", c) + more
                + "  (Tr(J_k rho0): the coordinates of the reached state in the steady-state basis)");
        row(sb, "  ", "residual", Numbers.brief(a.residual()) + "  (‖L ρ‖)");
        row(sb, "  ", "trace", Numbers.format(a.trace()));
        row(sb, "  ", "min eigenvalue", Numbers.brief(a.minEigenvalue()));
        row(sb, "  ", "method", a.method());
    }

    private static Map<String, Object> diagnostics(PointResult r) {
        SteadyState<?> ss = r.steadyState();
        Certificate c = ss instanceof SteadyState.Unique<?> u ? u.certificate() : null;
        Cost cost = ss.cost();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unique", ss.isUnique());
        m.put("residual", c == null ? null : number(c.residual()));
        m.put("trace", c == null ? null : number(c.trace()));
        m.put("min_eigenvalue", c == null ? null : number(c.minEigenvalue()));
        m.put("method", ss.route().describe());
        m.put("dimension", cost.hilbertDimension());
        m.put("seconds", cost.seconds());
        m.put("symmetry", ss.symmetry().describe());
        m.put("unknowns", cost.unknowns());
        Kernel k = ss.isUnique() ? null : kernel(ss);
        m.put("kernel_dimension", k == null ? (Integer) 1
                : k.reportedDimension().isPresent() ? (Integer) k.reportedDimension().getAsInt() : null);
        m.put("hermiticity_error", c == null ? null : number(c.hermiticityError()));
        m.put("condition_estimate", number(cost.conditionEstimate()));
        m.put("nonzeros", cost.nonzeros());
        m.put("factor_nonzeros", cost.factorNonzeros());
        m.put("message", ss.describe());
        m.put("route", ss.route().algorithm().name().toLowerCase(java.util.Locale.ROOT));
        m.put("residual_bound", c == null ? null : number(c.tolerance()));
        m.put("positivity", c == null ? null : c.positivity().name().toLowerCase(java.util.Locale.ROOT));
        m.put("verdict", ss instanceof SteadyState.Unique ? "unique" : ss instanceof SteadyState.NotUnique ? "not_unique"
                : "undetermined");
        m.put("error_estimate", c == null ? null : number(c.errorEstimate()));
        if (k != null) {
            m.put("kernel_scope", k.reportedDimension().isEmpty() ? null : k.reportedForSectorOnly() ? "sector" : "generator");
            m.put("sector_kernel_dimension", k.inSector() && k.dimension().isPresent() ? (Integer) k.dimension().getAsInt() : null);
            m.put("smallest_singular_ratio", number(k.smallestRatio()));
        }
        return m;
    }

    /** Whether coordinates are restricted to a symmetry sector (a charge sector, an ensemble's populations). */
    private static boolean restricted(dev.steadfast.liouville.Symmetry s) {
        return s instanceof dev.steadfast.liouville.Symmetry.ChargeNeutral
                || s instanceof dev.steadfast.liouville.Symmetry.Permutation p && p.populationsOnly();
    }

    /** The kernel evidence of a result that is not unique. */
    private static Kernel kernel(SteadyState<?> ss) {
        if (ss instanceof SteadyState.NotUnique<?> n) {
            return n.kernel();
        }
        return ((SteadyState.Undetermined<?>) ss).kernel();
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
