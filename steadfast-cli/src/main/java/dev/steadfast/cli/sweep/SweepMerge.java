package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Joins the shards of a sweep ({@code steadfast merge}): every shard directory must hold the same
 * sweep (equal fingerprints but for the shard, the steadfast version included) with the same N,
 * and together they must cover the grid exactly once. Then the output directory gets what a
 * single sweep of the whole grid would have written: sweep.json, results.csv in grid order,
 * summary.json and the plots. Every shard is locked while it is read, so a shard still running
 * is refused; an incomplete or missing shard is refused with the points it lacks.
 */
public final class SweepMerge {
    /** How many missing points a message lists before it only counts them. */
    private static final int LISTED = 5;

    private SweepMerge() {
    }

    /**
     * What a merge did.
     *
     * @param model    the model's name
     * @param points   points of the grid
     * @param shards   shards merged
     * @param failures rows whose status is not ok
     * @param files    the artefacts written
     * @param notes    remarks (plots not drawn, ...)
     */
    public record Report(String model, int points, int shards, int failures, List<Path> files, List<String> notes) {
    }

    /**
     * Merges {@code shardDirs} into {@code out}.
     *
     * @throws BadInputException when a directory is not a finished shard of the same sweep, a
     *                           shard is missing, given twice or incomplete, or a directory is locked
     */
    public static Report run(List<Path> shardDirs, Path out, boolean plots) throws IOException {
        if (shardDirs.isEmpty()) {
            throw new BadInputException("merge: give the shard directories to merge");
        }
        List<ShardDirectory> shards = new ArrayList<>();
        Path target = SweepDirectory.create(out);
        try (SweepLock outLock = SweepLock.acquire(target, "merge"); ShardDirectory.Locks locks = new ShardDirectory.Locks()) {
            for (Path d : shardDirs) {
                if (ShardDirectory.sameFile(d, target)) {
                    throw new BadInputException("merge: --out " + out + " is also a shard directory; "
                            + "write the merged sweep to a directory of its own");
                }
                for (ShardDirectory s : shards) {
                    if (ShardDirectory.sameFile(d, s.dir())) {
                        throw new BadInputException("merge: the directory " + d + " is given twice");
                    }
                }
                shards.add(ShardDirectory.open(d, locks));
            }
            SweepFingerprint reference = shards.get(0).fingerprint();
            for (ShardDirectory s : shards) {
                requireSameSweep(shards.get(0), s);
            }
            Grid grid = reference.toGrid();
            List<ResultRow> rows = ShardCoverage.check(grid, shards, LISTED);
            SweepDirectory.requireWritable(target);
            return write(reference, grid, rows, target, plots, shards.size());
        }
    }

    private static void requireSameSweep(ShardDirectory first, ShardDirectory other) {
        SweepFingerprint a = first.fingerprint();
        SweepFingerprint b = other.fingerprint();
        String why = a.withShard(b.shard()).difference(b);
        if (why == null && !a.version().equals(b.version())) {
            why = "it was computed by " + quoted(b.version()) + ", not " + quoted(a.version());
        }
        if (why == null && a.shard().count() != b.shard().count()) {
            why = "it is shard " + b.shard() + ", not one of " + a.shard().count();
        }
        if (why != null) {
            throw new BadInputException("merge: " + other.dir() + " is not a shard of the same sweep as "
                    + first.dir() + ": " + why);
        }
    }

    private static String quoted(String version) {
        return version.isEmpty() ? "an unrecorded version" : version;
    }

    private static Report write(SweepFingerprint reference, Grid grid, List<ResultRow> rows, Path out, boolean plots,
                                int shards) throws IOException {
        List<String> measures = reference.measures();
        SweepSpec spec = new SweepSpec(reference.model(), "", grid, reference.fixed(), measures, out, 1, false, true,
                plots, Shard.ALL, reference.version());
        SweepDirectory.removePreviousRun(out);
        reference.withShard(Shard.ALL).write(out.resolve(SweepFingerprint.FILE));
        Path results = out.resolve(Sweep.RESULTS);
        ResultsCsvRows.write(results, grid, measures, rows);
        Map<String, Object> summary = SweepSummary.of(spec, ResultsCsvRows.read(results, grid, measures), 0, 0);
        SweepSummary.write(out.resolve(SweepSummary.FILE), summary);
        List<Path> files = new ArrayList<>(List.of(results, out.resolve(SweepSummary.FILE)));
        List<String> notes = new ArrayList<>();
        if (plots) {
            files.addAll(SweepPlots.write(out, spec, rows, notes));
        }
        return new Report(reference.model(), grid.size(), shards, (Integer) summary.get("failures"), files, notes);
    }
}
