package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sweeps on one output directory: the second is refused at once (exit 2) naming the first
 * (pid, host, start time); once the first is killed with SIGKILL its stale lock is taken over by
 * {@code --resume}, which completes the sweep with every point once.
 */
class SweepLockCliTest {
    private static final int POINTS = 12;

    @TempDir
    Path dir;

    private List<String> sweepArgs(String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "xx-chain-thermal", "--set", "N=7",
                "--grid", "TL=0.5:2:" + POINTS, "--out", dir.resolve("out").toString(), "--progress", "none",
                "--no-plots", "--method", "direct"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    @Timeout(180)
    void secondSweepIsRefusedNamingTheHolderAndAStaleLockIsTakenOver() throws Exception {
        Path results = dir.resolve("out").resolve("results.csv");
        Process first = CliProcess.start("true", dir.resolve("first.log"), sweepArgs("--threads", "1"));
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (rows(results) < 1 && first.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(first.isAlive(), "the first sweep is still running: " + Files.readString(dir.resolve("first.log")));

            long t0 = System.nanoTime();
            for (String[] mode : List.of(new String[] {"--resume"}, new String[] {"--overwrite"}, new String[] {})) {
                Cli.Run second = Cli.run(sweepArgs(mode).toArray(String[]::new));
                assertEquals(2, second.code(), second.toString());
                assertTrue(second.err().contains("is in use by a sweep (pid " + first.pid() + " on host ")
                        && second.err().contains("started 20"), second.err());
            }
            assertTrue((System.nanoTime() - t0) * 1e-9 < 3 * 5, "refused at once");
            assertTrue(first.isAlive());
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            first.destroyForcibly();
        }
        long before = rows(results);
        assertTrue(before >= 1 && before < POINTS, "rows before the resume: " + before);

        Cli.Run resumed = Cli.run(sweepArgs("--threads", "2", "--resume").toArray(String[]::new));
        assertEquals(0, resumed.code(), resumed.toString());
        assertTrue(resumed.out().contains("took over the lock left by a sweep (pid " + first.pid()), resumed.out());
        List<String> lines = Files.readAllLines(results);
        List<String> tl = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(POINTS, tl.size(), lines.toString());
        assertEquals(POINTS, new HashSet<>(tl).size(), "no duplicate: " + tl);

        Cli.Run again = Cli.run(sweepArgs("--resume").toArray(String[]::new));
        assertEquals(0, again.code(), "the lock was released at the end: " + again);
        assertTrue(!again.out().contains("took over"), again.out());
    }

    static long rows(Path f) throws Exception {
        if (!Files.exists(f)) {
            return 0;
        }
        return Math.max(0, Files.readString(f).chars().filter(c -> c == '\n').count() - 1);
    }
}
