package dev.steadfast.model.build;

import dev.steadfast.model.expr.ExprException;

/**
 * Limits on what one expression may ask for, checked before any work so that hostile or mistaken
 * input is refused at once, naming the limit (docs/cli.md, "Limits on input"). The nesting depth of
 * an expression is the parser's ({@code Parser.MAX_NESTING}); the size of a model file the reader's.
 */
public final class ExpressionLimits {
    /**
     * Longest range of a {@code sum(...)} or a {@code for:} loop: far beyond any model that fits in
     * memory (a site array or an ensemble of 10^5 members).
     */
    public static final int MAX_RANGE = 100_000;

    /** Largest integer power of an operator ({@code jx(e)^n}, {@code a(c)^n}). */
    public static final int MAX_OPERATOR_POWER = 1000;

    private ExpressionLimits() {
    }

    /** Refuses a range {@code from..to} longer than {@link #MAX_RANGE}, naming it. */
    static void requireRange(int from, int to, String what, int pos) throws ExprException {
        if ((long) to - from + 1 > MAX_RANGE) {
            throw new ExprException(String.format("%s runs over %,d values; the limit is %,d", what, (long) to - from + 1,
                    MAX_RANGE), pos);
        }
    }

    /** Refuses an operator power above {@link #MAX_OPERATOR_POWER}. */
    static void requireOperatorPower(double power, int pos) throws ExprException {
        if (power > MAX_OPERATOR_POWER) {
            throw new ExprException(String.format("an operator power of %.6g is above the limit %d (a power that large "
                    + "overflows any physical operator)", power, MAX_OPERATOR_POWER), pos);
        }
    }
}
