package dev.steadfast.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real command line in its own JVM, started through {@code bash -c} so that a test can set
 * the process's umask or file-size limit first ({@code shellPrefix}, e.g. {@code "umask 027"}).
 */
final class CliProcess {
    private CliProcess() {
    }

    /** Starts {@code steadfast args...}; stdout and stderr go to {@code log}. */
    static Process start(String shellPrefix, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", shellPrefix + "; exec \"$@\"", "steadfast",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:-UsePerfData",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end (at most {@code seconds}); returns the exit code and the output. */
    static Cli.Run run(String shellPrefix, Path log, int seconds, List<String> args) throws Exception {
        Process p = start(shellPrefix, log, args);
        try {
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("still running after " + seconds + " s: " + Files.readString(log));
            }
        } finally {
            p.destroyForcibly();
        }
        String out = Files.readString(log);
        return new Cli.Run(p.exitValue(), out, out);
    }
}
