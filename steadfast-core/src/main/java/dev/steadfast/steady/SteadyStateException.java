package dev.steadfast.steady;

/** A numerical failure: the solver broke down, or its answer failed a check (residual, positivity). */
public class SteadyStateException extends RuntimeException {
    public SteadyStateException(String message) {
        super(message);
    }
}
