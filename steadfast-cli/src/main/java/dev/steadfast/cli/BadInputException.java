package dev.steadfast.cli;

/**
 * Bad input detected by the command line itself (an option value, a grid, an output directory):
 * the command prints {@link #getMessage()} and exits with {@link ExitCodes#BAD_INPUT}.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
