package dev.steadfast.cli.sweep;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar with rate and time left, redrawn in place on a terminal. */
public final class TerminalProgress implements ProgressReporter {
    private final ProgressBar bar;

    /**
     * @param pending     points this run computes (the bar counts these, so the rate and the
     *                    time left are this run's)
     * @param alreadyDone points an earlier run finished
     */
    public TerminalProgress(PrintStream err, int pending, int alreadyDone) {
        String task = alreadyDone > 0 ? "sweep (" + alreadyDone + " done before)" : "sweep";
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(pending)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .setUnit(" pts", 1)
                .showSpeed()
                .setUpdateIntervalMillis(250)
                .continuousUpdate()
                .build();
    }

    @Override
    public void advance() {
        bar.step();
    }

    @Override
    public void advance(int points) {
        bar.stepBy(points);
    }

    @Override
    public void close() {
        bar.close();
    }
}
