package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steadfast.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards of a synthetic sweep (deterministic timings) and their merge. */
class ShardMergeTest {
    private static final Grid GRID = Grid.parse(List.of("x=0:1:7", "y=1,2,4"));
    private static final PointEvaluator SYNTHETIC = Synthetic::evaluate;

    @TempDir
    Path dir;

    private SweepSpec spec(Path out, Shard shard, Grid grid, boolean resume) {
        return new SweepSpec("synthetic", "synthetic model text", grid, Map.of("c", 1.0), Synthetic.MEASURES, out, 2,
                resume, false, true, shard, "steadfast test");
    }

    private Path shard(int k, int n) throws Exception {
        Path out = dir.resolve("shard-" + k);
        Sweep.run(spec(out, new Shard(k, n), GRID, false), SYNTHETIC, (t, p, d) -> ProgressReporter.silent());
        return out;
    }

    @Test
    void shardsPartitionTheGrid() {
        for (int n = 1; n <= 5; n++) {
            Set<Integer> all = new HashSet<>();
            int count = 0;
            for (int k = 1; k <= n; k++) {
                Shard shard = new Shard(k, n);
                List<Integer> pts = shard.points(GRID.size());
                count += pts.size();
                all.addAll(pts);
                pts.forEach(i -> assertTrue(shard.contains(i)));
            }
            assertEquals(GRID.size(), count);
            assertEquals(GRID.size(), all.size());
        }
        assertThrows(BadInputException.class, () -> Shard.parse("0/3"));
        assertThrows(BadInputException.class, () -> Shard.parse("4/3"));
        assertThrows(BadInputException.class, () -> Shard.parse("2"));
        assertEquals(new Shard(2, 8), Shard.parse("2/8"));
    }

    @Test
    void threeShardsMergedAreByteForByteTheWholeSweep() throws Exception {
        Path whole = dir.resolve("whole");
        Sweep.run(spec(whole, Shard.ALL, GRID, false), SYNTHETIC, (t, p, d) -> ProgressReporter.silent());
        List<Path> shards = List.of(shard(2, 3), shard(1, 3), shard(3, 3));
        for (Path s : shards) {
            assertFalse(Files.exists(s.resolve("sum.png")), "a shard draws no plots");
        }
        Path merged = dir.resolve("merged");
        SweepMerge.Report r = SweepMerge.run(shards, merged, true);
        assertEquals(GRID.size(), r.points());
        assertEquals(3, r.shards());
        assertArrayEquals(Files.readAllBytes(whole.resolve("results.csv")), Files.readAllBytes(merged.resolve("results.csv")));
        assertArrayEquals(Files.readAllBytes(whole.resolve("sweep.json")), Files.readAllBytes(merged.resolve("sweep.json")));
        assertEquals(comparable(whole), comparable(merged));
        for (String m : Synthetic.MEASURES) {
            assertTrue(Files.size(merged.resolve(m + ".png")) > 1000, m);
        }
        Sweep.Report again = Sweep.run(new SweepSpec("synthetic", "synthetic model text", GRID, Map.of("c", 1.0),
                Synthetic.MEASURES, merged, 2, true, false, false, Shard.ALL, "steadfast test"), SYNTHETIC,
                (t, p, d) -> ProgressReporter.silent());
        assertEquals(0, again.computed(), "the merged directory is a finished sweep");
    }

    @Test
    void partialMissingRepeatedAndForeignShardsAreRefusedWithTheMissingPoints() throws Exception {
        Path s1 = shard(1, 3);
        Path s2 = shard(2, 3);
        Path s3 = shard(3, 3);
        List<String> lines = new ArrayList<>(Files.readAllLines(s2.resolve("results.csv")));
        String dropped = lines.remove(lines.size() - 1);
        Files.write(s2.resolve("results.csv"), lines);
        Path merged = dir.resolve("merged");
        BadInputException partial = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, s2, s3), merged, true));
        String[] cells = dropped.split(",");
        assertTrue(partial.getMessage().contains("shard 2/3) is incomplete: 1 of its 7 points are missing, {x="
                + cells[0] + ", y=" + cells[1] + "}"), partial.getMessage());
        assertFalse(Files.exists(merged.resolve("results.csv")), "nothing merged");

        BadInputException missing = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, s3), merged, true));
        assertTrue(missing.getMessage().contains("shard 2/3 is missing (7 points, first {x=0.0, y=2.0}"), missing.getMessage());

        Path twin = dir.resolve("twin");
        Sweep.run(spec(twin, new Shard(1, 3), GRID, false), SYNTHETIC, (t, p, d) -> ProgressReporter.silent());
        BadInputException twice = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, twin, s3), merged, true));
        assertTrue(twice.getMessage().contains("shard 1/3 is given twice"), twice.getMessage());

        Path foreign = dir.resolve("foreign");
        Sweep.run(spec(foreign, new Shard(2, 3), Grid.parse(List.of("x=0:1:7", "y=1,2,5")), false), SYNTHETIC,
                (t, p, d) -> ProgressReporter.silent());
        BadInputException other = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, foreign, s3), merged, true));
        assertTrue(other.getMessage().contains("is not a shard of the same sweep") && other.getMessage().contains("y=1,2,5"),
                other.getMessage());

        Sweep.Report completed = Sweep.run(spec(s2, new Shard(2, 3), GRID, true), SYNTHETIC, (t, p, d) -> ProgressReporter.silent());
        assertEquals(1, completed.computed(), "--resume completes the partial shard");
        ObjectNode fp = (ObjectNode) new ObjectMapper().readTree(s3.resolve("sweep.json").toFile());
        fp.put("steadfast_version", "steadfast 0.0.9");
        Files.writeString(s3.resolve("sweep.json"), fp.toString());
        BadInputException version = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, s2, s3), merged, true));
        assertTrue(version.getMessage().contains("computed by steadfast 0.0.9, not steadfast test"), version.getMessage());
    }

    @Test
    void aShardResumesOnlyAsItselfAndARunningShardIsNotMerged() throws Exception {
        Path s1 = shard(1, 2);
        BadInputException wrong = assertThrows(BadInputException.class,
                () -> Sweep.run(spec(s1, new Shard(2, 2), GRID, true), SYNTHETIC, (t, p, d) -> ProgressReporter.silent()));
        assertTrue(wrong.getMessage().contains("it holds shard 1/2 of the grid, not 2/2"), wrong.getMessage());
        Sweep.Report resumed = Sweep.run(spec(s1, new Shard(1, 2), GRID, true), SYNTHETIC, (t, p, d) -> ProgressReporter.silent());
        assertEquals(0, resumed.computed());
        assertEquals(11, resumed.points());

        Path s2 = shard(2, 2);
        try (SweepLock running = SweepLock.acquire(s2, "sweep")) {
            BadInputException busy = assertThrows(BadInputException.class, () -> SweepMerge.run(List.of(s1, s2), dir.resolve("m"), true));
            assertTrue(busy.getMessage().contains("is still in use") && busy.getMessage().contains("pid "
                    + ProcessHandle.current().pid()), busy.getMessage());
        }
        assertEquals(GRID.size(), SweepMerge.run(List.of(s1, s2), dir.resolve("m"), false).points());
    }

    /** summary.json without what differs between any two runs (timings, points computed by this run, threads, how the points were evaluated). */
    private static JsonNode comparable(Path out) throws Exception {
        ObjectNode s = (ObjectNode) new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        s.remove(List.of("seconds", "point_seconds", "computed_this_run", "threads", "evaluation", "evaluation_detail"));
        return s;
    }
}
