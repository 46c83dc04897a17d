package dev.steadfast.cli;

/** The exit codes of every {@code steadfast} command. */
public final class ExitCodes {
    /** The command did what was asked (a steady state that is not unique is still a success). */
    public static final int OK = 0;
    /** A numerical failure: the solver broke down or its answer failed a check. */
    public static final int NUMERICAL_FAILURE = 1;
    /** Bad input: a model file, an option, an unknown model, an unwritable output directory. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
