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

    /** At most this many cells along each axis of a heat map: a finer grid is drawn on every k-th point. */
    static final int MAX_CELLS_PER_AXIS = 200;

    /**
     * Writes the plots atomically into {@code dir}; returns the files written and adds to
     * {@code notes} a sentence for each plot that could not be drawn.
     */
    public static List<Path> write(Path dir, SweepSpec spec, List<ResultRow> rows, List<String> notes)
            throws IOException {
        return write(dir, spec, SweepResults.of(spec.grid(), spec.measures(), rows), notes);
    }

    /** As {@link #write(Path, SweepSpec, List, List)}, from the results kept in memory. */
    public static List<Path> write(Path dir, SweepSpec spec, SweepResults results, List<String> notes)
            throws IOException {
        int axes = spec.grid().axes().size();
        List<Path> files = new ArrayList<>();
        if (axes > 2) {
            notes.add("no plots: the grid has " + axes + " axes (plots are drawn for one or two)");
            return files;
        }
        if (axes == 2) {
            int sx = stride(spec.grid().axes().get(0));
            int sy = stride(spec.grid().axes().get(1));
            if (sx > 1 || sy > 1) {
                notes.add("heat maps drawn on every " + (sx == sy ? sx + "th point of each axis"
                        : sx + "th point of " + spec.grid().axes().get(0).name() + " and every " + sy + "th of "
                        + spec.grid().axes().get(1).name()) + " (at most " + MAX_CELLS_PER_AXIS
                        + " cells a side); results.csv has every point");
            }
        }
        int size = spec.grid().size();
        for (int k = 0; k < spec.measures().size(); k++) {
            String measure = spec.measures().get(k);
            boolean any = false;
            for (int i = 0; i < size && !any; i++) {
                any = Double.isFinite(results.value(k, i));
            }
            if (!any) {
                notes.add("no plot of " + measure + ": no point has a value");
                continue;
            }
            Chart<?, ?> chart = axes == 1 ? line(spec, results, k) : heatMap(spec, results, k);
            Path file = dir.resolve(fileName(measure));
            AtomicFiles.write(file, out -> dev.steadfast.cli.Png.write(chart, out));
            files.add(file);
        }
        return files;
    }

    /** Every k-th point of an axis is drawn, k the smallest that leaves at most MAX_CELLS_PER_AXIS. */
    static int stride(GridAxis axis) {
        return (axis.size() + MAX_CELLS_PER_AXIS - 1) / MAX_CELLS_PER_AXIS;
    }

    /** {@code <measure>.png}, with characters unsafe in file names replaced by '_'. */
    public static String fileName(String measure) {
        return measure.replaceAll("[^A-Za-z0-9_.-]", "_") + ".png";
    }

    static XYChart line(SweepSpec spec, SweepResults results, int k) {
        GridAxis axis = spec.grid().axes().get(0);
        String measure = spec.measures().get(k);
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < spec.grid().size(); i++) {
            if (results.has(i)) {
                xs.add(axis.value(i));
                ys.add(results.value(k, i));
            }
        }
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

    static HeatMapChart heatMap(SweepSpec spec, SweepResults results, int k) {
        String measure = spec.measures().get(k);
        GridAxis x = spec.grid().axes().get(0);
        GridAxis y = spec.grid().axes().get(1);
        int sx = stride(x);
        int sy = stride(y);
        HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
                .title(measure + " — " + spec.model())
                .xAxisTitle(x.name()).yAxisTitle(y.name()).build();
        List<Number[]> cells = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i * sx < x.size(); i++) {
            for (int j = 0; j * sy < y.size(); j++) {
                double v = results.value(k, i * sx * y.size() + j * sy);
                if (Double.isFinite(v)) {
                    cells.add(new Number[] {i, j, v});
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
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
        styler.setXAxisLabelRotation(x.size() / sx > 12 ? 90 : 0);
        chart.addSeries(measure, labels(x, sx), labels(y, sy), cells);
        return chart;
    }

    /** Tick labels: every {@code stride}-th value to three significant digits. */
    static List<String> labels(GridAxis axis, int stride) {
        List<String> labels = new ArrayList<>();
        double[] values = axis.values();
        for (int i = 0; i < values.length; i += stride) {
            labels.add(String.format(Locale.ROOT, "%.3g", values[i]));
        }
        return labels;
    }
}
