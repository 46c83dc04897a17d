package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18, sweeps: {@code --overwrite} removes every artefact of the previous run; output files
 * follow the umask; model paths that are not model files say what they are; an unknown
 * parameter named like an operator is a parameter error.
 */
class SweepOutputAndModelPathCliTest {
    private static final String MACHINE = Cli.model("two-qubit-machine.yaml");

    @TempDir
    Path dir;

    @Test
    void overwriteRemovesEveryArtefactOfThePreviousRun() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Cli.run("sweep", MACHINE, "--grid", "Th=1,2,3", "--out", out.toString(), "--progress", "none").code());
        for (String f : List.of("m1.png", "m2.png", "C.png", "summary.json", "sweep.json", "results.csv")) {
            assertTrue(Files.exists(out.resolve(f)), f);
        }
        Path other = Files.writeString(out.resolve("notes.txt"), "mine");
        Cli.Run r = Cli.run("sweep", Cli.model("dark-pair.yaml"), "--grid", "gamma=0.1,0.2", "--out", out.toString(),
                "--progress", "none", "--no-plots", "--overwrite");
        assertEquals(0, r.code(), r.toString());
        for (String f : List.of("m1.png", "m2.png", "C.png")) {
            assertFalse(Files.exists(out.resolve(f)), f + " of the previous run is gone");
        }
        assertTrue(Files.readString(out.resolve("summary.json")).contains("dark-pair"));
        assertTrue(Files.readString(out.resolve("sweep.json")).contains("dark-pair"));
        assertEquals("mine", Files.readString(other), "files the sweep did not write are left alone");
    }

    @Test
    void outputFilesFollowTheUmask() throws Exception {
        for (String[] c : List.of(new String[] {"027", "rw-r-----"}, new String[] {"002", "rw-rw-r--"})) {
            Path out = dir.resolve("umask-" + c[0]);
            Cli.Run r = CliProcess.run("umask " + c[0], dir.resolve("umask-" + c[0] + ".log"), 120,
                    List.of("sweep", MACHINE, "--grid", "Th=1,2", "--out", out.toString(), "--progress", "none"));
            assertEquals(0, r.code(), r.toString());
            for (String f : List.of("results.csv", "summary.json", "sweep.json", "m1.png", "C.png")) {
                assertEquals(c[1], PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))),
                        f + " under umask " + c[0]);
            }
        }
    }

    @Test
    void modelPathsThatAreNotModelFilesSayWhatTheyAre() throws Exception {
        assertBad(Cli.run("steady", dir.toString()), dir + ": is a directory, not a model file");
        assertBad(Cli.run("sweep", "/dev/null", "--grid", "x=1,2", "--out", dir.resolve("o").toString()),
                "/dev/null: is a device or special file (not a regular file), not a model file");
        byte[] text = "name: latin1\nparameters:\n  w: 1 # caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path latin1 = Files.write(dir.resolve("latin1.yaml"), text);
        assertBad(Cli.run("steady", latin1.toString()),
                latin1 + ": is not UTF-8 text: invalid byte 0xE9 at byte offset 37 (line 3)");
        assertFalse(Files.exists(dir.resolve("o").resolve("results.csv")));
    }

    @Test
    void unreadableModelFileIsNamedAsSuch() throws Exception {
        Path f = Files.copy(Path.of(MACHINE), dir.resolve("secret.yaml"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        if (!"root".equals(System.getProperty("user.name"))) {
            assertBad(Cli.run("steady", f.toString()), f + ": is not readable (permission denied)");
            return;
        }
        // root reads any file: run the command as root without the capabilities that override file permissions
        Cli.Run probe = CliProcess.run("true", dir.resolve("probe.log"), 30, List.of("--version"));
        assumeTrue(probe.code() == 0 && sh("setpriv --bounding-set=-dac_override,-dac_read_search true") == 0,
                "skipped: running as root, and setpriv cannot drop CAP_DAC_OVERRIDE here");
        Cli.Run r = CliProcess.run("set -- setpriv --bounding-set=-dac_override,-dac_read_search \"$@\"",
                dir.resolve("secret.log"), 60, List.of("steady", f.toString()));
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains(f + ": is not readable (permission denied)"), r.err());
    }

    private static int sh(String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    @Test
    void unknownParameterNamedLikeAnOperatorIsAParameterError() throws Exception {
        Path model = Files.writeString(dir.resolve("shadow.yaml"), String.join("\n",
                "name: shadow", "parameters:", "  w: 1.0", "  a: a + 1", "sites:", "  c: {boson: 3}",
                "hamiltonian: w*n(c)", "dissipators:",
                "  - {type: thermal, op: a(c), frequency: w, temperature: 0, rate: 0.1}",
                "measures:", "  n: expect(n(c))", ""));
        Cli.Run r = Cli.run("sweep", model.toString(), "--grid", "w=1,2", "--out", dir.resolve("o").toString());
        assertBad(r, "shadow.yaml:4: parameters.a: unknown parameter 'a' (known parameters: w; 'a' is also the name "
                + "of an operator, but no operator can appear here)");
        assertFalse(r.err().contains("needs an argument"), r.err());
    }

    private static void assertBad(Cli.Run r, String text) {
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().startsWith("error: ") && r.err().contains(text), r.err());
    }
}
