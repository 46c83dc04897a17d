package dev.steadfast.cli;

/** Whether stderr is a terminal, for choosing between a progress bar and plain progress lines. */
final class Terminal {
    /** Set by the launcher from {@code [ -t 2 ]}; Java 17 cannot test stderr by itself. */
    static final String PROPERTY = "steadfast.stderr.tty";

    private Terminal() {
    }

    static boolean stderrIsTerminal() {
        String p = System.getProperty(PROPERTY);
        if (p != null) {
            return Boolean.parseBoolean(p);
        }
        return System.console() != null;
    }
}
