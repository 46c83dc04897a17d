package dev.steadfast.cli;

import dev.steadfast.steady.SteadyStateOptions;
import picocli.CommandLine.Option;

/** {@code --method auto|direct|iterative}, shared by {@code steady} and {@code sweep} (a picocli mixin). */
final class MethodChoice {

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "auto", converter = MethodOption.Converter.class,
            description = "Steady-state route: auto (the cheaper of LU and preconditioned GMRES by estimated cost, "
                + "LU when GMRES does not converge within the LU's predicted cost; docs/solvers.md), direct or "
                + "iterative; default: ${DEFAULT-VALUE}.")
    MethodOption method;

    /** The solver options with the chosen route. */
    SteadyStateOptions options() {
        return method.options();
    }
}
