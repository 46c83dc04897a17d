package dev.steadfast.cli.sweep;

import dev.steadfast.cli.BadInputException;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One directory given to {@code steadfast merge}: locked (so that a shard still being computed is
 * refused), with its fingerprint and its rows.
 *
 * @param dir         the directory as given
 * @param fingerprint its sweep.json
 */
record ShardDirectory(Path dir, SweepFingerprint fingerprint) {

    /** The locks taken on shard directories, released together. */
    static final class Locks implements Closeable {
        private final List<SweepLock> held = new ArrayList<>();

        @Override
        public void close() throws IOException {
            IOException first = null;
            for (SweepLock l : held) {
                try {
                    l.close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** Checks {@code dir} is a sweep directory not in use, locks it and reads its fingerprint. */
    static ShardDirectory open(Path dir, Locks locks) {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("merge: " + dir + (Files.exists(dir) ? " is not a directory" : " does not exist"));
        }
        Path stored = dir.resolve(SweepFingerprint.FILE);
        if (!Files.isRegularFile(stored)) {
            throw new BadInputException("merge: " + dir + " holds no " + SweepFingerprint.FILE
                    + ", so it is not the output directory of a sweep");
        }
        try {
            if (Files.isWritable(dir)) {
                // a directory no one can write to (another user's shards) cannot be receiving rows: read it unlocked
                locks.held.add(SweepLock.acquire(dir, "merge"));
            }
        } catch (BadInputException e) {
            throw new BadInputException("merge: " + dir + " is still in use, it cannot be merged yet: " + e.getMessage(), e);
        }
        try {
            return new ShardDirectory(dir, SweepFingerprint.read(stored));
        } catch (IOException e) {
            throw new BadInputException("merge: cannot read " + stored + " (" + e.getMessage() + ")", e);
        }
    }

    /** The rows of its results.csv (none when it has no results yet). */
    List<ResultRow> rows(Grid grid) throws IOException {
        Path results = dir.resolve(Sweep.RESULTS);
        if (!Files.exists(results)) {
            return List.of();
        }
        return ResultsCsvRows.read(results, grid, fingerprint.measures());
    }

    Shard shard() {
        return fingerprint.shard();
    }

    /** Whether two paths name the same existing directory. */
    static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
