package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steadfast.cli.sweep.GridAxis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --set}, {@code --gibbs} and sweep grid values written as number expressions (pi/4, 2*pi/3, max(...)). */
class NumberExpressionArgumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void setTakesExpressions() throws Exception {
        Cli.Run r = Cli.run("steady", "heisenberg-pair-thermal", "--set", "B=pi/4", "--set", "J=max(0.5, 2*pi/3)",
                "--gibbs", "1", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(Math.PI / 4, JSON.readTree(r.out()).get("parameters").get("B").asDouble(), 1e-15);
        assertEquals(2 * Math.PI / 3, JSON.readTree(r.out()).get("parameters").get("J").asDouble(), 1e-15);
        Cli.Run bad = Cli.run("steady", "heisenberg-pair-thermal", "--set", "B=pi/foo");
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("--set B=pi/foo") && bad.err().contains("unknown parameter 'foo'"), bad.err());
        assertEquals(2, Cli.run("steady", "heisenberg-pair-thermal", "--set", "B=1/0").code());
    }

    @Test
    void gridValuesTakeExpressions(@TempDir Path dir) throws Exception {
        assertEquals(List.of(0.0, Math.PI / 4, Math.PI / 2), box(GridAxis.parse("th=0,pi/4,pi/2").values()));
        double[] range = GridAxis.parse("th=0:pi:3").values();
        assertEquals(Math.PI / 2, range[1], 1e-11);
        Cli.Run r = Cli.run("sweep", "heisenberg-pair-thermal", "--grid", "B=0.1,pi/8", "--out", dir.toString(), "--no-plots");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(dir.resolve("results.csv")).contains(Double.toString(Math.PI / 8)));
        assertEquals(2, Cli.run("sweep", "heisenberg-pair-thermal", "--grid", "B=0,pie", "--out", dir.resolve("x").toString()).code());
    }

    private static List<Double> box(double[] v) {
        return java.util.Arrays.stream(v).boxed().toList();
    }
}
