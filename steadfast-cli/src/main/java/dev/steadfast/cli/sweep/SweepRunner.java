package dev.steadfast.cli.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pending points of a sweep on a fixed pool of threads, in chunks of consecutive points:
 * a thread evaluates a chunk, formats its rows and hands them to results.csv in one write. Chunks
 * are written in grid order (a finished chunk waits for the chunks before it, up to
 * {@link #MAX_WAITING_BYTES}; beyond that the waiting ones are written at once and the file is
 * sorted at the end).
 * A point that throws is recorded as {@link PointStatus#FAILED} and the sweep goes on. Only a
 * failure to write the results stops it.
 */
public final class SweepRunner {
    /** Points of a chunk at most (a chunk is also at most 1/16 of a thread's share). */
    static final int MAX_CHUNK = 256;
    /**
     * Bytes of finished rows that may wait for an earlier chunk (a thread descheduled on a busy
     * machine) before they are written out of order, which costs a sort of the whole file at the end.
     */
    static final long MAX_WAITING_BYTES = 32L << 20;
    /** Progress is reported every this many points of a chunk, or sooner after {@link #PROGRESS_NANOS}. */
    static final int PROGRESS_POINTS = 32;
    static final long PROGRESS_NANOS = 100_000_000L;

    private SweepRunner() {
    }

    /**
     * Evaluates every point in {@code pending}, appending each to {@code csv}.
     *
     * @return wall-clock seconds from the first point started to the last finished
     * @throws IOException when results.csv cannot be written (the remaining points are cancelled)
     */
    public static double run(Grid grid, List<Integer> pending, PointEvaluator evaluator, ResultsCsv csv,
                             int threads, ProgressReporter progress) throws IOException {
        return run(grid, pending, evaluator, csv, threads, progress, MAX_WAITING_BYTES);
    }

    /** As {@link #run(Grid, List, PointEvaluator, ResultsCsv, int, ProgressReporter)}, with the waiting bound given. */
    static double run(Grid grid, List<Integer> pending, PointEvaluator evaluator, ResultsCsv csv, int threads,
                      ProgressReporter progress, long maxWaitingBytes) throws IOException {
        long t0 = System.nanoTime();
        int chunk = chunkSize(pending.size(), threads);
        int chunks = (pending.size() + chunk - 1) / chunk;
        OrderedWriter writer = new OrderedWriter(csv, chunks, maxWaitingBytes);
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int c = 0; c < chunks; c++) {
                int number = c;
                List<Integer> points = pending.subList(c * chunk, Math.min(pending.size(), (c + 1) * chunk));
                done.submit(() -> {
                    writer.finished(number, evaluate(grid, points, evaluator, csv, progress));
                    return null;
                });
            }
            for (int k = 0; k < chunks; k++) {
                done.take().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the sweep was interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("writing a sweep result failed: " + c, c);
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - t0) * 1e-9;
    }

    /** About 16 chunks per thread, each of 1 to {@link #MAX_CHUNK} points. */
    static int chunkSize(int points, int threads) {
        return Math.max(1, Math.min(MAX_CHUNK, points / (16 * threads)));
    }

    /** The rows of a chunk, ready to write. */
    private record Chunk(int[] indices, PointOutcome[] outcomes, byte[] lines) {
    }

    private static Chunk evaluate(Grid grid, List<Integer> points, PointEvaluator evaluator, ResultsCsv csv,
                                  ProgressReporter progress) throws IOException {
        int[] indices = new int[points.size()];
        PointOutcome[] outcomes = new PointOutcome[points.size()];
        StringBuilder sb = new StringBuilder(128 * points.size());
        List<String> measures = csv.measures();
        int unreported = 0;
        long reported = System.nanoTime();
        for (int k = 0; k < indices.length; k++) {
            csv.requireWritable();
            indices[k] = points.get(k);
            outcomes[k] = evaluate(evaluator, grid, indices[k]);
            ResultsCsvRows.appendRow(sb, grid.values(indices[k]), outcomes[k], measures);
            unreported++;
            long now = System.nanoTime();
            if (unreported == PROGRESS_POINTS || now - reported > PROGRESS_NANOS) {
                progress.advance(unreported);     // in batches: the reporter is shared by the threads
                unreported = 0;
                reported = now;
            }
        }
        if (unreported > 0) {
            progress.advance(unreported);
        }
        return new Chunk(indices, outcomes, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes finished chunks in order; too many waiting ones are written at once, in order among themselves. */
    private static final class OrderedWriter {
        private final ResultsCsv csv;
        private final boolean[] written;
        private final long maxWaitingBytes;
        private final Map<Integer, Chunk> waiting = new HashMap<>();
        private long waitingBytes;
        private int next;

        OrderedWriter(ResultsCsv csv, int chunks, long maxWaitingBytes) {
            this.csv = csv;
            this.written = new boolean[chunks];
            this.maxWaitingBytes = maxWaitingBytes;
        }

        synchronized void finished(int number, Chunk chunk) throws IOException {
            waiting.put(number, chunk);
            waitingBytes += chunk.lines().length;
            while (next < written.length && (written[next] || waiting.containsKey(next))) {
                Chunk c = waiting.remove(next);
                if (c != null) {
                    waitingBytes -= c.lines().length;
                    write(next, c);
                }
                next++;
            }
            if (waitingBytes > maxWaitingBytes) {
                for (int k : waiting.keySet().stream().sorted().toList()) {
                    write(k, waiting.get(k));
                }
                waiting.clear();
                waitingBytes = 0;
            }
        }

        private void write(int number, Chunk c) throws IOException {
            csv.append(c.indices(), c.outcomes(), c.lines());
            written[number] = true;
        }
    }

    /** The evaluator's outcome, or FAILED with the reason when it throws. */
    static PointOutcome evaluate(PointEvaluator evaluator, Grid grid, int index) {
        long t0 = System.nanoTime();
        try {
            return evaluator.evaluate(grid.point(index));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return PointOutcome.failure(PointStatus.FAILED, describe(e), (System.nanoTime() - t0) * 1e-9);
        }
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (raise the heap with JAVA_OPTS=-Xmx..., or use fewer --threads)";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
