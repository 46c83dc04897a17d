package dev.steadfast.cli;

import dev.steadfast.state.DensityMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code evolve --states DIR}: the state at every output time as {@code DIR/rho_<k>.npy}
 * (complex128, {@link StateFile}; k = 0, 1, ... zero-padded to one width) and
 * {@code DIR/times.csv} ({@code k,time}).
 */
final class StateSeries {
    private final Path dir;
    private final String pattern;
    private final StringBuilder times = new StringBuilder("k,time\n");
    private int k;

    private StateSeries(Path dir, int count) {
        this.dir = dir;
        this.pattern = "rho_%0" + Integer.toString(count - 1).length() + "d.npy";
    }

    /** Checks the request and creates the directory. */
    static StateSeries open(Path dir, int count, boolean ensemble) {
        if (ensemble) {
            throw new BadInputException("--states: an ensemble model's state lives on its Dicke ladders, not on the full "
                    + "tensor space; --states writes full-space density matrices only");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--states " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        return new StateSeries(dir, count);
    }

    /** Writes the state at time t (called in time order). */
    void accept(double t, Object state) {
        try {
            Files.write(dir.resolve(String.format(Locale.ROOT, pattern, k)), StateFile.npy(((DensityMatrix) state).matrix()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        times.append(k).append(',').append(t).append('\n');
        k++;
    }

    /** Writes times.csv. */
    void finish() throws IOException {
        Files.writeString(dir.resolve("times.csv"), times.toString());
    }
}
