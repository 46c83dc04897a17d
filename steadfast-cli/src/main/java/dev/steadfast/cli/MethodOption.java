package dev.steadfast.cli;

import dev.steadfast.steady.SteadyStateMethod;
import dev.steadfast.steady.SteadyStateOptions;

/** The {@code --method} values of {@code steady} and {@code sweep}: the steady-state route. */
enum MethodOption {
    /** Direct LU for small systems, GMRES with the secular preconditioner for large ones. */
    AUTO(SteadyStateMethod.AUTO),
    /** Sparse (or dense) LU of the bordered generator, whatever the size. */
    DIRECT(SteadyStateMethod.DIRECT),
    /** GMRES with the secular preconditioner, whatever the size. */
    ITERATIVE(SteadyStateMethod.ITERATIVE);

    private final SteadyStateMethod method;

    MethodOption(SteadyStateMethod method) {
        this.method = method;
    }

    SteadyStateOptions options() {
        return SteadyStateOptions.defaults().withMethod(method);
    }

    /** Reads {@code auto}, {@code direct} or {@code iterative}, in any case. */
    static final class Converter extends LowerCaseEnumConverter<MethodOption> {
        Converter() {
            super(MethodOption.class);
        }
    }
}
