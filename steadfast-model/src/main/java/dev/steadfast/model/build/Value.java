package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.operator.Operator;

/**
 * The value of an expression: a complex number, an operator on the model's full space, or (in a
 * model whose site is an ensemble) an ensemble operator.
 */
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

    /**
     * An operator of a permutation-invariant ensemble: a polynomial in the collective spin
     * operators plus a linear combination of single-member operators (sp, sm, sz on e[i]). The
     * member part is kept apart until the end of the evaluation, where {@link EnsembleAlgebra}
     * either turns it into a collective operator (when it acts identically on every member) or
     * classifies it as a local jump, or reports how it breaks the permutation symmetry.
     */
    record Ens(CollectiveOperator collective, MemberTerms members) implements Value { }
}
