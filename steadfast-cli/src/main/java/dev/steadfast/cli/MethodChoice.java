package dev.steadfast.cli;

import dev.steadfast.steady.SteadyStateOptions;
import picocli.CommandLine.Option;

/** {@code --method auto|direct|iterative}, shared by {@code steady} and {@code sweep} (a picocli mixin). */
final class MethodChoice {

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto", converter = MethodOption.Converter.class,
            description = "Steady-state route: auto (direct for small systems, iterative for large), direct or "
                + "iterative; default: ${DEFAULT-VALUE}.")
    MethodOption method;

    /** The solver options with the chosen route. */
    SteadyStateOptions options() {
        return method.options();
    }
}
