package dev.steadfast.cli.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A synthetic sweep run in its own JVM by {@link KillAndResumeTest}: {@code DIR DELAY_MS RESUME}.
 * Every point sleeps, so the test can kill the process midway.
 */
public final class SlowSweepMain {
    static final List<String> GRID = List.of("x=0:1:11", "y=1,2,4,5,6,7,8,9");

    private SlowSweepMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long delay = Long.parseLong(args[1]);
        boolean resume = Boolean.parseBoolean(args[2]);
        SweepSpec spec = Synthetic.spec(dir, Grid.parse(GRID), 2, resume, false, false);
        Sweep.run(spec, p -> {
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Synthetic.evaluate(p);
        }, (total, pending, done) -> ProgressReporter.silent());
    }
}
