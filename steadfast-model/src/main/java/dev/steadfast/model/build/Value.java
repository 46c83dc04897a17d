package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;

/**
 * The value of an expression: a complex number, an operator on the model's full space, a ket or
 * bra of some of its sites, or (in a model whose site is an ensemble) an ensemble operator.
 *
 * <p>Code that needs one variant asks for it with {@link #asScalar}, {@link #asOperator} or
 * {@link #asEnsemble}, never with a cast: any other variant, including one added later, is then
 * an {@link ExprException} with the caller's message rather than a {@link ClassCastException}.
 */
sealed interface Value {

    /**
     * This value as a number.
     *
     * @param refusal the message when it is not a number, e.g. "cannot divide by an operator"
     * @param pos     the 0-based offset in the expression the message points at
     * @throws ExprException for every other variant
     */
    default Scalar asScalar(String refusal, int pos) throws ExprException {
        if (this instanceof Scalar s) {
            return s;
        }
        throw new ExprException(refusal, pos);
    }

    /**
     * This value as an operator on the full space.
     *
     * @throws ExprException with message {@code refusal} at {@code pos} for every other variant
     */
    default Op asOperator(String refusal, int pos) throws ExprException {
        if (this instanceof Op o) {
            return o;
        }
        throw new ExprException(refusal, pos);
    }

    /**
     * This value as an ensemble operator.
     *
     * @throws ExprException with message {@code refusal} at {@code pos} for every other variant
     */
    default Ens asEnsemble(String refusal, int pos) throws ExprException {
        if (this instanceof Ens e) {
            return e;
        }
        throw new ExprException(refusal, pos);
    }

    /** What this value is, for messages: "a number", "an operator", "an ensemble operator". */
    String describe();

    /** A complex number {@code re + i im}. */
    record Scalar(double re, double im) implements Value {
        static final Scalar ZERO = new Scalar(0, 0);

        boolean isZero() {
            return re == 0 && im == 0;
        }

        boolean isReal() {
            return im == 0;
        }

        @Override
        public String describe() {
            return "a number";
        }
    }

    /** An operator on the full space (sparse). */
    record Op(Operator op) implements Value {
        @Override
        public String describe() {
            return "an operator";
        }
    }

    /**
     * A ket |ψ⟩ (or, when {@code bra}, the bra ⟨ψ|) on the sites it names: {@code sites} are site
     * indices in model order, {@code re}/{@code im} the amplitudes in the basis of those sites
     * (the last fastest, level 0 first). See {@link KetAlgebra}.
     */
    record Vec(int[] sites, double[] re, double[] im, boolean bra) implements Value {
        @Override
        public String describe() {
            return bra ? "a bra" : "a ket";
        }
    }

    /**
     * An operator of a permutation-invariant ensemble: a polynomial in the collective spin
     * operators plus a linear combination of single-member operators (sp, sm, sz on e[i]). The
     * member part is kept apart until the end of the evaluation, where {@link EnsembleAlgebra}
     * either turns it into a collective operator (when it acts identically on every member) or
     * classifies it as a local jump, or reports how it breaks the permutation symmetry.
     */
    record Ens(CollectiveOperator collective, MemberTerms members) implements Value {
        @Override
        public String describe() {
            return "an ensemble operator";
        }
    }
}
