package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose results cannot be written: exit 1 naming results.csv and the reason, only
 * complete rows left behind, and {@code --resume} completes the sweep once writing works again,
 * with the values of an uninterrupted run. The full disk is real: a file-size limit
 * ({@code ulimit -f}: writes fail with EFBIG) always, and a 16 KiB tmpfs (ENOSPC) where the test
 * may mount one (root, mount permitted); otherwise that case is skipped with the reason.
 */
class SweepWriteFailureCliTest {
    private static final String MACHINE = Cli.model("two-qubit-machine.yaml");
    private static final int POINTS = 400;

    @TempDir
    Path dir;

    private List<String> sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", MACHINE, "--grid", "Th=0.1:8:" + POINTS, "--out",
                out.toString(), "--threads", "2", "--progress", "none", "--no-plots"));
        args.addAll(List.of(extra));
        return args;
    }

    @Test
    @Timeout(120)
    void fileSizeLimitIsExitOneWithOnlyWholeRowsAndResumeCompletes() throws Exception {
        Path out = dir.resolve("out");
        Cli.Run limited = CliProcess.run("ulimit -f 16", dir.resolve("limited.log"), 90, sweep(out));
        assertEquals(1, limited.code(), limited.toString());
        assertTrue(limited.err().contains(out.resolve("results.csv").toString())
                && limited.err().contains("File too large") && limited.err().contains("--resume"), limited.err());
        assertOnlyWholeRows(out.resolve("results.csv"));
        assertResumeCompletes(out);
    }

    @Test
    @Timeout(120)
    void fullTmpfsIsExitOneAndResumeCompletesOnceSpaceIsBack() throws Exception {
        Path mount = Files.createDirectory(dir.resolve("tmpfs"));
        assumeTrue(sh("mount -t tmpfs -o size=16k steadfast-test " + mount) == 0,
                "skipped: cannot mount a tmpfs here (needs root and a sandbox that permits mount)");
        try {
            Path out = mount.resolve("out");
            Cli.Run full = Cli.run(sweep(out).toArray(String[]::new));
            assertEquals(1, full.code(), full.toString());
            assertTrue(full.err().contains(out.toString()) && full.err().contains("No space left on device"),
                    full.err());
            if (Files.exists(out.resolve("results.csv"))) {
                assertOnlyWholeRows(out.resolve("results.csv"));
            }
            assertEquals(0, sh("mount -o remount,size=4m " + mount), "space is back");
            assertResumeCompletes(out);
        } finally {
            sh("umount " + mount);
        }
    }

    private void assertResumeCompletes(Path out) throws Exception {
        Cli.Run resumed = Cli.run(sweep(out, "--resume").toArray(String[]::new));
        assertEquals(0, resumed.code(), resumed.toString());
        Path reference = dir.resolve("reference");
        assertEquals(0, Cli.run(sweep(reference).toArray(String[]::new)).code());
        assertEquals(withoutSeconds(reference.resolve("results.csv")), withoutSeconds(out.resolve("results.csv")));
    }

    private static void assertOnlyWholeRows(Path results) throws Exception {
        String text = Files.readString(results);
        assertTrue(text.isEmpty() || text.endsWith("\n"), "no partial last row");
        List<String> lines = text.lines().toList();
        assertTrue(lines.size() < POINTS + 1, "the limit stopped the sweep: " + lines.size());
        for (String l : lines) {
            assertEquals(7, l.split(",", -1).length, l);
        }
    }

    /** The rows with the seconds column (a timing, different in every run) removed. */
    static List<String> withoutSeconds(Path results) throws Exception {
        List<String> lines = Files.readAllLines(results);
        int col = List.of(lines.get(0).split(",", -1)).indexOf("seconds");
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(col);
            out.add(String.join(",", cells));
        }
        return out;
    }

    private static int sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
