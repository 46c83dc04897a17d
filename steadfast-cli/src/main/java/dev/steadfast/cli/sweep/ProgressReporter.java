package dev.steadfast.cli.sweep;

/** Reports the progress of a sweep; {@link #advance()} is called from several threads. */
public interface ProgressReporter extends AutoCloseable {
    /** One more point is finished. */
    void advance();

    /** {@code points} more points are finished. */
    default void advance(int points) {
        for (int i = 0; i < points; i++) {
            advance();
        }
    }

    /** The sweep is over (or abandoned). */
    @Override
    void close();

    /** A reporter that says nothing. */
    static ProgressReporter silent() {
        return new ProgressReporter() {
            @Override
            public void advance() {
            }

            @Override
            public void close() {
            }
        };
    }
}
