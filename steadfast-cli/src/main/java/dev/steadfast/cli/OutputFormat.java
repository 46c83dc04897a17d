package dev.steadfast.cli;

/** The {@code --format} values of the commands that print a result: a table for people, JSON for programs. */
enum OutputFormat {
    TABLE, JSON;

    /** Reads {@code table} or {@code json}, in any case. */
    static final class Converter extends LowerCaseEnumConverter<OutputFormat> {
        Converter() {
            super(OutputFormat.class);
        }
    }
}
