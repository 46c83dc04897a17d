package dev.steadfast.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the command line in-process with captured stdout and stderr. */
final class Cli {
    /** What a run printed and returned. */
    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    private Cli() {
    }

    /** Runs through the command line {@code steadfast} builds for these arguments (only the named subcommand). */
    static Run run(String... args) {
        return run(Main.commandLine(args), args);
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** A model file under src/test/resources/models. */
    static String model(String file) {
        try {
            return Path.of(Cli.class.getResource("/models/" + file).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code python3 -c code}; its exit code, or -1 when python3 cannot run or takes over a minute. */
    static int python(String code) throws Exception {
        try {
            Process p = new ProcessBuilder("python3", "-c", code).inheritIO().start();
            return p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
