package dev.steadfast.steady;

/** Thrown when a unique steady state is asked for but the kernel of the generator is degenerate. */
public class NonUniqueSteadyStateException extends RuntimeException {
    private final transient SteadyState<?> result;

    /** For a result that is not {@link SteadyState.Unique}. */
    public NonUniqueSteadyStateException(SteadyState<?> result) {
        super(result.describe());
        this.result = result;
    }

    public SteadyState<?> result() {
        return result;
    }
}
