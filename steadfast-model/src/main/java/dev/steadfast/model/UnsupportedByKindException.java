package dev.steadfast.model;

/**
 * A service that a kind of model does not offer (e.g. the Liouvillian spectrum of a Gaussian
 * model): bad input for that model, not a numerical failure. The message says what is missing.
 */
public final class UnsupportedByKindException extends UnsupportedOperationException {
    public UnsupportedByKindException(String message) {
        super(message);
    }
}
