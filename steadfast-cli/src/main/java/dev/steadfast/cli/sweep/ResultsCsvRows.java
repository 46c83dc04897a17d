package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rows of {@code results.csv} as text: its header, one row written (exactly, read back to the
 * same doubles) and read back against the grid, and the whole file read, or rewritten in grid
 * order. {@link ResultsCsv} appends rows to the file while a sweep runs.
 */
public final class ResultsCsvRows {
    private ResultsCsvRows() {
    }

    /** The header: grid parameters, then measures, then status, seconds, message. */
    public static List<String> header(Grid grid, List<String> measures) {
        List<String> h = new ArrayList<>(grid.names());
        h.addAll(measures);
        h.addAll(ResultsCsv.TRAILING_COLUMNS);
        Set<String> seen = new HashSet<>();
        for (String c : h) {
            if (!seen.add(c)) {
                throw new BadInputException("the column '" + c + "' would appear twice in results.csv "
                        + "(a grid parameter and a measure, or a measure named like a status column)");
            }
        }
        return h;
    }

    /**
     * Appends the line of one row (with its line break) to {@code sb}: grid values and measures
     * as {@link Double#toString} (exact, read back to the same double), seconds with four
     * decimals, the message quoted when needed.
     */
    static void appendRow(StringBuilder sb, double[] values, PointOutcome o, List<String> measures) {
        for (double v : values) {
            sb.append(v).append(',');
        }
        Map<String, Double> m = o.measures();
        for (String name : measures) {
            Double v = m.isEmpty() ? null : m.get(name);
            if (v != null) {
                sb.append(v.doubleValue());
            }
            sb.append(',');
        }
        sb.append(o.status().label()).append(',');
        appendFixed4(sb, o.seconds());
        sb.append(',');
        if (!o.message().isEmpty()) {
            sb.append(Csv.quote(o.message()));
        }
        sb.append('\n');
    }

    /** {@code String.format(Locale.ROOT, "%.4f", s)} without the formatter (half-up on s·10^4 for ordinary values). */
    static void appendFixed4(StringBuilder sb, double s) {
        if (!(s >= 0 && s < 1e6)) {
            sb.append(String.format(Locale.ROOT, "%.4f", s));
            return;
        }
        long t = Math.round(s * 1e4);
        long f = t % 10000;
        sb.append(t / 10000).append('.');
        if (f < 1000) {
            sb.append('0');
        }
        if (f < 100) {
            sb.append('0');
        }
        if (f < 10) {
            sb.append('0');
        }
        sb.append(f);
    }

    /**
     * Reads every complete row (a final line without a line break is ignored), checking the
     * header and matching each row to its grid point. A row that is not a point of this grid,
     * a repeated point or a malformed row is bad input.
     */
    public static List<ResultRow> read(Path file, Grid grid, List<String> measures) throws IOException {
        List<String> header = header(grid, measures);
        List<String> lines = completeLines(file);
        if (lines.isEmpty()) {
            return List.of();
        }
        if (!Csv.parse(lines.get(0)).equals(header)) {
            throw new BadInputException(file + ": the columns are " + lines.get(0) + " but this sweep writes "
                    + Csv.line(header) + " (a different model or grid)");
        }
        Map<List<Double>, Integer> index = grid.indexByValues();
        Set<Integer> seen = new HashSet<>();
        List<ResultRow> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            ResultRow row = parseRow(file, n + 1, lines.get(n), header.size(), grid, measures, index);
            if (!seen.add(row.index())) {
                throw new BadInputException(file + ":" + (n + 1) + ": the point " + grid.point(row.index())
                        + " appears twice");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Rewrites the file atomically with its rows in grid order. */
    public static void sort(Path file, Grid grid, List<String> measures) throws IOException {
        write(file, grid, measures, read(file, grid, measures));
    }

    /** Writes {@code rows} in grid order as a complete file, atomically. */
    public static void write(Path file, Grid grid, List<String> measures, List<ResultRow> unsorted) throws IOException {
        List<ResultRow> rows = new ArrayList<>(unsorted);
        rows.sort(Comparator.comparingInt(ResultRow::index));
        StringBuilder sb = new StringBuilder(Csv.line(header(grid, measures))).append('\n');
        for (ResultRow r : rows) {
            appendRow(sb, r.values(), r.outcome(), measures);
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static ResultRow parseRow(Path file, int lineNo, String line, int columns, Grid grid,
                                      List<String> measures, Map<List<Double>, Integer> index) {
        String where = file + ":" + lineNo + ": ";
        try {
            List<String> c = Csv.parse(line);
            if (c.size() != columns) {
                throw new BadInputException(where + "expected " + columns + " cells, found " + c.size());
            }
            int k = grid.axes().size();
            double[] values = new double[k];
            List<Double> key = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                values[a] = Double.parseDouble(c.get(a));
                key.add(values[a]);
            }
            Integer i = index.get(key);
            if (i == null) {
                throw new BadInputException(where + "the point " + key + " is not on the grid " + grid);
            }
            Map<String, Double> m = new LinkedHashMap<>();
            for (int j = 0; j < measures.size(); j++) {
                String cell = c.get(k + j);
                if (!cell.isEmpty()) {
                    m.put(measures.get(j), Double.parseDouble(cell));
                }
            }
            int s = k + measures.size();
            PointOutcome o = new PointOutcome(PointStatus.fromLabel(c.get(s)), m, Double.parseDouble(c.get(s + 1)),
                    c.get(s + 2));
            return new ResultRow(i, values, o);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + "malformed row: " + e.getMessage());
        }
    }

    /** The lines that end with a line break (a cut-off final line is left out). */
    private static List<String> completeLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return List.of();
        }
        return List.of(text.substring(0, end).split("\n", -1));
    }
}
