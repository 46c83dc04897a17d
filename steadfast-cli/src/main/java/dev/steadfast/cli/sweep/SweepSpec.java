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
 * @param plots     write a PNG per measure (never for a shard of the grid)
 * @param shard     the part of the grid computed ({@link Shard#ALL} for the whole grid)
 * @param version   the steadfast version, recorded in the fingerprint and checked by merge
 */
public record SweepSpec(String model, String modelText, Grid grid, Map<String, Double> fixed, List<String> measures,
                        Path dir, int threads, boolean resume, boolean overwrite, boolean plots, Shard shard,
                        String version) {

    public SweepSpec {
        fixed = Map.copyOf(fixed);
        measures = List.copyOf(measures);
    }

    /** The whole grid, version unrecorded. */
    public SweepSpec(String model, String modelText, Grid grid, Map<String, Double> fixed, List<String> measures,
                     Path dir, int threads, boolean resume, boolean overwrite, boolean plots) {
        this(model, modelText, grid, fixed, measures, dir, threads, resume, overwrite, plots, Shard.ALL, "");
    }

    public SweepFingerprint fingerprint() {
        return SweepFingerprint.of(model, modelText, grid, fixed, ResultsCsvRows.header(grid, measures), shard, version);
    }
}
