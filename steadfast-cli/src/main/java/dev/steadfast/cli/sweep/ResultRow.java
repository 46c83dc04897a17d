package dev.steadfast.cli.sweep;

import java.util.Map;

/**
 * One row of results.csv.
 *
 * @param index   the point's index in the grid
 * @param values  the grid parameters' values, one per axis
 * @param outcome what the point gave
 */
public record ResultRow(int index, double[] values, PointOutcome outcome) {

    /** The measure's value, or NaN when the point has none. */
    public double measure(String name) {
        Double v = outcome.measures().get(name);
        return v == null ? Double.NaN : v;
    }

    public PointStatus status() {
        return outcome.status();
    }

    public Map<String, Double> measures() {
        return outcome.measures();
    }
}
