package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sweep in an output directory: locks the directory ({@link SweepLock}) for the whole run,
 * checks it (fresh, overwrite or resume), writes the fingerprint, runs the pending points of its
 * shard in parallel (rows appended in grid order, {@link SweepRunner}), sorts results.csv only if
 * its rows ended up out of order, then writes the summary and (for the whole grid) the plots from
 * the rows kept in memory ({@link SweepResults}).
 */
public final class Sweep {
    public static final String RESULTS = "results.csv";

    private Sweep() {
    }

    /** Makes the progress reporter once the number of pending points is known. */
    @FunctionalInterface
    public interface ProgressFactory {
        ProgressReporter create(int total, int pending, int alreadyDone);
    }

    /**
     * What a sweep did.
     *
     * @param points   points of the grid (of the shard, for a shard)
     * @param computed points computed by this run
     * @param failures rows whose status is not ok
     * @param seconds  wall-clock seconds of this run's computation
     * @param files    the artefacts written
     * @param notes    remarks (plots not drawn, a stale lock taken over, ...)
     */
    public record Report(int points, int computed, int failures, double seconds, List<Path> files,
                         List<String> notes) {
    }

    /**
     * Runs the sweep.
     *
     * @throws BadInputException for an unusable directory, a directory locked by another run, an
     *                           existing results.csv without --resume/--overwrite, or a resume of
     *                           a different sweep
     * @throws IOException       when writing fails midway (the path and the reason in the message)
     */
    public static Report run(SweepSpec spec, PointEvaluator evaluator, ProgressFactory progress) throws IOException {
        Path dir = SweepDirectory.create(spec.dir());
        try (SweepLock lock = SweepLock.acquire(dir, "sweep")) {
            SweepDirectory.requireWritable(dir);
            List<String> notes = new ArrayList<>();
            lock.staleHolder().ifPresent(h -> notes.add("took over the lock left by " + h.describe()
                    + ", which is no longer running"));
            Path results = dir.resolve(RESULTS);
            ResultsCsv csv = open(spec, dir, results);
            List<Integer> pending = new ArrayList<>();
            List<Integer> mine = spec.shard().points(spec.grid().size());
            for (int i : mine) {
                if (!csv.isWritten(i)) {
                    pending.add(i);
                }
            }
            double seconds;
            try (csv; ProgressReporter p = progress.create(mine.size(), pending.size(), mine.size() - pending.size())) {
                seconds = SweepRunner.run(spec.grid(), pending, evaluator, csv, spec.threads(), p);
            }
            return finish(spec, dir, results, csv, pending.size(), seconds, notes, evaluator.evaluation());
        }
    }

    /**
     * Sorts results.csv when its rows are out of grid order, then writes the summary and plots from
     * the rows kept in memory (read back from the file only for a grid too large to keep).
     */
    private static Report finish(SweepSpec spec, Path dir, Path results, ResultsCsv csv, int computed, double seconds,
                                 List<String> notes, EvaluationPath path) throws IOException {
        if (!csv.isSorted()) {
            ResultsCsvRows.sort(results, spec.grid(), spec.measures());
        }
        SweepResults rows = csv.results() != null ? csv.results()
                : SweepResults.of(spec.grid(), spec.measures(), ResultsCsvRows.read(results, spec.grid(), spec.measures()));
        Map<String, Object> summary = SweepSummary.of(spec, rows, computed, seconds, path);
        SweepSummary.write(dir.resolve(SweepSummary.FILE), summary);
        List<Path> files = new ArrayList<>(List.of(results, dir.resolve(SweepSummary.FILE)));
        if (!spec.shard().isAll()) {
            notes.add("shard " + spec.shard() + ": no plots; `steadfast merge` draws them from all the shards");
        } else if (spec.plots()) {
            files.addAll(SweepPlots.write(dir, spec, rows, notes));
        }
        int points = spec.shard().points(spec.grid().size()).size();
        return new Report(points, computed, (Integer) summary.get("failures"), seconds, files, notes);
    }

    private static ResultsCsv open(SweepSpec spec, Path dir, Path results) throws IOException {
        Path stored = dir.resolve(SweepFingerprint.FILE);
        SweepFingerprint wanted = spec.fingerprint();
        boolean hasResults = Files.exists(results) && Files.size(results) > 0;
        if (spec.resume() && hasResults) {
            if (!Files.exists(stored)) {
                throw new BadInputException(results + " has no " + SweepFingerprint.FILE
                        + " beside it, so it cannot be checked to belong to this sweep; use --overwrite to start again");
            }
            String why = SweepFingerprint.read(stored).difference(wanted);
            if (why != null) {
                throw new BadInputException("cannot resume the sweep in " + dir + ": " + why
                        + "; use another --out directory, or --overwrite to start again");
            }
            return ResultsCsv.resume(results, spec.grid(), spec.measures());
        }
        if (hasResults && !spec.overwrite()) {
            throw new BadInputException(results + " already exists: use --resume to complete that sweep, "
                    + "or --overwrite to replace it");
        }
        SweepDirectory.removePreviousRun(dir);
        wanted.write(stored);
        return ResultsCsv.create(results, spec.grid(), spec.measures());
    }
}
