package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of {@code steadfast fcs}, and transport measures through {@code steady}. */
class FcsCommandTest {

    /** The single level at infinite bias: θ(s) = [−(a+b) + √((a+b)² + 4ab(e^s − 1))]/2 with a = GL, b = GR. */
    @Test
    void thetaOfTheSingleLevelAtInfiniteBiasIsTheClosedForm(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("fcs", "single-level-dot", "--set", "muL=100", "--set", "muR=-100", "--bath", "left",
                "--chi", "-1:1:5", "--out", dir.toString());
        assertEquals(0, r.code(), r.toString());
        double a = 0.3;
        double b = 0.7;
        List<String> rows = r.out().lines().filter(l -> !l.startsWith("#") && !l.startsWith("s,")).toList();
        assertEquals(5, rows.size(), r.out());
        for (String row : rows) {
            double s = Double.parseDouble(row.split(",")[0]);
            double theta = Double.parseDouble(row.split(",")[1]);
            assertEquals((-(a + b) + Math.sqrt((a + b) * (a + b) + 4 * a * b * Math.expm1(s))) / 2, theta, 1e-12, row);
        }
        assertEquals(0.58, Double.parseDouble(r.out().lines().filter(l -> l.startsWith("# fano")).findFirst().orElseThrow().substring(7)), 1e-12);
        assertTrue(Files.size(dir.resolve("fcs-left.png")) > 0);
        assertEquals(6, Files.readAllLines(dir.resolve("fcs-left.csv")).size());
    }

    @Test
    void anUnknownBathIsBadInput() {
        Cli.Run r = Cli.run("fcs", "single-level-dot", "--bath", "middle", "--chi", "-1:1:3");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("middle") && r.err().contains("left, right"), r.err());
    }

    @Test
    void steadyReportsTransportMeasures() {
        Cli.Run r = Cli.run("steady", "serial-double-dot");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("0.08121827"), r.out());
    }

    /** Every electron through the thermoelectric level carries eps = 0.5: energy cumulants are eps^k times the particle ones. */
    @Test
    void energyCountingWeighsEachElectronByItsEnergy() {
        Cli.Run particles = Cli.run("fcs", "thermoelectric-level", "--bath", "hot", "--chi", "0");
        Cli.Run energy = Cli.run("fcs", "thermoelectric-level", "--bath", "hot", "--chi", "0", "--energy");
        assertEquals(0, energy.code(), energy.toString());
        for (int k = 1; k <= 4; k++) {
            assertEquals(Math.pow(0.5, k) * cumulant(particles.out(), k), cumulant(energy.out(), k), 1e-9 * Math.pow(0.5, k));
        }
    }

    @Test
    void aTwoDimensionalSweepMapsEveryCumulant(@TempDir Path dir) throws Exception {
        Cli.Run r = Cli.run("sweep", "thermoelectric-level", "--grid", "muC=0:0.4:3", "--grid", "TH=0.5:1.5:3", "--out", dir.toString());
        assertEquals(0, r.code(), r.toString());
        for (String m : List.of("noise", "c3", "E2", "Q", "sigma", "eta")) {
            assertTrue(Files.size(dir.resolve(m + ".png")) > 0, m);
        }
    }

    private static double cumulant(String out, int k) {
        return out.lines().filter(l -> l.startsWith("# c" + k + " ")).map(l -> Double.parseDouble(l.substring(5).trim()))
                .findFirst().orElseThrow();
    }
}
