package dev.steadfast.cli.sweep;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the summary and the plots need of results.csv, kept in memory by column as rows are
 * written (or read on --resume), so that a sweep never reads its results back: each point's
 * status and measures by grid index, the status counts and the sum of the points' seconds. Not
 * thread-safe: {@link ResultsCsv} fills it under its lock.
 */
public final class SweepResults {
    /** Upper bound on grid points × (measures + 1) kept in memory (8 bytes each); beyond it the file is read back. */
    static final long MAX_CELLS = 50_000_000L;
    private static final byte ABSENT = -1;
    private static final PointStatus[] STATUSES = PointStatus.values();

    private final Grid grid;
    private final List<String> measures;
    private final double[][] values;
    private final byte[] status;
    private final int[] counts = new int[PointStatus.values().length];
    private int completed;
    private double pointSeconds;

    SweepResults(Grid grid, List<String> measures) {
        this.grid = grid;
        this.measures = List.copyOf(measures);
        this.values = new double[measures.size()][grid.size()];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        this.status = new byte[grid.size()];
        Arrays.fill(status, ABSENT);
    }

    /** Whether a grid of this size with these measures is kept in memory. */
    static boolean fits(Grid grid, List<String> measures) {
        return (long) grid.size() * (measures.size() + 1) <= MAX_CELLS;
    }

    /** The results of these rows (e.g. read from a file, or merged from shards). */
    public static SweepResults of(Grid grid, List<String> measures, List<ResultRow> rows) {
        SweepResults r = new SweepResults(grid, measures);
        for (ResultRow row : rows) {
            r.add(row.index(), row.outcome());
        }
        return r;
    }

    /** Records point {@code index} (once). */
    void add(int index, PointOutcome o) {
        status[index] = (byte) o.status().ordinal();
        counts[o.status().ordinal()]++;
        completed++;
        pointSeconds += o.seconds();
        Map<String, Double> given = o.measures();
        if (given.isEmpty()) {
            return;
        }
        int m = 0;
        for (Map.Entry<String, Double> e : given.entrySet()) {     // usually in column order: no look-ups
            if (m < measures.size() && measures.get(m).equals(e.getKey())) {
                values[m][index] = e.getValue() == null ? Double.NaN : e.getValue();
                m++;
            } else {
                m = -1;
                break;
            }
        }
        if (m != measures.size()) {
            for (int k = 0; k < measures.size(); k++) {
                Double v = given.get(measures.get(k));
                values[k][index] = v == null ? Double.NaN : v;
            }
        }
    }

    public Grid grid() {
        return grid;
    }

    public List<String> measures() {
        return measures;
    }

    /** Number of points recorded. */
    public int completed() {
        return completed;
    }

    /** Points recorded with this status. */
    public int count(PointStatus s) {
        return counts[s.ordinal()];
    }

    /** The sum of the points' seconds. */
    public double pointSeconds() {
        return pointSeconds;
    }

    /** Whether point {@code index} is recorded. */
    public boolean has(int index) {
        return status[index] != ABSENT;
    }

    /** The status of a recorded point. */
    public PointStatus status(int index) {
        return STATUSES[status[index]];
    }

    /** The value of measure number {@code m} (in column order) at point {@code index}; NaN when it has none. */
    public double value(int m, int index) {
        return values[m][index];
    }
}
