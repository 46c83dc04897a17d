package dev.steadfast.steady;

/** Thrown when a unique steady state is asked for but the kernel of L has dimension > 1. */
public class NonUniqueSteadyStateException extends RuntimeException {
    private final transient SteadyStateDiagnostics diagnostics;

    public NonUniqueSteadyStateException(SteadyStateDiagnostics diagnostics) {
        super(diagnostics.message());
        this.diagnostics = diagnostics;
    }

    public SteadyStateDiagnostics diagnostics() {
        return diagnostics;
    }
}
