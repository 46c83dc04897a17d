package dev.steadfast.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, shared by the commands that print a result (a picocli mixin). */
final class FormatOption {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = OutputFormat.Converter.class,
            description = "table (for people) or json (for programs); default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    /** Whether the result is printed as JSON (for programs) rather than a table. */
    boolean isJson() {
        return format == OutputFormat.JSON;
    }
}
