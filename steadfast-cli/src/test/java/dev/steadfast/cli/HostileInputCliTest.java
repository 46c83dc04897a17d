package dev.steadfast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that once ended in a stack trace or an internal error: each is now either answered or a
 * one-line bad-input error (exit 2), run exactly as `steadfast` runs (Main.run on its own thread).
 */
class HostileInputCliTest {
    private static final String TAIL = "sites: {q: qubit}\nhamiltonian: \"%s\"\ndissipators:\n"
            + "  - {name: loss, type: lindblad, op: sm(q), rate: 1}\nmeasures:\n  pe: expect(proj(q, 1))\n";

    private record Run(int code, String out, String err) {
    }

    /** Runs the command as the launcher does: on a thread with Main's stack, output captured. */
    private static Run run(String... args) throws InterruptedException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int[] code = new int[1];
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            Thread t = new Thread(null, () -> code[0] = Main.run(args), "steadfast-test", 1L << 30);
            t.start();
            t.join();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return new Run(code[0], o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }

    private static Path model(Path dir, String parameters, String hamiltonian) throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, "parameters: {" + parameters + "}\n" + String.format(TAIL, hamiltonian));
        return f;
    }

    @Test
    void aFlatHamiltonianOfFourThousandTermsIsSolved(@TempDir Path dir) throws Exception {
        String h = String.join(" + ", java.util.Collections.nCopies(4000, "0.001*sz(q)"));
        Run r = run("steady", model(dir, "w: 1", h).toString(), "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"pe\" : 0.0"), r.out());
    }

    @Test
    void deepNestingIsBadInputNamingTheLimit(@TempDir Path dir) throws Exception {
        String h = "(".repeat(2000) + "w" + ")".repeat(2000) + "*sz(q)";
        Run r = run("steady", model(dir, "w: 1", h).toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("error: ") && r.err().contains("m.yaml:3") && r.err().contains("256"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aNonAsciiDigitIsBadInputNamingTheCharacter(@TempDir Path dir) throws Exception {
        Run r = run("steady", model(dir, "w: \u0661", "w/2*sz(q)").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("U+0661") && r.err().contains("parameters.w"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void hugeRangesAreRefusedAtOnceNamingTheLimit(@TempDir Path dir) throws Exception {
        Run sum = run("steady", model(dir, "w: 1", "w*sum(i=1..100000000, sz(q))").toString());
        assertEquals(2, sum.code(), sum.err());
        assertTrue(sum.err().contains("100,000,000") && sum.err().contains("100,000"), sum.err());
        Path loop = dir.resolve("loop.yaml");
        Files.writeString(loop, "parameters: {w: 1}\nsites: {q: qubit}\nhamiltonian: w*sz(q)\ndissipators:\n"
                + "  - {name: loss, type: lindblad, op: sm(q), rate: 1, for: i=1..10000000}\nmeasures:\n  pe: expect(proj(q, 1))\n");
        Run r = run("steady", loop.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("loop.yaml:5") && r.err().contains("10,000,000"), r.err());
    }

    @Test
    void anOversizedModelFileIsRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.yaml");
        Files.writeString(big, "parameters: {w: 1}\n# " + "x".repeat(2_000_000) + "\n");
        Run r = run("steady", big.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("big.yaml") && r.err().contains("1,048,576"), r.err());
    }

    /** Found by the fuzz test: jx(e)^1e15 looped 10^15 times; an operator power is now limited, refused at once. */
    @Test
    void aHugeOperatorPowerIsRefusedNamingTheLimit(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("pow.yaml");
        Files.writeString(f, "parameters: {N: 6}\nsites: {e: {ensemble: N}}\ndissipators:\n"
                + "  - {name: c, type: lindblad, op: jm(e), rate: 1}\n  - {name: p, type: lindblad, op: \"sp(e[i])\", rate: 1, for: i=1..N}\n"
                + "measures:\n  x: expect(jx(e)^1e15)\n");
        Run r = run("steady", f.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("pow.yaml:7") && r.err().contains("1000"), r.err());
    }
}
