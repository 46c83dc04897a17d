package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    private static Sweep.Report run(SweepSpec spec, PointEvaluator e) throws Exception {
        return Sweep.run(spec, e, (total, pending, done) -> ProgressReporter.silent());
    }

    @Test
    void parallelSweepWritesEveryPointExactlyOnce() throws Exception {
        Grid grid = Grid.parse(List.of("x=0:1:15", "y=1,2,4,5,6,7,8,9"));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        PointEvaluator e = p -> {
            threads.add(Thread.currentThread().getName());
            calls.incrementAndGet();
            return Synthetic.evaluate(p);
        };
        Sweep.Report r = run(Synthetic.spec(dir, grid, 4, false, false, false), e);
        assertEquals(120, r.points());
        assertEquals(120, r.computed());
        assertEquals(120, calls.get());
        assertTrue(threads.size() > 1, "points ran on several threads: " + threads);
        List<ResultRow> rows = ResultsCsvRows.read(dir.resolve("results.csv"), grid, Synthetic.MEASURES);
        assertEquals(120, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ResultRow row = rows.get(i);
            assertEquals(i, row.index(), "sorted in grid order at the end");
            assertArrayEquals(grid.values(i), row.values());
            if (row.status() == PointStatus.OK) {
                assertEquals(row.values()[0] + row.values()[1], row.measure("sum"), 1e-15);
            }
        }
    }

    @Test
    void aSlowFirstChunkLetsTheOthersBeWrittenOutOfOrderAndSortingRestoresGridOrder() throws Exception {
        Grid grid = Grid.parse(List.of("x=0:1:40", "y=0:1:50"));
        AtomicInteger finished = new AtomicInteger();
        PointEvaluator e = p -> {
            if (p.get("x") == 0.0 && p.get("y") == 0.0) {
                long until = System.nanoTime() + 20_000_000_000L;
                while (finished.get() < grid.size() - 100 && System.nanoTime() < until) {
                    Thread.onSpinWait();    // the other thread finishes (nearly) everything meanwhile
                }
            }
            finished.incrementAndGet();
            return Synthetic.evaluate(p);
        };
        Path file = dir.resolve("results.csv");
        List<Integer> all = new java.util.ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            all.add(i);
        }
        try (ResultsCsv csv = ResultsCsv.create(file, grid, Synthetic.MEASURES)) {
            SweepRunner.run(grid, all, e, csv, 2, ProgressReporter.silent(), 0);
            assertFalse(csv.isSorted(), "the chunks after the slow one were written before it");
            assertEquals(grid.size(), csv.results().completed());
        }
        List<ResultRow> unsorted = ResultsCsvRows.read(file, grid, Synthetic.MEASURES);
        assertEquals(grid.size(), new HashSet<>(unsorted.stream().map(ResultRow::index).toList()).size());
        ResultsCsvRows.sort(file, grid, Synthetic.MEASURES);
        List<ResultRow> rows = ResultsCsvRows.read(file, grid, Synthetic.MEASURES);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i, rows.get(i).index(), "sorted in grid order");
        }
    }

    @Test
    void failingPointsAreRecordedAndTheSweepGoesOn() throws Exception {
        Grid grid = Grid.parse(List.of("x=0,0.5,1", "y=1,2,3"));
        Sweep.Report r = run(Synthetic.spec(dir, grid, 2, false, false, true), Synthetic::evaluate);
        assertEquals(9, r.points());
        assertEquals(5, r.failures(), "x=0.5 (3 points) not unique, y=3 (2 more) failed");
        List<ResultRow> rows = ResultsCsvRows.read(dir.resolve("results.csv"), grid, Synthetic.MEASURES);
        ResultRow notUnique = rows.get(grid.indexByValues().get(List.of(0.5, 1.0)));
        assertEquals(PointStatus.NOT_UNIQUE, notUnique.status());
        assertEquals("kernel dimension 2, \"dark\" state", notUnique.outcome().message());
        ResultRow failed = rows.get(grid.indexByValues().get(List.of(1.0, 3.0)));
        assertEquals(PointStatus.FAILED, failed.status());
        assertTrue(failed.outcome().message().contains("solver broke down at y=3"));

        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals("synthetic", s.get("model").asText());
        assertEquals(9, s.get("points").asInt());
        assertEquals(5, s.get("failures").asInt());
        assertEquals(3, s.get("status_counts").get("not_unique").asInt());
        assertEquals(2, s.get("status_counts").get("failed").asInt());
        assertEquals(2, s.get("threads").asInt());
        assertTrue(s.get("seconds").asDouble() >= 0);
        assertEquals(1.0, s.get("measures").get("sum").get("min").asDouble());
        assertEquals(3.0, s.get("measures").get("sum").get("max").asDouble());
        assertEquals("y", s.get("grid").get(1).get("name").asText());
        for (String m : Synthetic.MEASURES) {
            assertPng(dir.resolve(m + ".png"));
        }
    }

    @Test
    void oneAxisGivesLinePlotsAndLogAxesWork() throws Exception {
        Grid grid = Grid.parse(List.of("x=log:1e-3:1:7"));
        Sweep.Report r = run(Synthetic.spec(dir, grid, 1, false, false, true), Synthetic::evaluate);
        assertEquals(0, r.failures());
        assertPng(dir.resolve("sum.png"));
        assertTrue(r.files().contains(dir.resolve("product.png")));
    }

    @Test
    void moreThanTwoAxesGetANoteInsteadOfPlots() throws Exception {
        Grid grid = Grid.parse(List.of("x=0,1", "y=1,2", "z=5,6"));
        Sweep.Report r = run(Synthetic.spec(dir, grid, 2, false, false, true), Synthetic::evaluate);
        assertEquals(8, r.computed());
        assertFalse(Files.exists(dir.resolve("sum.png")));
        assertTrue(r.notes().get(0).contains("3 axes"), r.notes().toString());
    }

    @Test
    void existingResultsNeedResumeOrOverwrite() throws Exception {
        Grid grid = Grid.parse(List.of("x=0,1"));
        run(Synthetic.spec(dir, grid, 1, false, false, false), Synthetic::evaluate);
        BadInputException e = assertThrows(BadInputException.class,
                () -> run(Synthetic.spec(dir, grid, 1, false, false, false), Synthetic::evaluate));
        assertTrue(e.getMessage().contains("--resume") && e.getMessage().contains("--overwrite"), e.getMessage());
        Sweep.Report again = run(Synthetic.spec(dir, grid, 1, false, true, false), Synthetic::evaluate);
        assertEquals(2, again.computed());
    }

    @Test
    void resumeRefusesADifferentSweep() throws Exception {
        run(Synthetic.spec(dir, Grid.parse(List.of("x=0,1")), 1, false, false, false), Synthetic::evaluate);
        BadInputException grid = assertThrows(BadInputException.class, () -> run(
                Synthetic.spec(dir, Grid.parse(List.of("x=0,1,2")), 1, true, false, false), Synthetic::evaluate));
        assertTrue(grid.getMessage().contains("the grid is x=0,1, not x=0,1,2"), grid.getMessage());
        SweepSpec otherModel = new SweepSpec("synthetic", "edited text", Grid.parse(List.of("x=0,1")), Map.of("c", 1.0),
                Synthetic.MEASURES, dir, 1, true, false, false);
        BadInputException model = assertThrows(BadInputException.class, () -> run(otherModel, Synthetic::evaluate));
        assertTrue(model.getMessage().contains("has changed"), model.getMessage());
        Files.delete(dir.resolve("sweep.json"));
        assertThrows(BadInputException.class, () -> run(
                Synthetic.spec(dir, Grid.parse(List.of("x=0,1")), 1, true, false, false), Synthetic::evaluate));
    }

    @Test
    void resumeCompletesAnInterruptedSweepWithoutDuplicates() throws Exception {
        Grid grid = Grid.parse(List.of("x=0:1:6", "y=1,2"));
        SweepSpec spec = Synthetic.spec(dir, grid, 2, false, false, false);
        spec.fingerprint().write(dir.resolve("sweep.json"));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new java.util.Random(7));
        try (ResultsCsv csv = ResultsCsv.create(dir.resolve("results.csv"), grid, Synthetic.MEASURES)) {
            for (int i : order.subList(0, 5)) {
                csv.append(i, Synthetic.evaluate(grid.point(i)));
            }
        }
        Files.writeString(dir.resolve("results.csv"), "0.2,1.0,1.2", StandardOpenOption.APPEND);
        Set<Map<String, Double>> evaluated = ConcurrentHashMap.newKeySet();
        Sweep.Report r = run(Synthetic.spec(dir, grid, 2, true, false, false), p -> {
            assertTrue(evaluated.add(p), "evaluated twice: " + p);
            return Synthetic.evaluate(p);
        });
        assertEquals(7, r.computed());
        assertEquals(7, evaluated.size());
        List<ResultRow> rows = ResultsCsvRows.read(dir.resolve("results.csv"), grid, Synthetic.MEASURES);
        assertEquals(12, rows.size());
        assertEquals(12, new HashSet<>(rows.stream().map(ResultRow::index).toList()).size());
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(12, s.get("completed").asInt());
        assertEquals(7, s.get("computed_this_run").asInt());
    }

    @Test
    void resumeOfACompleteSweepComputesNothing() throws Exception {
        Grid grid = Grid.parse(List.of("x=0,1,2"));
        run(Synthetic.spec(dir, grid, 1, false, false, false), Synthetic::evaluate);
        Sweep.Report r = run(Synthetic.spec(dir, grid, 1, true, false, false), p -> {
            throw new AssertionError("nothing left to compute");
        });
        assertEquals(0, r.computed());
        assertEquals(3, ResultsCsvRows.read(dir.resolve("results.csv"), grid, Synthetic.MEASURES).size());
    }

    @Test
    void unwritableOutputDirectoryIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        BadInputException e = assertThrows(BadInputException.class, () -> run(
                Synthetic.spec(file.resolve("out"), Grid.parse(List.of("x=0,1")), 1, false, false, false),
                Synthetic::evaluate));
        assertTrue(e.getMessage().startsWith("--out " + file.resolve("out")), e.getMessage());
    }

    @Test
    void summaryHasNullRangeForAMeasureWithoutValues() throws Exception {
        Grid grid = Grid.parse(List.of("x=0.5"));
        Sweep.Report r = run(Synthetic.spec(dir, grid, 1, false, false, true), Synthetic::evaluate);
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertTrue(s.get("measures").get("sum").get("min").isNull());
        assertNull(s.get("measures").get("nothing"));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("no plot of sum")), r.notes().toString());
    }

    static void assertPng(Path p) throws Exception {
        byte[] b = Files.readAllBytes(p);
        assertTrue(b.length > 1000, p + " is " + b.length + " bytes");
        assertArrayEquals(PNG_MAGIC, java.util.Arrays.copyOf(b, 4));
    }
}
