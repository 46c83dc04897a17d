package dev.steadfast.cli;

import dev.steadfast.model.TruncationCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The convergence section of {@code steadfast steady}: the measures at each coarser truncation of
 * the generator (a hierarchy's depth − 1 and terms − 1) with their change from the requested
 * truncation. Empty for kinds of model without truncation.
 */
final class ConvergenceReport {
    private ConvergenceReport() {
    }

    static void table(StringBuilder sb, List<TruncationCheck> checks) {
        if (checks.isEmpty()) {
            return;
        }
        sb.append("convergence          (measures at coarser truncations; |change| from the requested one)\n");
        for (TruncationCheck c : checks) {
            sb.append(String.format("  %-18s %s%n", "at " + c.label(), c.problem().isEmpty()
                    ? "max |change| " + Numbers.brief(c.maxChange()) : c.problem()).replace("\r", ""));
            c.measures().forEach((k, v) -> sb.append(String.format("    %-16s %s  (|change| %s)%n", k, Numbers.format(v),
                    Numbers.brief(c.change().get(k))).replace("\r", "")));
        }
    }

    static List<Map<String, Object>> json(List<TruncationCheck> checks) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TruncationCheck c : checks) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("truncation", c.label());
            m.put("measures", finite(c.measures()));
            m.put("change", finite(c.change()));
            m.put("max_change", Double.isFinite(c.maxChange()) ? c.maxChange() : null);
            m.put("problem", c.problem().isEmpty() ? null : c.problem());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> finite(Map<String, Double> values) {
        Map<String, Object> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, v != null && Double.isFinite(v) ? v : null));
        return m;
    }
}
