package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code steadfast sweep} on small models. */
class SweepCommandTest {
    private static final String MACHINE = Cli.model("two-qubit-machine.yaml");

    @TempDir
    Path dir;

    private Cli.Run sweep(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", MACHINE, "--out", dir.toString(),
                "--threads", "2", "--progress", "none"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void twoAxisSweepWritesResultsSummaryAndHeatMaps() throws Exception {
        Cli.Run r = sweep("--grid", "Th=0:4:3", "--grid", "gc=0.5,1");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals("Th,gc,m1,m2,C,status,seconds,message", lines.get(0));
        assertEquals(7, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("0.0,0.5,"), lines.get(1));
        assertTrue(lines.get(6).startsWith("4.0,1.0,"), lines.get(6));
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",ok,")), lines.toString());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(6, s.get("points").asInt());
        assertEquals(0, s.get("failures").asInt());
        assertEquals(2, s.get("threads").asInt());
        assertTrue(s.get("measures").get("m1").get("max").asDouble() >= s.get("measures").get("m1").get("min").asDouble());
        for (String m : List.of("m1", "m2", "C")) {
            assertTrue(Files.size(dir.resolve(m + ".png")) > 1000, m + ".png");
        }
        assertTrue(r.out().contains("6 points") && r.out().contains("wrote"), r.out());
    }

    @Test
    void existingResultsResumeAndDifferentSweeps() throws Exception {
        assertEquals(0, sweep("--grid", "Th=1,2", "--no-plots").code());
        Cli.Run again = sweep("--grid", "Th=1,2", "--no-plots");
        assertEquals(2, again.code(), again.toString());
        assertTrue(again.err().contains("--resume"), again.err());
        Cli.Run resumed = sweep("--grid", "Th=1,2", "--no-plots", "--resume");
        assertEquals(0, resumed.code(), resumed.toString());
        assertTrue(resumed.out().contains("(0 computed now)"), resumed.out());
        Cli.Run other = sweep("--grid", "Th=1,2,3", "--no-plots", "--resume");
        assertEquals(2, other.code(), other.toString());
        assertTrue(other.err().contains("cannot resume") && other.err().contains("Th=1,2,3"), other.err());
        Cli.Run otherSet = sweep("--grid", "Th=1,2", "--set", "g=0.2", "--no-plots", "--resume");
        assertEquals(2, otherSet.code(), otherSet.toString());
        assertEquals(0, sweep("--grid", "Th=1,2,3", "--no-plots", "--overwrite").code());
        assertEquals(4, Files.readAllLines(dir.resolve("results.csv")).size());
    }

    @Test
    void invalidAndNonUniquePointsAreRecordedAndTheSweepContinues() throws Exception {
        Cli.Run r = sweep("--grid", "gc=-0.5,1", "--no-plots");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = Files.readAllLines(dir.resolve("results.csv"));
        assertTrue(lines.get(1).startsWith("-0.5,,,,invalid,"), lines.get(1));
        assertTrue(lines.get(1).contains("two-qubit-machine.yaml:16: dissipators[2] (cold)"), lines.get(1));
        assertTrue(lines.get(2).contains(",ok,"), lines.get(2));

        Path dark = dir.resolve("dark");
        Cli.Run d = Cli.run("sweep", Cli.model("dark-pair.yaml"), "--grid", "gamma=0.1,0.2", "--out", dark.toString(),
                "--progress", "none");
        assertEquals(0, d.code(), d.toString());
        List<String> darkLines = Files.readAllLines(dark.resolve("results.csv"));
        assertTrue(darkLines.stream().skip(1).allMatch(l -> l.contains(",not_unique,") && l.contains("not unique")),
                darkLines.toString());
        assertTrue(d.out().contains("no plot of m1"), d.out());
        assertFalse(Files.exists(dark.resolve("m1.png")));
    }

    @Test
    void plainProgressLinesGoToStderr() {
        Cli.Run r = Cli.run("sweep", MACHINE, "--out", dir.toString(), "--grid", "Th=1,2", "--no-plots",
                "--progress", "lines");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("sweep: 2/2 points done"), r.err());
    }

    @Test
    void badSweepOptionsAreExitTwo() throws Exception {
        assertBad(sweep("--grid", "Tx=0:1:3"), "no parameter 'Tx'");
        assertBad(sweep("--grid", "Th=0:1:3", "--set", "Th=1"), "both swept");
        assertBad(sweep("--grid", "Th=0:1"), "--grid Th=0:1");
        assertBad(sweep("--grid", "Th=1,2", "--threads", "0"), "--threads");
        assertBad(sweep("--grid", "Th=1,2", "--resume", "--overwrite"), "--resume and --overwrite");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Cli.Run r = Cli.run("sweep", MACHINE, "--grid", "Th=1,2", "--out", file.resolve("out").toString());
        assertBad(r, "--out");
    }

    @Test
    void sweepOfAFortyQubitChainIsRefusedAtOnce() {
        long t0 = System.nanoTime();
        Cli.Run r = Cli.run("sweep", Cli.model("chain-40.yaml"), "--grid", "J=1,2", "--out", dir.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue((System.nanoTime() - t0) * 1e-9 < 1.0);
        assertFalse(Files.exists(dir.resolve("results.csv")));
    }

    private static void assertBad(Cli.Run r, String text) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(text), r.err());
    }
}
