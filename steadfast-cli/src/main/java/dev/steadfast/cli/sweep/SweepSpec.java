package dev.steadfast.cli.sweep;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a sweep needs apart from the point evaluator.
 *
 * @param model     model name (for the fingerprint, summary and plot titles)
 * @param modelText the model's text (its hash identifies the model in the fingerprint)
 * @param grid      the grid
 * @param fixed     parameters fixed by --set
 * @param measures  measure names, in column order
 * @param dir       output directory
 * @param threads   size of the thread pool
 * @param resume    continue an existing sweep in {@code dir}
 * @param overwrite replace an existing results.csv
 * @param plots     write a PNG per measure
 */
public record SweepSpec(String model, String modelText, Grid grid, Map<String, Double> fixed, List<String> measures,
                        Path dir, int threads, boolean resume, boolean overwrite, boolean plots) {

    public SweepSpec {
        fixed = Map.copyOf(fixed);
        measures = List.copyOf(measures);
    }

    public SweepFingerprint fingerprint() {
        return SweepFingerprint.of(model, modelText, grid, fixed, ResultsCsv.header(grid, measures));
    }
}
