package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steadfast sweep} through both evaluators: the model compiled once into a parametric
 * generator and the model instantiated at every point ({@code --per-point}) write the same
 * results.csv to rounding (1e-12 relative), with the same statuses and messages for points that
 * are invalid or not unique, and summary.json says which evaluator ran.
 */
class SweepEvaluationCliTest {
    @TempDir
    Path dir;

    private List<String[]> sweep(Path out, String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("sweep", "two-qubit-two-baths", "--out", out.toString(),
                "--threads", "2", "--progress", "none", "--no-plots"));
        args.addAll(List.of(extra));
        Cli.Run r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("results.csv"))) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private JsonNode summary(Path out) throws Exception {
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    }

    @Test
    void compiledAndPerPointSweepsAgreeAndSayWhichRan() throws Exception {
        String[] grid = {"--grid", "Th=0.05:2:6", "--grid", "gam=-0.01,0,0.004,0.01", "--set", "g=0.03"};
        List<String[]> compiled = sweep(dir.resolve("compiled"), grid);
        List<String> perPointArgs = new ArrayList<>(List.of(grid));
        perPointArgs.add("--per-point");
        List<String[]> perPoint = sweep(dir.resolve("per-point"), perPointArgs.toArray(String[]::new));
        assertEquals("compiled", summary(dir.resolve("compiled")).get("evaluation").asText());
        assertEquals("per_point", summary(dir.resolve("per-point")).get("evaluation").asText());
        assertEquals(25, compiled.size());
        String[] header = compiled.get(0);
        assertEquals(String.join(",", perPoint.get(0)), String.join(",", header));
        int status = header.length - 3;
        int ok = 0;
        for (int i = 1; i < compiled.size(); i++) {
            String[] a = compiled.get(i);
            String[] b = perPoint.get(i);
            assertEquals(a[0] + "," + a[1], b[0] + "," + b[1], "same point in the same row");
            assertEquals(b[status], a[status], "status at row " + i);
            assertEquals(b[status + 2], a[status + 2], "message at row " + i);
            for (int c = 2; c < status; c++) {
                if (b[c].isEmpty()) {
                    assertEquals("", a[c]);
                    continue;
                }
                double x = Double.parseDouble(b[c]);
                double y = Double.parseDouble(a[c]);
                assertEquals(x, y, 1e-12 * Math.max(Math.abs(x), Math.abs(y)) + 1e-15, header[c] + " at row " + i);
            }
            ok += a[status].equals("ok") ? 1 : 0;
        }
        assertEquals(12, ok, "gam > 0 solves; gam = 0 is not unique and gam < 0 invalid, by both evaluators");
        assertTrue(compiled.stream().anyMatch(r -> r[status].equals("not_unique")));
        assertTrue(compiled.stream().anyMatch(r -> r[status].equals("invalid")));
    }

    @Test
    void aSweptSiteSizeFallsBackToPerPointAndSaysWhy() throws Exception {
        Cli.Run r = Cli.run("sweep", "driven-cavity", "--grid", "nmax=3,4", "--out", dir.toString(), "--threads", "1",
                "--progress", "none", "--no-plots");
        assertEquals(0, r.code(), r.toString());
        JsonNode s = summary(dir);
        assertEquals("per_point", s.get("evaluation").asText());
        assertTrue(s.get("evaluation_detail").asText().contains("size of site c"), s.toString());
    }
}
