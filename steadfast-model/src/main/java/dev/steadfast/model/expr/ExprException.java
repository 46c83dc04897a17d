package dev.steadfast.model.expr;

/**
 * A problem in one expression: what is wrong and where (a 0-based character offset into the
 * expression text, or -1 when no single place is at fault). The model reader turns it into a
 * {@link dev.steadfast.model.ModelException} that names the file, line and entry.
 */
public class ExprException extends Exception {
    private final int position;

    public ExprException(String message, int position) {
        super(message);
        this.position = position;
    }

    /** 0-based offset into the expression, or -1. */
    public int position() {
        return position;
    }
}
