package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep's output directory: created when needed, checked to be writable, and cleared of the
 * artefacts of a previous run (results, summary, fingerprint, plots) before a new run starts in it.
 */
final class SweepDirectory {
    private SweepDirectory() {
    }

    /** Creates {@code dir} (and its parents); an impossible path is bad input naming it and why. */
    static Path create(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("--out " + dir + ": cannot create the directory (" + reason(e) + ")", e);
        }
        return dir;
    }

    /** Checks that files can be created in {@code dir} (run with its lock held) and removes stale temporary files. */
    static void requireWritable(Path dir) {
        try {
            if (!Files.isWritable(dir)) {
                throw new BadInputException("--out " + dir + ": the directory is not writable");
            }
            AtomicFiles.removeLeftovers(dir);
            Path probe = Files.createTempFile(dir, ".probe.", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new BadInputException("--out " + dir + ": cannot write there (" + reason(e) + ")", e);
        }
    }

    /**
     * Removes every artefact a previous sweep (or merge) left in {@code dir}: results.csv,
     * summary.json, sweep.json and the plot of each measure named in the old sweep.json (when it
     * is readable) — and nothing else.
     */
    static void removePreviousRun(Path dir) throws IOException {
        List<Path> old = new ArrayList<>(List.of(dir.resolve(Sweep.RESULTS), dir.resolve(SweepSummary.FILE)));
        Path stored = dir.resolve(SweepFingerprint.FILE);
        if (Files.exists(stored)) {
            try {
                for (String m : SweepFingerprint.read(stored).measures()) {
                    old.add(dir.resolve(SweepPlots.fileName(m)));
                }
            } catch (BadInputException | IndexOutOfBoundsException e) {
                // an unreadable fingerprint names no plots; it is replaced below
            }
            old.add(stored);
        }
        for (Path p : old) {
            Files.deleteIfExists(p);
        }
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : m == null ? e.getClass().getSimpleName() : m;
    }
}
