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
            return commandLine(args).execute(args);
        } catch (StackOverflowError e) {
            System.err.println("error: the input is too long or too deeply nested to evaluate (a single expression or "
                    + "model beyond what the evaluator handles); split it or use sum(...) / for: loops");
            return ExitCodes.BAD_INPUT;
        } catch (OutOfMemoryError e) {
            System.err.println("numerical failure: ran out of memory (raise the heap with JAVA_OPTS=-Xmx...)");
            return ExitCodes.NUMERICAL_FAILURE;
        }
    }

    /** The configured command line with every subcommand (tests call {@code execute} on it with captured output). */
    public static CommandLine commandLine() {
        return configured(SteadfastCommand.SUBCOMMANDS.keySet());
    }

    /**
     * The command line for these arguments: when the first names a subcommand, only that one is
     * registered (building the others' models by reflection is most of the start-up time); otherwise
     * (help, an option first, a misspelt name) all of them, so usage and suggestions are complete.
     */
    public static CommandLine commandLine(String... args) {
        if (args.length > 0 && SteadfastCommand.SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return configured(java.util.List.of(args[0]));
        }
        return commandLine();
    }

    private static CommandLine configured(java.util.Collection<String> names) {
        CommandLine cl = new CommandLine(new SteadfastCommand());
        for (String name : names) {
            cl.addSubcommand(name, SteadfastCommand.SUBCOMMANDS.get(name).get());
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(ErrorHandler::usageError);
        return cl;
    }
}
