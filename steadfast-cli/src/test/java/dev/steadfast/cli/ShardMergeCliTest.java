package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steadfast sweep --shard K/N} and {@code steadfast merge}, black box. */
class ShardMergeCliTest {
    private static final String MACHINE = Cli.model("two-qubit-machine.yaml");

    @TempDir
    Path dir;

    private Cli.Run sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", MACHINE, "--grid", "Th=0:4:5", "--grid", "gc=0.5,1,2",
                "--set", "g=0.2", "--out", out.toString(), "--threads", "2", "--progress", "none"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void threeShardsMergedEqualTheUnshardedSweep() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, sweep(whole).code());
        List<String> shards = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Path s = dir.resolve("shards").resolve(Integer.toString(k));
            Cli.Run r = sweep(s, "--shard", k + "/3");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("shard " + k + "/3 of the sweep of two-qubit-machine: 5 points"), r.out());
            assertEquals(6, Files.readAllLines(s.resolve("results.csv")).size());
            shards.add(s.toString());
        }
        Path merged = dir.resolve("merged");
        List<String> args = new ArrayList<>(List.of("merge"));
        args.addAll(shards);
        args.addAll(List.of("--out", merged.toString()));
        Cli.Run m = Cli.run(args.toArray(String[]::new));
        assertEquals(0, m.code(), m.toString());
        assertTrue(m.out().contains("merged 3 shards of the sweep of two-qubit-machine: 15 points, 0 not ok"), m.out());
        // every column is identical; `seconds` is the time each point took, which differs between any two runs
        assertEquals(SweepWriteFailureCliTest.withoutSeconds(whole.resolve("results.csv")),
                SweepWriteFailureCliTest.withoutSeconds(merged.resolve("results.csv")));
        assertEquals(Files.readString(whole.resolve("sweep.json")), Files.readString(merged.resolve("sweep.json")));
        JsonNode a = new ObjectMapper().readTree(whole.resolve("summary.json").toFile());
        JsonNode b = new ObjectMapper().readTree(merged.resolve("summary.json").toFile());
        for (String key : List.of("model", "grid", "set", "points", "completed", "failures", "status_counts", "measures")) {
            assertEquals(a.get(key), b.get(key), key);
        }
        for (String png : List.of("m1.png", "m2.png", "C.png")) {
            assertTrue(Files.size(merged.resolve(png)) > 1000, png);
        }
        Cli.Run resumed = sweep(merged, "--resume");
        assertEquals(0, resumed.code(), resumed.toString());
        assertTrue(resumed.out().contains("(0 computed now)"), "the merged directory is a finished sweep: " + resumed.out());
    }

    @Test
    void incompleteOrMissingShardsAreExitTwoWithTheMissingPoints() throws Exception {
        Path s1 = dir.resolve("s1");
        Path s2 = dir.resolve("s2");
        assertEquals(0, sweep(s1, "--shard", "1/2", "--no-plots").code());
        assertEquals(0, sweep(s2, "--shard", "2/2", "--no-plots").code());
        List<String> lines = new ArrayList<>(Files.readAllLines(s2.resolve("results.csv")));
        lines.remove(1);
        Files.write(s2.resolve("results.csv"), lines);
        Path merged = dir.resolve("merged");
        Cli.Run partial = Cli.run("merge", s1.toString(), s2.toString(), "--out", merged.toString());
        assertEquals(2, partial.code(), partial.toString());
        assertTrue(partial.err().contains("not merged") && partial.err().contains("(shard 2/2) is incomplete: 1 of its 7 "
                + "points are missing, {Th=0.0, gc=1.0}"), partial.err());
        assertFalse(Files.exists(merged.resolve("results.csv")));

        Cli.Run missing = Cli.run("merge", s1.toString(), "--out", merged.toString());
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().contains("shard 2/2 is missing (7 points"), missing.err());

        assertEquals(0, sweep(s2, "--shard", "2/2", "--no-plots", "--resume").code());
        assertEquals(0, Cli.run("merge", s1.toString(), s2.toString(), "--out", merged.toString()).code());

        Cli.Run bad = sweep(dir.resolve("x"), "--shard", "3/2");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--shard"), bad.err());
        Cli.Run notSweep = Cli.run("merge", dir.resolve("x").toString(), "--out", merged.toString());
        assertEquals(2, notSweep.code(), notSweep.toString());
    }
}
