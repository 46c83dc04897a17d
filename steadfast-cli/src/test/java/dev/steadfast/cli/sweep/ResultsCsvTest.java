package dev.steadfast.cli.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.cli.BadInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
    private static final Grid GRID = Grid.parse(List.of("x=0,0.5,1", "y=1,2"));
    private static final List<String> MEASURES = List.of("C", "EN");

    @TempDir
    Path dir;

    @Test
    void headerIsGridThenMeasuresThenStatusColumns() {
        assertEquals(List.of("x", "y", "C", "EN", "status", "seconds", "message"), ResultsCsvRows.header(GRID, MEASURES));
        BadInputException e = assertThrows(BadInputException.class,
                () -> ResultsCsvRows.header(GRID, List.of("x")));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void eachRowIsOneCompleteLineAndMessagesAreQuoted() throws Exception {
        Path f = dir.resolve("results.csv");
        try (ResultsCsv csv = ResultsCsv.create(f, GRID, MEASURES)) {
            csv.append(0, PointOutcome.ok(Map.of("C", 0.25, "EN", 0.5), 0.01));
            csv.append(3, PointOutcome.failure(PointStatus.NOT_UNIQUE, "kernel of dimension 2, \"dark\"\nstate", 0.02));
            assertEquals(Set.of(0, 3), csv.written());
            assertThrows(IllegalStateException.class, () -> csv.append(0, PointOutcome.ok(Map.of(), 0)));
        }
        List<String> lines = Files.readAllLines(f);
        assertEquals(3, lines.size());
        assertEquals("0.0,1.0,0.25,0.5,ok,0.0100,", lines.get(1));
        assertEquals("0.5,2.0,,,not_unique,0.0200,\"kernel of dimension 2, \"\"dark\"\" state\"", lines.get(2));
        List<ResultRow> rows = ResultsCsvRows.read(f, GRID, MEASURES);
        assertEquals(3, rows.get(1).index());
        assertEquals("kernel of dimension 2, \"dark\" state", rows.get(1).outcome().message());
        assertEquals(0.5, rows.get(0).measure("EN"));
        assertTrue(Double.isNaN(rows.get(1).measure("C")));
    }

    @Test
    void resumeDropsAPartialTrailingLineAndKnowsWhatIsDone() throws Exception {
        Path f = dir.resolve("results.csv");
        try (ResultsCsv csv = ResultsCsv.create(f, GRID, MEASURES)) {
            csv.append(2, PointOutcome.ok(Map.of("C", 1.0, "EN", 2.0), 0.01));
            csv.append(5, PointOutcome.ok(Map.of("C", 3.0, "EN", 4.0), 0.01));
        }
        String complete = Files.readString(f);
        Files.writeString(f, "0.0,1.0,0.3", StandardOpenOption.APPEND);
        try (ResultsCsv csv = ResultsCsv.resume(f, GRID, MEASURES)) {
            assertEquals(complete, Files.readString(f), "the cut-off row is gone");
            assertEquals(Set.of(2, 5), csv.written());
            csv.append(0, PointOutcome.ok(Map.of("C", 5.0, "EN", 6.0), 0.01));
        }
        List<ResultRow> rows = ResultsCsvRows.read(f, GRID, MEASURES);
        assertEquals(List.of(2, 5, 0), rows.stream().map(ResultRow::index).toList());
        assertEquals(5.0, rows.get(2).measure("C"));
    }

    @Test
    void resumeOfAFileCutInsideTheHeaderStartsAgain() throws Exception {
        Path f = dir.resolve("results.csv");
        Files.writeString(f, "x,y,C,E");
        try (ResultsCsv csv = ResultsCsv.resume(f, GRID, MEASURES)) {
            assertEquals(Set.of(), csv.written());
        }
        assertEquals("x,y,C,EN,status,seconds,message\n", Files.readString(f));
    }

    @Test
    void foreignHeaderRowsOffTheGridAndDuplicatesAreBadInput() throws Exception {
        Path f = dir.resolve("results.csv");
        Files.writeString(f, "a,b,status\n1,2,ok\n");
        assertTrue(assertThrows(BadInputException.class, () -> ResultsCsv.resume(f, GRID, MEASURES))
                .getMessage().contains("the columns are"));
        String head = "x,y,C,EN,status,seconds,message\n";
        Files.writeString(f, head + "0.25,1.0,1,1,ok,0.1,\n");
        assertTrue(assertThrows(BadInputException.class, () -> ResultsCsvRows.read(f, GRID, MEASURES))
                .getMessage().contains("is not on the grid"));
        Files.writeString(f, head + "0.0,1.0,1,1,ok,0.1,\n0.0,1.0,1,1,ok,0.1,\n");
        assertTrue(assertThrows(BadInputException.class, () -> ResultsCsvRows.read(f, GRID, MEASURES))
                .getMessage().contains("appears twice"));
        Files.writeString(f, head + "0.0,1.0,1,ok,0.1,\n");
        assertTrue(assertThrows(BadInputException.class, () -> ResultsCsvRows.read(f, GRID, MEASURES))
                .getMessage().contains(":2: expected 7 cells, found 6"));
        Files.writeString(f, head + "0.0,1.0,1,1,great,0.1,\n");
        assertTrue(assertThrows(BadInputException.class, () -> ResultsCsvRows.read(f, GRID, MEASURES))
                .getMessage().contains("unknown status"));
    }

    @Test
    void sortRewritesRowsInGridOrder() throws Exception {
        Path f = dir.resolve("results.csv");
        try (ResultsCsv csv = ResultsCsv.create(f, GRID, MEASURES)) {
            for (int i : new int[] {4, 1, 5, 0}) {
                csv.append(i, PointOutcome.ok(Map.of("C", (double) i, "EN", 0.0), 0.0));
            }
        }
        ResultsCsvRows.sort(f, GRID, MEASURES);
        assertEquals(List.of(0, 1, 4, 5), ResultsCsvRows.read(f, GRID, MEASURES).stream().map(ResultRow::index).toList());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(f), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void csvQuotingRoundTrips() {
        List<String> cells = List.of("a", "b,c", "say \"hi\"", "", "x");
        assertEquals(cells, Csv.parse(Csv.line(cells)));
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,\"b"));
        assertEquals(List.of("", ""), Csv.parse(","));
    }

    @Test
    void secondsAreWrittenAsStringFormatWouldWithoutIt() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 200_000; i++) {
            double s = switch (i % 4) {
                case 0 -> random.nextDouble() * 1e-3;
                case 1 -> random.nextDouble() * 10;
                case 2 -> random.nextInt(100_000) / 1e4;     // read back from a file: four decimals exactly
                default -> Math.exp(random.nextGaussian() * 8);
            };
            StringBuilder sb = new StringBuilder();
            ResultsCsvRows.appendFixed4(sb, s);
            String expected = String.format(java.util.Locale.ROOT, "%.4f", s);
            double scaled = s * 1e4;
            boolean tie = Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6;   // half-up of s or of s·1e4 may differ
            if (!tie) {
                assertEquals(expected, sb.toString(), "seconds " + s);
            }
        }
        for (double s : new double[] {0, 0.00005, 1.5, 1e20, Double.NaN, -0.25}) {
            StringBuilder sb = new StringBuilder();
            ResultsCsvRows.appendFixed4(sb, s);
            assertEquals(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4f", s)), Double.parseDouble(sb.toString()),
                    1e-4, "seconds " + s);
        }
    }
}
