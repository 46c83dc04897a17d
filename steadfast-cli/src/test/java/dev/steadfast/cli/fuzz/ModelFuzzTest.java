package dev.steadfast.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steadfast.cli.Main;
import dev.steadfast.model.Catalogue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the built-in models, run through the command line exactly as `steadfast`
 * runs: every outcome must be an answer (exit 0), a numerical failure (1) or bad input (2) in one
 * line — never a stack trace, an "internal error", another exit code, or a hang. Bounded in count
 * and in time per case.
 */
class ModelFuzzTest {
    private static final long SEED = Long.getLong("steadfast.fuzz.seed", 20261129L);
    private static final int CASES = 240;
    private static final long CASE_TIMEOUT_MS = 20_000;
    private static final String[] INSERTS = {"1e308", "-1e308", "1e-320", "NaN", "Infinity", "0", "-1", "1e400", "\u0661",
        "((", "))", "*", "+ h.c.", "sum(i=1..1000000000, sz(q1))", "for: i=1..100000000", "[", "]", "{", "}", ":", ",",
        "\"", "'", "\t", "\n", "  ", "q9", "sm(", "expect(", "1/0", "0/0", "2^2000", "sqrt(-1)", "log(0)", "-", "\u00e9",
        "\ud83d\ude00", "..", "=", "|", "?", "&", "!", "#", "%", "\\"};

    /** One case, run on Main's thread: exit code and stderr. */
    private record Outcome(int code, String err, boolean finished) {
    }

    @Test
    void mutatedModelsNeverCrash(@TempDir Path dir) throws Exception {
        Random rnd = new Random(SEED);
        List<String> names = Catalogue.names();
        List<String> failures = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        try {
            for (int c = 0; c < CASES; c++) {
                String name = names.get(rnd.nextInt(names.size()));
                String text = mutate(Catalogue.find(name).orElseThrow().sourceText(), rnd);
                Path f = dir.resolve("case" + c + ".yaml");
                Files.writeString(f, text, StandardCharsets.UTF_8);
                String[] args = rnd.nextInt(4) == 0 ? new String[] {"spectrum", f.toString(), "--count", "3"}
                        : new String[] {"steady", f.toString(), "--format", "json"};
                Outcome o = run(args);
                boolean ok = o.finished && (o.code == 0 || o.code == 1 || o.code == 2)
                        && !o.err.contains("internal error") && !o.err.contains("\tat ") && !o.err.contains("Exception")
                        && o.err.strip().lines().count() <= 2;
                if (!ok) {
                    failures.add("case " + c + " (" + name + ", " + args[0] + "): exit " + o.code + (o.finished ? "" : " (timed out)")
                            + "\n" + o.err.strip() + "\n--- model ---\n" + text);
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + CASES + " cases failed; first:\n" + (failures.isEmpty() ? ""
                : failures.get(0)));
    }

    private static String mutate(String text, Random rnd) {
        StringBuilder s = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = rnd.nextInt(s.length() + 1);
            switch (rnd.nextInt(4)) {
                case 0 -> s.insert(at, INSERTS[rnd.nextInt(INSERTS.length)]);
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + rnd.nextInt(6)));
                case 2 -> {
                    int from = rnd.nextInt(s.length());
                    int to = Math.min(s.length(), from + 1 + rnd.nextInt(12));
                    s.insert(at, s.substring(from, to));
                }
                default -> replaceNumber(s, rnd);
            }
        }
        return s.toString();
    }

    /** Replaces one number of the text by an extreme one. */
    private static void replaceNumber(StringBuilder s, Random rnd) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b\\d+(\\.\\d+)?\\b").matcher(s);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.isEmpty()) {
            return;
        }
        int[] sp = spans.get(rnd.nextInt(spans.size()));
        String[] extreme = {"1e308", "1e-300", "0", "1e9", "123456789", "1e15", "0.0", "-0"};
        s.replace(sp[0], sp[1], extreme[rnd.nextInt(extreme.length)]);
    }

    private static Outcome run(String[] args) throws InterruptedException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        int[] code = {-1};
        Thread t = new Thread(null, () -> code[0] = Main.run(args), "fuzz", 1L << 30);
        t.setDaemon(true);
        t.start();
        t.join(CASE_TIMEOUT_MS);
        boolean finished = !t.isAlive();
        if (!finished) {
            t.interrupt();
        }
        return new Outcome(code[0], e.toString(StandardCharsets.UTF_8), finished);
    }
}
