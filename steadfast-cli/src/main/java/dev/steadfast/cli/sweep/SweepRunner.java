package dev.steadfast.cli.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the pending points of a sweep on a fixed pool of threads. Each finished point is appended
 * to results.csv at once; a point that throws is recorded as {@link PointStatus#FAILED} and the
 * sweep goes on. Only a failure to write the results stops it.
 */
public final class SweepRunner {
    private SweepRunner() {
    }

    /**
     * Evaluates every point in {@code pending}, appending each to {@code csv}.
     *
     * @return wall-clock seconds from the first point started to the last finished
     * @throws IOException when results.csv cannot be written (the remaining points are cancelled)
     */
    public static double run(Grid grid, Collection<Integer> pending, PointEvaluator evaluator, ResultsCsv csv,
                             int threads, ProgressReporter progress) throws IOException {
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            CompletionService<Void> done = new ExecutorCompletionService<>(pool);
            for (int index : pending) {
                done.submit(() -> {
                    csv.append(index, evaluate(evaluator, grid, index));
                    progress.advance();
                    return null;
                });
            }
            for (int k = 0; k < pending.size(); k++) {
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
