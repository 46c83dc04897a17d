package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steadfast steady --state FILE}: the density matrix written as .json or .npy. */
class SteadyStateFileTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The JSON and the NPY file hold the same matrix; the NPY bytes follow the NPY 1.0 format. */
    @Test
    void jsonAndNpyHoldTheSameState(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("rho.json");
        Path npy = dir.resolve("sub/rho.npy");
        assertEquals(0, Cli.run("steady", "thermal-entanglement-machine", "--state", json.toString()).code());
        Cli.Run r = Cli.run("steady", "thermal-entanglement-machine", "--state", npy.toString(), "--format", "json");
        assertEquals(0, r.code(), r.toString());
        JSON.readTree(r.out());       // stdout stays one JSON document
        JsonNode j = JSON.readTree(json.toFile());
        int d = j.get("re").size();
        assertEquals(4, d);
        byte[] bytes = Files.readAllBytes(npy);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals((byte) 0x93, b.get());
        byte[] magic = new byte[5];
        b.get(magic);
        assertEquals("NUMPY", new String(magic, StandardCharsets.US_ASCII));
        assertEquals(1, b.get());
        assertEquals(0, b.get());
        int headerLength = Short.toUnsignedInt(b.getShort());
        assertEquals(0, (10 + headerLength) % 64, "data aligned to 64 bytes");
        byte[] header = new byte[headerLength];
        b.get(header);
        String h = new String(header, StandardCharsets.US_ASCII);
        assertTrue(h.startsWith("{'descr': '<c16', 'fortran_order': False, 'shape': (4, 4), }") && h.endsWith("\n"), h);
        assertEquals(16 * d * d, b.remaining());
        double trace = 0;
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                assertEquals(j.get("re").get(i).get(k).asDouble(), b.getDouble(), 0, "re " + i + "," + k);
                assertEquals(j.get("im").get(i).get(k).asDouble(), b.getDouble(), 0, "im " + i + "," + k);
            }
            trace += j.get("re").get(i).get(i).asDouble();
        }
        assertEquals(1, trace, 1e-12);
        assertEquals("[\"q1=0,q2=0\",\"q1=0,q2=1\",\"q1=1,q2=0\",\"q1=1,q2=1\"]", j.get("basis").toString());
    }

    /** numpy.load reads the file (skipped when python3 with numpy is not installed). */
    @Test
    void numpyLoadsTheFile(@TempDir Path dir) throws Exception {
        assumeTrue(Cli.python("import numpy") == 0, "python3 with numpy is not available");
        Path npy = dir.resolve("rho.npy");
        assertEquals(0, Cli.run("steady", "collective-decay-pair", "--initial", "q1=1,q2=0", "--state", npy.toString()).code());
        // (|00><00| + |S><S|)/2: rho[1,2] = -1/4, complex128, Hermitian, trace 1
        String check = "import numpy as np; r = np.load(r'" + npy + "'); "
                + "assert r.dtype == np.complex128 and r.shape == (4, 4), r.dtype; "
                + "assert abs(np.trace(r) - 1) < 1e-9 and np.allclose(r, r.conj().T); "
                + "assert abs(r[1, 2] + 0.25) < 1e-7 and abs(r[0, 0] - 0.5) < 1e-7, r";
        assertEquals(0, Cli.python(check));
    }

    @Test
    void aStateThatIsNotUniqueIsNotWritten(@TempDir Path dir) {
        Path file = dir.resolve("rho.json");
        Cli.Run r = Cli.run("steady", "collective-decay-pair", "--state", file.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("not unique") && r.err().contains("--initial"), r.err());
        assertFalse(Files.exists(file));
    }

    @Test
    void refusalsAreExit2(@TempDir Path dir) {
        Cli.Run ext = Cli.run("steady", "thermal-entanglement-machine", "--state", dir.resolve("rho.txt").toString());
        assertEquals(2, ext.code(), ext.toString());
        assertTrue(ext.err().contains(".json or .npy"), ext.err());
        Cli.Run ens = Cli.run("steady", "superradiant-pumped", "--state", dir.resolve("rho.npy").toString());
        assertEquals(2, ens.code(), ens.toString());
        assertTrue(ens.err().contains("Dicke"), ens.err());
    }

    /** evolve --states DIR: one .npy per output time (trace 1, the first the initial state) and times.csv. */
    @Test
    void evolveWritesTheStateAtEveryTime(@TempDir Path dir) throws Exception {
        Path states = dir.resolve("states");
        Cli.Run r = Cli.run("evolve", "yu-eberly-sudden-death", "--initial", "q1=1,q2=1", "--times", "0:1:11",
                "--out", dir.resolve("out").toString(), "--no-plots", "--states", states.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> times = Files.readAllLines(states.resolve("times.csv"));
        assertEquals(12, times.size(), times.toString());
        assertEquals(List.of("k,time", "0,0.0"), times.subList(0, 2));
        assertEquals(0.1, Double.parseDouble(times.get(2).split(",")[1]), 1e-12);
        assertEquals("10,1.0", times.get(11));
        for (int k = 0; k <= 10; k++) {
            byte[] bytes = Files.readAllBytes(states.resolve(String.format("rho_%02d.npy", k)));
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            int header = 10 + Short.toUnsignedInt(b.getShort(8));
            double trace = 0;
            double pee = 0;
            for (int i = 0; i < 4; i++) {
                double re = b.getDouble(header + 16 * (4 * i + i));
                trace += re;
                pee = i == 3 ? re : pee;
            }
            assertEquals(1, trace, 1e-9, "trace at k = " + k);
            if (k == 0) {
                assertEquals(1, pee, 1e-12, "the initial state |11>");
            } else {
                assertTrue(pee < 1, "|11> decays");
            }
        }
        Cli.Run ens = Cli.run("evolve", "superradiant-pumped", "--initial", "excited", "--times", "0:1:3",
                "--out", dir.resolve("e").toString(), "--no-plots", "--states", dir.resolve("es").toString());
        assertEquals(2, ens.code(), ens.toString());
    }

    /** sweep --states DIR: one .npy per ok point, named by its grid values; the same matrix as steady --state. */
    @Test
    void sweepWritesTheStateOfEveryPoint(@TempDir Path dir) throws Exception {
        Path states = dir.resolve("states");
        Cli.Run r = Cli.run("sweep", "thermal-entanglement-machine", "--grid", "Th=1,5", "--out", dir.resolve("out").toString(),
                "--no-plots", "--progress", "none", "--states", states.toString());
        assertEquals(0, r.code(), r.toString());
        Path single = dir.resolve("single.npy");
        assertEquals(0, Cli.run("steady", "thermal-entanglement-machine", "--set", "Th=5", "--state", single.toString()).code());
        byte[] fromSweep = Files.readAllBytes(states.resolve("Th=5.0.npy"));
        byte[] fromSteady = Files.readAllBytes(single);
        assertEquals(fromSteady.length, fromSweep.length);
        ByteBuffer a = ByteBuffer.wrap(fromSweep).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer b = ByteBuffer.wrap(fromSteady).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 128; i < fromSweep.length; i += 8) {
            assertEquals(b.getDouble(i), a.getDouble(i), 1e-12);
        }
        assertTrue(Files.exists(states.resolve("Th=1.0.npy")));
        Cli.Run ens = Cli.run("sweep", "superradiant-pumped", "--grid", "N=4,6", "--out", dir.resolve("e").toString(),
                "--no-plots", "--progress", "none", "--states", dir.resolve("es").toString());
        assertEquals(2, ens.code(), ens.toString());
    }

    @Test
    void npyOfAComplexMatrix() {
        dev.steadfast.linalg.CMatrix m = new dev.steadfast.linalg.CMatrix(1, 2);
        m.set(0, 1, 0.25, -0.5);
        byte[] bytes = StateFile.npy(m);
        ByteBuffer b = ByteBuffer.wrap(bytes, bytes.length - 32, 32).order(ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals(new double[] {0, 0, 0.25, -0.5}, new double[] {b.getDouble(), b.getDouble(), b.getDouble(), b.getDouble()});
    }
}
