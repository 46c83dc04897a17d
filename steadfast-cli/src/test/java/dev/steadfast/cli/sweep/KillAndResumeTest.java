package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A sweep killed with SIGKILL (destroyForcibly) and resumed has every point exactly once. */
class KillAndResumeTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void killedSweepResumesWithNoDuplicateAndNoMissingRow() throws Exception {
        Grid grid = Grid.parse(SlowSweepMain.GRID);
        Path results = dir.resolve("results.csv");
        Process p = new ProcessBuilder(javaExecutable(), "-cp", System.getProperty("java.class.path"),
                SlowSweepMain.class.getName(), dir.toString(), "40", "false")
                .redirectErrorStream(true).redirectOutput(dir.resolve("run1.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (rows(results) < 10 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(p.isAlive(), "the sweep was still running when killed: " + Files.readString(dir.resolve("run1.log")));
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        long before = rows(results);
        assertTrue(before >= 10 && before < grid.size(), "rows before resume: " + before);
        assertTrue(Files.exists(dir.resolve("sweep.json")));

        Sweep.Report r = Sweep.run(Synthetic.spec(dir, grid, 2, true, false, false), Synthetic::evaluate,
                (total, pending, done) -> ProgressReporter.silent());

        List<ResultRow> rows = ResultsCsvRows.read(results, grid, Synthetic.MEASURES);
        assertEquals(grid.size(), rows.size());
        assertEquals(grid.size(), new HashSet<>(rows.stream().map(ResultRow::index).toList()).size());
        assertEquals(grid.size() - before, r.computed(), "only the missing points were computed");
        for (ResultRow row : rows) {
            PointOutcome expected;
            try {
                expected = Synthetic.evaluate(grid.point(row.index()));
            } catch (IllegalStateException e) {
                assertEquals(PointStatus.FAILED, row.status());
                continue;
            }
            assertEquals(expected.status(), row.status());
            assertEquals(expected.measures(), row.measures());
        }
    }

    /** Complete lines of the file, header excluded (0 when absent). */
    private static long rows(Path f) throws Exception {
        if (!Files.exists(f)) {
            return 0;
        }
        String s = Files.readString(f);
        return Math.max(0, s.chars().filter(c -> c == '\n').count() - 1);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
