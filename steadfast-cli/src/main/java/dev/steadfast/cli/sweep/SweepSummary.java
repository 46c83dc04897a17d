package dev.steadfast.cli.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code DIR/summary.json}: what the sweep computed, how long it took, the range of each measure. */
public final class SweepSummary {
    public static final String FILE = "summary.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SweepSummary() {
    }

    /**
     * The summary as plain data.
     *
     * @param rows     every row of results.csv
     * @param computed points computed by this run
     * @param seconds  wall-clock seconds of this run's computation (start-up excluded)
     */
    public static Map<String, Object> of(SweepSpec spec, List<ResultRow> rows, int computed, double seconds) {
        return of(spec, rows, computed, seconds, null);
    }

    /**
     * As {@link #of(SweepSpec, List, int, double)}, also recording how this run evaluated its
     * points ({@code evaluation}: compiled or per_point, and {@code evaluation_detail}) when
     * {@code path} is not null.
     */
    public static Map<String, Object> of(SweepSpec spec, List<ResultRow> rows, int computed, double seconds,
                                         EvaluationPath path) {
        return of(spec, SweepResults.of(spec.grid(), spec.measures(), rows), computed, seconds, path);
    }

    /** As {@link #of(SweepSpec, List, int, double, EvaluationPath)}, from the results kept in memory. */
    public static Map<String, Object> of(SweepSpec spec, SweepResults results, int computed, double seconds,
                                         EvaluationPath path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", spec.model());
        m.put("grid", grid(spec.grid()));
        m.put("set", spec.fixed());
        if (!spec.shard().isAll()) {
            m.put("shard", spec.shard().toString());
        }
        m.put("points", spec.shard().points(spec.grid().size()).size());
        m.put("completed", results.completed());
        m.put("computed_this_run", computed);
        m.put("failures", results.completed() - results.count(PointStatus.OK));
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (PointStatus s : PointStatus.values()) {
            byStatus.put(s.label(), results.count(s));
        }
        m.put("status_counts", byStatus);
        m.put("seconds", microseconds(seconds));
        m.put("point_seconds", microseconds(results.pointSeconds()));
        m.put("threads", spec.threads());
        if (path != null) {
            m.put("evaluation", path.kind().label());
            m.put("evaluation_detail", path.detail());
        }
        m.put("measures", ranges(results));
        return m;
    }

    /** Writes the summary atomically. */
    public static void write(Path file, Map<String, Object> summary) throws IOException {
        AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(summary) + "\n");
    }

    private static double microseconds(double seconds) {
        return Math.round(seconds * 1e6) / 1e6;
    }

    private static List<Object> grid(Grid grid) {
        List<Object> axes = new ArrayList<>();
        for (GridAxis a : grid.axes()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", a.name());
            am.put("spec", a.spec());
            am.put("count", a.size());
            axes.add(am);
        }
        return axes;
    }

    private static Map<String, Object> ranges(SweepResults results) {
        Map<String, Object> out = new LinkedHashMap<>();
        int size = results.grid().size();
        for (int k = 0; k < results.measures().size(); k++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            int n = 0;
            for (int i = 0; i < size; i++) {
                double v = results.value(k, i);
                if (Double.isFinite(v) && results.status(i) == PointStatus.OK) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    n++;
                }
            }
            Map<String, Object> range = new LinkedHashMap<>();
            range.put("min", n == 0 ? null : min);
            range.put("max", n == 0 ? null : max);
            range.put("count", n);
            out.put(results.measures().get(k), range);
        }
        return out;
    }
}
