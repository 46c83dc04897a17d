package dev.steadfast.steady;

/** A candidate steady state failed a check of its certificate; {@link #check()} says which. */
public final class CertificationException extends SteadyStateException {
    private final Check check;

    public CertificationException(Check check, String message) {
        super(message);
        this.check = check;
    }

    public Check check() {
        return check;
    }

    /** The checks of a certificate. */
    public enum Check {
        TRACE, HERMITICITY, RESIDUAL, POSITIVITY
    }
}
