package dev.steadfast.cli.sweep;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One PNG per measure: a line plot over a one-axis grid, a heat map (first axis across, second
 * up, with a colour bar) over a two-axis grid. Points without a value (not unique, failed) are
 * left out: gaps in the line, blank cells in the map.
 */
public final class SweepPlots {
    private static final int WIDTH = 860;
    private static final int HEIGHT = 640;
    /** Viridis, sampled at five stops: perceptually uniform and readable in grey. */
    private static final Color[] VIRIDIS = {
        new Color(68, 1, 84), new Color(59, 82, 139), new Color(33, 145, 140), new Color(94, 201, 98),
        new Color(253, 231, 37)};

    private SweepPlots() {
    }

    /**
     * Writes the plots atomically into {@code dir}; returns the files written and adds to
     * {@code notes} a sentence for each plot that could not be drawn.
     */
    public static List<Path> write(Path dir, SweepSpec spec, List<ResultRow> rows, List<String> notes)
            throws IOException {
        int axes = spec.grid().axes().size();
        List<Path> files = new ArrayList<>();
        if (axes > 2) {
            notes.add("no plots: the grid has " + axes + " axes (plots are drawn for one or two)");
            return files;
        }
        for (String measure : spec.measures()) {
            if (rows.stream().noneMatch(r -> Double.isFinite(r.measure(measure)))) {
                notes.add("no plot of " + measure + ": no point has a value");
                continue;
            }
            Chart<?, ?> chart = axes == 1 ? line(spec, rows, measure) : heatMap(spec, rows, measure);
            Path file = dir.resolve(fileName(measure));
            AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
            files.add(file);
        }
        return files;
    }

    /** {@code <measure>.png}, with characters unsafe in file names replaced by '_'. */
    public static String fileName(String measure) {
        return measure.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
    }

    static XYChart line(SweepSpec spec, List<ResultRow> rows, String measure) {
        GridAxis axis = spec.grid().axes().get(0);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        rows.stream().sorted((a, b) -> Integer.compare(a.index(), b.index())).forEach(r -> {
            xs.add(r.values()[0]);
            ys.add(r.measure(measure));
        });
        return line(measure + " — " + spec.model(), axis.name(), measure, xs, ys, axis.logarithmic(), true);
    }

    /**
     * A line plot of y over x; points where y is not finite are left out (gaps). Markers on
     * every point when {@code markers} (a coarse grid), a plain line otherwise (a time series).
     */
    public static XYChart line(String title, String xName, String yName, List<Double> x, List<Double> y, boolean logX,
                               boolean markers) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xName).yAxisTitle(yName).build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLogarithmic(logX);
        chart.getStyler().setYAxisTickLabelsFormattingFunction(SweepPlots::tick);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (Double.isFinite(y.get(i))) {
                xs.add(x.get(i));
                ys.add(y.get(i));
            }
        }
        chart.addSeries(yName, xs, ys).setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        return chart;
    }

    /** Writes a chart as a PNG, atomically. */
    public static void writePng(Path file, Chart<?, ?> chart) throws IOException {
        AtomicFiles.write(file, out -> BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG));
    }

    static HeatMapChart heatMap(SweepSpec spec, List<ResultRow> rows, String measure) {
        GridAxis x = spec.grid().axes().get(0);
        GridAxis y = spec.grid().axes().get(1);
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title(measure + " — " + spec.model())
                .xAxisTitle(x.name()).yAxisTitle(y.name()).build();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (ResultRow r : rows) {
            double v = r.measure(measure);
            if (Double.isFinite(v)) {
                int[] idx = spec.grid().indices(r.index());
                cells.add(new Number[] {idx[0], idx[1], v});
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max - min <= 1e-12 * Math.max(1, Math.abs(max))) {
            max = min + Math.max(1e-12, Math.abs(min) * 1e-6);
        }
        var styler = chart.getStyler();
        styler.setRangeColors(VIRIDIS);
        styler.setMin(outward(min, RoundingMode.FLOOR));
        styler.setMax(outward(max, RoundingMode.CEILING));
        styler.setPiecewise(false);
        styler.setShowValue(false);
        styler.setDrawBorder(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setHeatMapDecimalValueFormatter(SweepPlots::tick);
        styler.setXAxisLabelRotation(x.size() > 12 ? 90 : 0);
        chart.addSeries(measure, labels(x), labels(y), cells);
        return chart;
    }

    /**
     * The colour-bar end rounded outward to three significant digits: XChart prints the ends of
     * a continuous colour bar in full, so they should be short numbers.
     */
    static double outward(double v, RoundingMode mode) {
        return v == 0 ? 0 : new BigDecimal(v).round(new MathContext(3, mode)).doubleValue();
    }

    /** A tick or colour-bar label: four significant digits. */
    static String tick(Double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    /** Tick labels: each value to three significant digits. */
    static List<String> labels(GridAxis axis) {
        List<String> labels = new ArrayList<>();
        for (double v : axis.values()) {
            labels.add(String.format(Locale.ROOT, "%.3g", v));
        }
        return labels;
    }
}
