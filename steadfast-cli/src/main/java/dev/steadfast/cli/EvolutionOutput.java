package dev.steadfast.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.cli.sweep.AtomicFiles;
import dev.steadfast.cli.sweep.SweepPlots;
import dev.steadfast.dynamics.EvolutionResult;
import dev.steadfast.dynamics.SuddenDeath;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;

/**
 * The files of {@code steadfast evolve}: {@code evolution.csv} (time, then the measures; one row
 * per output time), one line plot per measure, and {@code summary.json} (the integration route
 * and the sudden deaths and births of every measure, from {@link SuddenDeath#analyse}: a measure
 * is alive where it is above 0).
 */
final class EvolutionOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvolutionOutput() {
    }

    /** What was written, and the texts printed on stdout. */
    record Report(String summaryJson, String table) { }

    static Report write(Path dir, String model, String initial, Map<String, Double> parameters, List<String> measures,
                        EvolutionResult r, boolean plots) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--out " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        if (!Files.isWritable(dir)) {
            throw new BadInputException("--out " + dir + ": the directory is not writable");
        }
        AtomicFiles.removeLeftovers(dir);
        List<Path> files = new ArrayList<>();
        Path csv = dir.resolve("evolution.csv");
        AtomicFiles.writeString(csv, csv(measures, r));
        files.add(csv);
        Map<String, SuddenDeath.Report> deaths = new LinkedHashMap<>();
        for (int k = 0; k < measures.size(); k++) {
            deaths.put(measures.get(k), SuddenDeath.analyse(r.times(), roundingToZero(r.series(k))));
        }
        if (plots) {
            files.addAll(plots(dir, model, measures, r, deaths));
        }
        Path summary = dir.resolve("summary.json");
        String json = summary(model, initial, parameters, measures, r, deaths);
        AtomicFiles.writeString(summary, json + "\n");
        files.add(summary);
        return new Report(json, table(model, initial, r, deaths, files));
    }

    private static String csv(List<String> measures, EvolutionResult r) {
        StringBuilder sb = new StringBuilder("time");
        measures.forEach(m -> sb.append(',').append(m));
        sb.append('\n');
        for (int i = 0; i < r.times().length; i++) {
            sb.append(r.times()[i]);
            for (double v : r.values()[i]) {
                sb.append(',').append(v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One line plot per measure, with a marker and a label at each sudden death (red) and birth (green). */
    private static List<Path> plots(Path dir, String model, List<String> measures, EvolutionResult r,
                                    Map<String, SuddenDeath.Report> deaths) throws IOException {
        List<Path> out = new ArrayList<>();
        List<XYChart> charts = new ArrayList<>();
        List<Double> t = new ArrayList<>();
        for (double x : r.times()) {
            t.add(x);
        }
        for (int k = 0; k < measures.size(); k++) {
            List<Double> y = new ArrayList<>();
            for (double v : r.series(k)) {
                y.add(v);
            }
            if (y.stream().noneMatch(Double::isFinite)) {
                continue;
            }
            Path file = dir.resolve(SweepPlots.fileName(measures.get(k)));
            XYChart chart = SweepPlots.line(measures.get(k) + " — " + model, "time", measures.get(k), t, y, false, t.size() <= 60);
            double top = y.stream().filter(Double::isFinite).mapToDouble(Math::abs).max().orElse(1);
            SuddenDeath.Report d = deaths.get(measures.get(k));
            SweepPlots.markEvents(chart, "death", d.deaths(), new Color(200, 30, 30), 0.08 * top);
            SweepPlots.markEvents(chart, "birth", d.births(), new Color(20, 140, 60), 0.16 * top);
            charts.add(chart);
            out.add(file);
        }
        // Rasterising and encoding cost more than a small model's integration: one chart per core.
        try {
            java.util.stream.IntStream.range(0, out.size()).parallel().forEach(k -> {
                try {
                    SweepPlots.writePng(out.get(k), charts.get(k));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }

    private static String summary(String model, String initial, Map<String, Double> parameters, List<String> measures,
                                  EvolutionResult r, Map<String, SuddenDeath.Report> deaths) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("model", model);
        doc.put("initial", initial);
        doc.put("parameters", parameters);
        double[] t = r.times();
        doc.put("times", Map.of("start", t[0], "stop", t[t.length - 1], "count", t.length));
        doc.put("method", r.method().name().toLowerCase(Locale.ROOT));
        doc.put("reason", r.reason());
        doc.put("steps", r.steps());
        doc.put("applications", r.applications());
        doc.put("tolerance", r.tolerance());
        doc.put("max_trace_deviation", r.maxTraceDeviation());
        doc.put("seconds", r.seconds());
        Map<String, Object> ms = new LinkedHashMap<>();
        for (int k = 0; k < measures.size(); k++) {
            SuddenDeath.Report d = deaths.get(measures.get(k));
            double[] s = r.series(k);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("initial", finite(s[0]));
            e.put("final", finite(s[s.length - 1]));
            e.put("deaths", d.deaths());
            e.put("births", d.births());
            e.put("first_death", finite(d.firstDeath()));
            e.put("alive_at_end", d.aliveAtEnd());
            ms.put(measures.get(k), e);
        }
        doc.put("measures", ms);
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String table(String model, String initial, EvolutionResult r, Map<String, SuddenDeath.Report> deaths,
                                List<Path> files) {
        StringBuilder sb = new StringBuilder();
        double[] t = r.times();
        row(sb, "model", model);
        row(sb, "initial", initial);
        row(sb, "times", t.length + " from " + Numbers.format(t[0]) + " to " + Numbers.format(t[t.length - 1]));
        row(sb, "method", r.method().name().toLowerCase(Locale.ROOT) + "  (" + r.reason() + ")");
        row(sb, "steps", Long.toString(r.steps()));
        row(sb, "seconds", String.format(Locale.ROOT, "%.3f", r.seconds()));
        sb.append(String.format("%-20s %-24s %s%n", "measure", "deaths (> 0 → 0)", "births (0 → > 0)"));
        deaths.forEach((name, d) -> sb.append(String.format("  %-18s %-24s %s", name, times(d.deaths()), times(d.births()))
                .stripTrailing()).append('\n'));
        files.forEach(f -> sb.append("wrote ").append(f).append('\n'));
        return sb.toString();
    }

    private static String times(List<Double> ts) {
        if (ts.isEmpty()) {
            return "-";
        }
        List<String> s = new ArrayList<>();
        for (int i = 0; i < Math.min(ts.size(), 4); i++) {
            s.add(String.format(Locale.ROOT, "%.6g", ts.get(i)));
        }
        return String.join(", ", s) + (ts.size() > 4 ? " (+" + (ts.size() - 4) + ")" : "");
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append(String.format("%-20s %s", key, value).stripTrailing()).append('\n');
    }

    /**
     * Values within 1e-9 of zero are set to exactly zero before the death/birth analysis: a
     * concurrence at rounding level (e.g. ~1e-10 for a product state) is no entanglement, and an
     * exact zero is what the analysis reads as a clipped measure.
     */
    static double[] roundingToZero(double[] series) {
        double[] out = series.clone();
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(out[i]) <= 1e-9) {
                out[i] = 0;
            }
        }
        return out;
    }
}
