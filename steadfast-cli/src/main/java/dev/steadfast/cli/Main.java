package dev.steadfast.cli;

import picocli.CommandLine;

/** The {@code steadfast} command: parses the command line, runs the subcommand, exits with its code. */
public final class Main {
    private Main() {
    }

    /**
     * The stack of the thread that runs the command: expressions and model files are evaluated
     * recursively, and a generous stack (reserved, committed only as used) lets a flat sum of
     * hundreds of thousands of terms evaluate; nesting is bounded by the parser.
     */
    private static final long STACK_BYTES = 1L << 30;

    public static void main(String[] args) throws InterruptedException {
        int[] code = {ExitCodes.NUMERICAL_FAILURE};
        Thread worker = new Thread(null, () -> code[0] = run(args), "steadfast", STACK_BYTES);
        worker.start();
        worker.join();
        System.exit(code[0]);
    }

    /**
     * Runs the command; an {@link Error} the command could not turn into a message (the JVM's own
     * limits) still ends in one line and the right exit code, never a stack trace.
     */
    public static int run(String[] args) {
        try {
            return commandLine().execute(args);
        } catch (StackOverflowError e) {
            System.err.println("error: the input is too long or too deeply nested to evaluate (a single expression or "
                    + "model beyond what the evaluator handles); split it or use sum(...) / for: loops");
            return ExitCodes.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            System.err.println("numerical failure: ran out of memory (raise the heap with JAVA_OPTS=-Xmx...)");
            return ExitCodes.NUMERICAL_FAILURE;
        }
    }

    /** The configured command line (tests call {@code execute} on it with captured output). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SteadfastCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usageError);
        return cl;
    }
}
