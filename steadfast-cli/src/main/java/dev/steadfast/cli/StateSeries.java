package dev.steadfast.cli;

import dev.steadfast.gaussian.GaussianState;
import dev.steadfast.model.ModelInstance;
import dev.steadfast.state.DensityMatrix;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code evolve --states DIR}: the state at every output time as {@code DIR/rho_<k>.npy}
 * (complex128, {@link StateFile}; k = 0, 1, ... zero-padded to one width), or for a Gaussian model
 * its moments as {@code DIR/moments_<k>.json} ({@link MomentsFile}), and {@code DIR/times.csv}
 * ({@code k,time}).
 */
final class StateSeries {
    private final Path dir;
    private final String pattern;
    private final List<String> modes;    // the mode names of a Gaussian model, else null
    private final StringBuilder times = new StringBuilder("k,time\n");
    private int k;

    private StateSeries(Path dir, int count, List<String> modes) {
        this.dir = dir;
        this.modes = modes;
        String width = Integer.toString(Integer.toString(count - 1).length());
        this.pattern = modes == null ? "rho_%0" + width + "d.npy" : "moments_%0" + width + "d.json";
    }

    /** Checks the request and creates the directory. */
    static StateSeries open(Path dir, int count, ModelInstance instance) {
        if (instance.isEnsemble()) {
            throw new BadInputException("--states: an ensemble model's state lives on its Dicke ladders, not on the full "
                    + "tensor space; --states writes full-space density matrices (or the moments of a Gaussian model) only");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--states " + dir + ": cannot create the directory (" + e.getMessage() + ")");
        }
        return new StateSeries(dir, count, instance.isGaussian() ? MomentsFile.modeNames(instance) : null);
    }

    /** Writes the state at time t (called in time order). */
    void accept(double t, Object state) {
        Path file = dir.resolve(String.format(Locale.ROOT, pattern, k));
        try {
            if (state instanceof GaussianState g) {
                MomentsFile.write(file, g, modes);
            } else {
                Files.write(file, StateFile.npy(((DensityMatrix) state).matrix()));
            }
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
