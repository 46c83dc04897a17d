package dev.steadfast.cli;

import dev.steadfast.model.ModelInstance;
import dev.steadfast.state.DensityMatrix;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Renders {@code steadfast steady MODEL --gibbs T}: the Gibbs state's measures, as a table or JSON. */
final class GibbsReport {
    static final String METHOD = "exact: exp(-H/T)/Z by diagonalising H (T = 0: the uniform mixture of the ground space)";

    private GibbsReport() {
    }

    /** JSON: model, parameters, measures, and a {@code gibbs} object (temperature, dimension, trace, ...). */
    static String json(String model, ModelInstance instance, ModelInstance.Gibbs g) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("parameters", numbers(instance.parameters()));
        doc.put("measures", numbers(g.measures()));
        Map<String, Object> s = new LinkedHashMap<>();
        DensityMatrix rho = g.state();
        s.put("temperature", g.temperature());
        s.put("dimension", rho.dimension());
        s.put("trace", rho.trace());
        s.put("purity", rho.purity());
        s.put("min_eigenvalue", rho.eigenvalues()[0]);
        s.put("method", METHOD);
        doc.put("gibbs", s);
        return Json.pretty(doc);
    }

    /** The table: model, parameters, measures, Gibbs state. */
    static String table(String model, ModelInstance instance, ModelInstance.Gibbs g) {
        StringBuilder sb = new StringBuilder();
        row(sb, "", "model", model);
        sb.append("parameters\n");
        instance.parameters().forEach((k, v) -> row(sb, "  ", k, Numbers.format(v)));
        sb.append("measures             (of the Gibbs state at T = ").append(Numbers.format(g.temperature())).append(")\n");
        g.measures().forEach((k, v) -> row(sb, "  ", k, Numbers.format(v)));
        DensityMatrix rho = g.state();
        sb.append("gibbs state\n");
        row(sb, "  ", "temperature", Numbers.format(g.temperature()));
        row(sb, "  ", "dimension", Integer.toString(rho.dimension()));
        row(sb, "  ", "trace", Numbers.format(rho.trace()));
        row(sb, "  ", "purity", Numbers.format(rho.purity()));
        row(sb, "  ", "method", METHOD);
        return sb.toString();
    }

    private static Map<String, Object> numbers(Map<String, Double> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v == null || !Double.isFinite(v) ? null : v));
        return m;
    }

    private static void row(StringBuilder sb, String indent, String key, String value) {
        sb.append(String.format(Locale.ROOT, "%-20s %s", indent + key, value).stripTrailing()).append('\n');
    }
}
