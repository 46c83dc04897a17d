package dev.steadfast.cli;

import dev.steadfast.measure.MeasureException;
import dev.steadfast.model.ModelException;
import dev.steadfast.model.UnsupportedByKindException;
import dev.steadfast.steady.NonUniqueSteadyStateException;
import dev.steadfast.steady.SteadyStateException;
import dev.steadfast.system.InvalidSystemException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception into one line on stderr and an exit code: bad input → 2, numerical failure
 * or I/O failure → 1. The stack trace is printed only with {@code --debug}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code = exitCode(ex);
        err.println(message(ex));
        if (debugRequested(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** An option or argument picocli could not parse: the message, a pointer to help, exit 2. */
    static int usageError(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("error: " + ex.getMessage());
        err.println("see: " + cl.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    static int exitCode(Exception ex) {
        if (ex instanceof ModelException || ex instanceof BadInputException || ex instanceof InvalidSystemException
                || ex instanceof MeasureException || ex instanceof UnsupportedByKindException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.NUMERICAL_FAILURE;
    }

    static String message(Exception ex) {
        if (ex instanceof ModelException || ex instanceof BadInputException || ex instanceof UnsupportedByKindException) {
            return "error: " + ex.getMessage();
        }
        if (ex instanceof InvalidSystemException || ex instanceof MeasureException) {
            return "error: invalid model: " + ex.getMessage();
        }
        if (ex instanceof SteadyStateException || ex instanceof NonUniqueSteadyStateException
                || ex instanceof ArithmeticException) {
            return "numerical failure: " + ex.getMessage();
        }
        if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            return "I/O failure: " + ex.getMessage();
        }
        return "internal error: " + ex + " (run with --debug for the stack trace)";
    }

    private static boolean debugRequested(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
