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
 * The real command line in its own JVM, killed with SIGKILL midway through a sweep of a
 * seven-qubit chain (about 0.4 s a point), then resumed: the CSV ends with exactly one row per
 * grid point.
 */
class CliKillAndResumeTest {
    private static final int POINTS = 16;

    @TempDir
    Path dir;

    private List<String> sweepArgs(String... extra) {
        // the direct route is pinned so that a point takes ~0.5 s whatever the automatic choice becomes
        List<String> args = new ArrayList<>(List.of("sweep", "xx-chain-thermal", "--set", "N=7",
                "--grid", "TL=0.5:2:" + POINTS, "--out", dir.toString(), "--progress", "none", "--no-plots",
                "--method", "direct"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    @Timeout(120)
    void killedCliSweepResumesWithEveryPointOnce() throws Exception {
        Path results = dir.resolve("results.csv");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(sweepArgs("--threads", "1"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("run1.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (rows(results) < 2 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertTrue(p.isAlive(), "still running when killed: " + Files.readString(dir.resolve("run1.log")));
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        long before = rows(results);
        assertTrue(before >= 2 && before < POINTS, "rows before resume: " + before);

        Cli.Run again = Cli.run(sweepArgs("--threads", "2").toArray(String[]::new));
        assertEquals(2, again.code(), "without --resume the existing results are protected: " + again);

        Cli.Run resumed = Cli.run(sweepArgs("--threads", "2", "--resume").toArray(String[]::new));
        assertEquals(0, resumed.code(), resumed.toString());
        assertTrue(resumed.out().contains("(" + (POINTS - before) + " computed now)"), resumed.out());
        List<String> lines = Files.readAllLines(results);
        assertEquals("TL,current,C12,status,seconds,message", lines.get(0));
        List<String> tl = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(POINTS, tl.size());
        assertEquals(POINTS, new HashSet<>(tl).size(), "no duplicate: " + tl);
        assertEquals("0.5", tl.get(0));
        assertEquals("2.0", tl.get(POINTS - 1));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",ok,")), lines.toString());
    }

    private static long rows(Path f) throws Exception {
        if (!Files.exists(f)) {
            return 0;
        }
        return Math.max(0, Files.readString(f).chars().filter(c -> c == '\n').count() - 1);
    }
}
