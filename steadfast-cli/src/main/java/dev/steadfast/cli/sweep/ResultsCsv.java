package dev.steadfast.cli.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
    private final BitSet written;
    /** The rows kept in memory for the summary and plots (null when the grid is too large: read the file back). */
    private final SweepResults results;
    /** The length of the file up to its last complete row. */
    private long complete;
    /** Whether the rows are in grid order (the last row's index, -1 before any). */
    private boolean sorted = true;
    private int last = -1;
    /** The first write failure; once set, nothing more is appended. */
    private volatile IOException failure;

    private ResultsCsv(Path file, Grid grid, List<String> measures, FileChannel out, List<ResultRow> existing)
            throws IOException {
        this.file = file;
        this.grid = grid;
        this.measures = List.copyOf(measures);
        this.out = out;
        this.written = new BitSet(grid.size());
        this.results = SweepResults.fits(grid, measures) ? new SweepResults(grid, measures) : null;
        this.complete = out.size();
        for (ResultRow r : existing) {
            record(r.index(), r.outcome());
        }
    }

    private void record(int index, PointOutcome o) {
        written.set(index);
        sorted &= index > last;
        last = index;
        if (results != null) {
            results.add(index, o);
        }
    }

    /** Starts a new file (replacing any old one) holding only the header. */
    public static ResultsCsv create(Path file, Grid grid, List<String> measures) throws IOException {
        String head = Csv.line(ResultsCsvRows.header(grid, measures)) + "\n";
        try {
            Files.writeString(file, head, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot write (" + reasonOf(e) + ")", e);
        }
        return open(file, grid, measures, List.of());
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
        return open(file, grid, measures, ResultsCsvRows.read(file, grid, measures));
    }

    /** Indices of the points in the file. */
    public synchronized Set<Integer> written() {
        return written.stream().boxed().collect(Collectors.toUnmodifiableSet());
    }

    /** The measure columns. */
    public List<String> measures() {
        return measures;
    }

    /** Throws the write failure that stopped the file, if any (a sweep then evaluates no more points). */
    public void requireWritable() throws IOException {
        IOException f = failure;
        if (f != null) {
            throw f;
        }
    }

    /** Whether point {@code index} is in the file. */
    public synchronized boolean isWritten(int index) {
        return written.get(index);
    }

    /** Whether the rows in the file are in grid order (rows are appended in order unless threads finish far apart). */
    public synchronized boolean isSorted() {
        return sorted;
    }

    /**
     * Every row of the file, kept in memory as written (and read on resume), or null when the grid
     * is too large to keep ({@link SweepResults#fits}): then read the file.
     */
    public synchronized SweepResults results() {
        return results;
    }

    /**
     * Appends the row of point {@code index} as one complete line. When the write fails (disk
     * full, file size limit, I/O error) the file is cut back to its last complete row, the
     * point is left to a later {@code --resume}, and this and every later append throws an
     * IOException naming the file and the reason.
     */
    public void append(int index, PointOutcome outcome) throws IOException {
        StringBuilder sb = new StringBuilder();
        ResultsCsvRows.appendRow(sb, grid.values(index), outcome, measures);
        append(new int[] {index}, new PointOutcome[] {outcome}, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Appends the rows of several points, {@code lines} holding their complete lines in the same
     * order ({@link #appendRow}), with one write: a kill leaves whole rows and at most one cut
     * line, which {@link #resume} drops. A failed write is handled as in {@link #append(int, PointOutcome)}.
     */
    public synchronized void append(int[] indices, PointOutcome[] outcomes, byte[] lines) throws IOException {
        if (failure != null) {
            throw failure;
        }
        for (int index : indices) {
            if (written.get(index)) {
                throw new IllegalStateException("point " + index + " is already in results.csv");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines);
        try {
            while (buffer.hasRemaining()) {
                out.write(buffer, complete + buffer.position());
            }
        } catch (IOException e) {
            failure = new IOException(file + ": cannot append the row" + (indices.length == 1 ? "" : "s") + " of point "
                    + grid.point(indices[0]) + (indices.length == 1 ? "" : " and the next " + (indices.length - 1))
                    + " (" + reasonOf(e) + "); the rows already written are intact: free space or fix the cause, "
                    + "then run the same command with --resume", e);
            cutBack();
            throw failure;
        }
        complete += lines.length;
        for (int k = 0; k < indices.length; k++) {
            record(indices[k], outcomes[k]);
        }
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

    private static ResultsCsv open(Path file, Grid grid, List<String> measures, List<ResultRow> existing)
            throws IOException {
        FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE);
        return new ResultsCsv(file, grid, measures, out, existing);
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
