package dev.steadfast.liouville;

/** Whether a generator's steady state must be positive semidefinite. */
public enum Positivity {
    /** Completely positive dynamics (Lindblad form): a negative eigenvalue is a failure. */
    ENFORCED,
    /**
     * Not completely positive (Bloch–Redfield): violations of second order in the coupling are
     * physics of the approximation, reported and never a failure.
     */
    REPORTED
}
