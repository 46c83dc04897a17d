package dev.steadfast.cli;

import picocli.CommandLine;

/** The {@code steadfast} command: parses the command line, runs the subcommand, exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
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
