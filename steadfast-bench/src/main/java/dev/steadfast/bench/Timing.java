package dev.steadfast.bench;

import java.util.Arrays;
import java.util.function.DoubleSupplier;

/**
 * A JMH-free timer for micro-benchmarks of a few microseconds: the task runs for a warm-up
 * period (so that the JIT has compiled it), then {@code repetitions} batches are timed and the
 * median time of one call is returned. Each batch repeats the call until it lasts at least 50 µs,
 * so that {@link System#nanoTime()}'s granularity does not matter. The task returns a double that
 * is accumulated into {@link #sink}, so that the JIT cannot remove the work.
 */
public final class Timing {
    /** Accumulates the tasks' results; read it (e.g. print it) to keep the work alive. */
    public static double sink;

    private Timing() {
    }

    /** Median nanoseconds per call of {@code task} after {@code warmupMillis} of warm-up. */
    public static double medianNanos(DoubleSupplier task, long warmupMillis, int repetitions) {
        long end = System.nanoTime() + warmupMillis * 1_000_000;
        while (System.nanoTime() < end) {
            sink += task.getAsDouble();
        }
        int batch = 1;
        while (true) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += task.getAsDouble();
            }
            if (System.nanoTime() - t0 >= 50_000 || batch > 1 << 20) {
                break;
            }
            batch *= 2;
        }
        double[] perCall = new double[repetitions];
        for (int r = 0; r < repetitions; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < batch; i++) {
                sink += task.getAsDouble();
            }
            perCall[r] = (double) (System.nanoTime() - t0) / batch;
        }
        Arrays.sort(perCall);
        return perCall[repetitions / 2];
    }
}
