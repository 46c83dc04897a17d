package dev.steadfast.model.build;

import dev.steadfast.operator.Operator;

/** The value of an expression: a complex number or an operator on the model's full space. */
sealed interface Value {

    /** A complex number {@code re + i im}. */
    record Scalar(double re, double im) implements Value {
        static final Scalar ZERO = new Scalar(0, 0);

        boolean isZero() {
            return re == 0 && im == 0;
        }

        boolean isReal() {
            return im == 0;
        }
    }

    /** An operator on the full space (sparse). */
    record Op(Operator op) implements Value { }
}
