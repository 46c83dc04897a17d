package dev.steadfast.measure;

/** A measure applied where it has no meaning, e.g. the concurrence of a qubit and a boson. */
public class MeasureException extends IllegalArgumentException {
    public MeasureException(String message) {
        super(message);
    }
}
