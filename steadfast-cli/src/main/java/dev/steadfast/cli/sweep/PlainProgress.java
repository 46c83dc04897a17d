package dev.steadfast.cli.sweep;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines (for logs and pipes), at most one every {@code intervalNanos}:
 * {@code sweep: 40/100 points (40%), 3.2 points/s, about 19 s left}.
 */
public final class PlainProgress implements ProgressReporter {
    private final PrintWriter err;
    private final int total;
    private final int alreadyDone;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final long start;
    private long lastPrint;
    private int done;

    /**
     * @param total         points of the whole sweep
     * @param alreadyDone   points finished by an earlier run (resume)
     * @param intervalNanos least time between two lines
     * @param clock         nanosecond clock (System::nanoTime outside tests)
     */
    public PlainProgress(PrintWriter err, int total, int alreadyDone, long intervalNanos, LongSupplier clock) {
        this.err = err;
        this.total = total;
        this.alreadyDone = alreadyDone;
        this.intervalNanos = intervalNanos;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrint = start;
        this.done = alreadyDone;
    }

    @Override
    public void advance() {
        advance(1);
    }

    @Override
    public synchronized void advance(int points) {
        done += points;
        long now = clock.getAsLong();
        if (now - lastPrint >= intervalNanos && done < total) {
            lastPrint = now;
            err.println(line(now));
            err.flush();
        }
    }

    @Override
    public synchronized void close() {
        double s = (clock.getAsLong() - start) * 1e-9;
        err.println(String.format(Locale.ROOT, "sweep: %d/%d points done, %d computed in %.1f s",
                done, total, done - alreadyDone, s));
        err.flush();
    }

    private String line(long now) {
        double s = (now - start) * 1e-9;
        double rate = (done - alreadyDone) / s;
        double left = (total - done) / rate;
        return String.format(Locale.ROOT, "sweep: %d/%d points (%d%%), %.3g points/s, about %s left",
                done, total, 100L * done / total, rate, duration(left));
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
