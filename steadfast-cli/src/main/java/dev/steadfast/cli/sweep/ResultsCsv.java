package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code results.csv}: a header (grid parameters, measures, {@code status}, {@code seconds},
 * {@code message}) and one row per finished point. Each row is written by a single write of one
 * complete line, so a killed run leaves every row whole except possibly the last line, which
 * {@link #resume} discards.
 */
public final class ResultsCsv implements Closeable {
    public static final List<String> TRAILING_COLUMNS = List.of("status", "seconds", "message");

    private final Path file;
    private final Grid grid;
    private final List<String> measures;
    private final FileChannel out;
    private final Set<Integer> written;
    /** The length of the file up to its last complete row. */
    private long complete;
    /** The first write failure; once set, nothing more is appended. */
    private IOException failure;

    private ResultsCsv(Path file, Grid grid, List<String> measures, FileChannel out, Set<Integer> written)
            throws IOException {
        this.file = file;
        this.grid = grid;
        this.measures = List.copyOf(measures);
        this.out = out;
        this.written = written;
        this.complete = out.size();
    }

    /** The header: grid parameters, then measures, then status, seconds, message. */
    public static List<String> header(Grid grid, List<String> measures) {
        List<String> h = new ArrayList<>(grid.names());
        h.addAll(measures);
        h.addAll(TRAILING_COLUMNS);
        Set<String> seen = new HashSet<>();
        for (String c : h) {
            if (!seen.add(c)) {
                throw new BadInputException("the column '" + c + "' would appear twice in results.csv "
                        + "(a grid parameter and a measure, or a measure named like a status column)");
            }
        }
        return h;
    }

    /** Starts a new file (replacing any old one) holding only the header. */
    public static ResultsCsv create(Path file, Grid grid, List<String> measures) throws IOException {
        String head = Csv.line(header(grid, measures)) + "\n";
        try {
            Files.writeString(file, head, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot write (" + reasonOf(e) + ")", e);
        }
        return open(file, grid, measures, new HashSet<>());
    }

    /**
     * Continues an existing file: a trailing partial line (a row cut by a kill) is removed, the
     * header and every row are checked against this grid and these measures, and the points
     * already present are remembered in {@link #written()}. A missing or empty file is created.
     */
    public static ResultsCsv resume(Path file, Grid grid, List<String> measures) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return create(file, grid, measures);
        }
        dropPartialLastLine(file);
        if (Files.size(file) == 0) {
            return create(file, grid, measures);
        }
        Set<Integer> done = new HashSet<>();
        for (ResultRow r : read(file, grid, measures)) {
            done.add(r.index());
        }
        return open(file, grid, measures, done);
    }

    /** Indices of the points in the file. */
    public synchronized Set<Integer> written() {
        return Set.copyOf(written);
    }

    /**
     * Appends the row of point {@code index} as one complete line. When the write fails (disk
     * full, file size limit, I/O error) the file is cut back to its last complete row, the
     * point is left to a later {@code --resume}, and this and every later append throws an
     * IOException naming the file and the reason.
     */
    public synchronized void append(int index, PointOutcome outcome) throws IOException {
        if (failure != null) {
            throw failure;
        }
        if (written.contains(index)) {
            throw new IllegalStateException("point " + index + " is already in results.csv");
        }
        ByteBuffer line = ByteBuffer.wrap((Csv.line(cells(grid.values(index), outcome, measures)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            while (line.hasRemaining()) {
                out.write(line, complete + line.position());
            }
        } catch (IOException e) {
            failure = new IOException(file + ": cannot append the row of point " + grid.point(index) + " ("
                    + reasonOf(e) + "); the rows already written are intact: free space or fix the cause, "
                    + "then run the same command with --resume", e);
            cutBack();
            throw failure;
        }
        complete += line.limit();
        written.add(index);
    }

    private void cutBack() {
        try {
            out.truncate(complete);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    static String reasonOf(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
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
            sb.append(Csv.line(cells(r.values(), r.outcome(), measures))).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private static ResultsCsv open(Path file, Grid grid, List<String> measures, Set<Integer> done) throws IOException {
        FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE);
        return new ResultsCsv(file, grid, measures, out, done);
    }

    static List<String> cells(double[] values, PointOutcome o, List<String> measures) {
        List<String> c = new ArrayList<>();
        for (double v : values) {
            c.add(Double.toString(v));
        }
        for (String m : measures) {
            Double v = o.measures().get(m);
            c.add(v == null ? "" : Double.toString(v));
        }
        c.add(o.status().label());
        c.add(String.format(Locale.ROOT, "%.4f", o.seconds()));
        c.add(o.message());
        return c;
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

    /** Truncates the file after its last line break (to empty when it has none). */
    static void dropPartialLastLine(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = size;
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (pos > 0) {
                int n = (int) Math.min(buf.capacity(), pos);
                buf.clear().limit(n);
                ch.read(buf, pos - n);
                for (int i = n - 1; i >= 0; i--) {
                    if (buf.get(i) == '\n') {
                        ch.truncate(pos - n + i + 1);
                        return;
                    }
                }
                pos -= n;
            }
            ch.truncate(0);
        }
    }
}
