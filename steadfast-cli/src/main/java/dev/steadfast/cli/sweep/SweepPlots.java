package dev.steadfast.cli.sweep;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One PNG per measure: a line plot over a one-axis grid, a heat map (first axis across, second
 * up, with a colour bar in labelled steps, diverging about zero when the values change sign: {@link ColourScale})
 * over a two-axis grid. Points without a value (not unique, failed) are
 * left out: gaps in the line, blank cells in the map.
 */
public final class SweepPlots {
    private static final int WIDTH = 860;
    private static final int HEIGHT = 640;

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
            AtomicFiles.write(file, out -> dev.steadfast.cli.Png.write(chart, out));
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
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < x.size(); i++) {
            if (Double.isFinite(y.get(i))) {
                xs.add(x.get(i));
                ys.add(y.get(i));
            }
        }
        var styler = chart.getStyler();
        styler.setXAxisTickMarkSpacingHint(110);   // about 7 ticks across: no crowding
        styler.setYAxisTickMarkSpacingHint(60);
        if (!ys.isEmpty()) {
            styler.setYAxisTickLabelsFormattingFunction(ColourScale.axisFormat(
                    ys.stream().mapToDouble(Double::doubleValue).min().getAsDouble(),
                    ys.stream().mapToDouble(Double::doubleValue).max().getAsDouble()));
        }
        if (!logX && !xs.isEmpty()) {
            styler.setXAxisTickLabelsFormattingFunction(ColourScale.axisFormat(xs.get(0), xs.get(xs.size() - 1)));
        }
        chart.addSeries(yName, xs, ys).setMarker(markers ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
        return chart;
    }

    /**
     * Marks events on the x axis of a line plot (sudden deaths or births of a measure): a marker
     * at (t, 0) for each time, labelled with the time, in the legend as {@code label}.
     */
    public static void markEvents(XYChart chart, String label, List<Double> times, Color colour, double labelHeight) {
        if (times.isEmpty()) {
            return;
        }
        List<Double> zeros = new ArrayList<>();
        for (double t : times) {
            zeros.add(0.0);
            chart.addAnnotation(new org.knowm.xchart.AnnotationText(label + " t = " + String.format(Locale.ROOT, "%.4g", t),
                    t, labelHeight, false));
        }
        var series = chart.addSeries(label, times, zeros);
        series.setMarker(SeriesMarkers.DIAMOND).setMarkerColor(colour);
        series.setXYSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setLegendVisible(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    }

    /** Writes a chart as a PNG, atomically. */
    public static void writePng(Path file, Chart<?, ?> chart) throws IOException {
        AtomicFiles.write(file, out -> dev.steadfast.cli.Png.write(chart, out));
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
        ColourScale scale = ColourScale.of(min, max);
        var styler = chart.getStyler();
        styler.setRangeColors(scale.colours());
        styler.setMin(scale.min());
        styler.setMax(scale.max());
        styler.setPiecewise(true);       // one labelled box per step: intermediate ticks on the colour bar
        styler.setSplitNumber(scale.pieces());
        styler.setPiecewiseRanged(true);   // each box labelled with its range "a - b"
        styler.setShowValue(false);
        styler.setDrawBorder(false);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setHeatMapDecimalValueFormatter(scale::format);
        styler.setXAxisLabelRotation(x.size() > 12 ? 90 : 0);
        chart.addSeries(measure, labels(x), labels(y), cells);
        return chart;
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
