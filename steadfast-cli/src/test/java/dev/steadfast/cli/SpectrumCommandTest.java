package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Black-box tests of {@code steadfast spectrum}. */
class SpectrumCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A damped qubit (w/2) sz with decay rate gamma: L has eigenvalues 0, -gamma and -gamma/2 ± i w. */
    @Test
    void dampedQubit() throws Exception {
        double w = 1.3;
        double gamma = 0.4;
        Cli.Run r = Cli.run("spectrum", Cli.model("damped-qubit.yaml"), "--count", "4", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JsonNode j = JSON.readTree(r.out());
        List<double[]> got = new ArrayList<>();
        j.get("eigenvalues").forEach(e -> got.add(new double[] {e.get("re").asDouble(), e.get("im").asDouble()}));
        assertEquals(4, got.size());
        double[][] expected = {{0, 0}, {-gamma / 2, w}, {-gamma / 2, -w}, {-gamma, 0}};
        for (double[] e : expected) {
            assertTrue(got.stream().anyMatch(x -> Math.abs(x[0] - e[0]) < 1e-10 && Math.abs(x[1] - e[1]) < 1e-10),
                    "eigenvalue " + e[0] + " + " + e[1] + "i in " + j.get("eigenvalues"));
        }
        // sectors: rho_10 = |1><0| (q = +1) evolves as exp(-i w t - gamma t/2); populations are q = 0
        for (JsonNode e : j.get("eigenvalues")) {
            double im = e.get("im").asDouble();
            int q = e.get("q").asInt();
            assertEquals(Math.abs(im) < 1e-9 ? 0 : im < 0 ? 1 : -1, q, e.toString());
            assertEquals(Math.abs(q), e.get("q_abs").asInt());
            assertTrue(e.get("converged").asBoolean() && e.get("residual").asDouble() < 1e-12, e.toString());
        }
        assertEquals(2, j.get("charge_sectors").asInt());
        assertEquals(0, j.get("unconverged").asInt());
        assertEquals(1, j.get("zero_count").asInt());
        assertEquals(gamma / 2, j.get("gap").asDouble(), 1e-10);
        assertEquals(2 / gamma, j.get("relaxation_time").asDouble(), 1e-8);
    }

    @Test
    void collectiveDecayPairHasATwoDimensionalKernel() throws Exception {
        Cli.Run r = Cli.run("spectrum", "collective-decay-pair", "--count", "8", "--format", "json");
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, JSON.readTree(r.out()).get("zero_count").asInt(), r.out());
        Cli.Run table = Cli.run("spectrum", "collective-decay-pair", "--count", "8");
        assertEquals(0, table.code(), table.toString());
        assertTrue(table.out().contains("zero eigenvalues") && table.out().contains("not unique")
                && table.out().contains("relaxation time"), table.out());
    }

    @Test
    void badCountIsExitTwo() {
        Cli.Run r = Cli.run("spectrum", "collective-decay-pair", "--count", "0");
        assertEquals(2, r.code(), r.toString());
    }
}
