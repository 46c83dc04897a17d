package dev.steadfast.steady;

/** Thrown when a unique steady state is asked for but the kernel of the generator is degenerate. */
public class NonUniqueSteadyStateException extends RuntimeException {
    private final transient SteadyState.NotUnique<?> result;

    public NonUniqueSteadyStateException(SteadyState.NotUnique<?> result) {
        super(result.describe());
        this.result = result;
    }

    public SteadyState.NotUnique<?> result() {
        return result;
    }
}
