package dev.steadfast.heom;

/**
 * One exponential term of a bosonic bath correlation function, in the convention of QuTiP's
 * {@code BosonicBath}: {@code C(t) = C_R(t) + i C_I(t)} with {@code C_R(t) = Σ c_k e^{-ν_k t}}
 * over the {@link Kind#R} and {@link Kind#RI} terms and {@code C_I(t) = Σ c'_k e^{-ν_k t}} over the
 * {@link Kind#I} ({@code c'_k = ck}) and {@link Kind#RI} ({@code c'_k = ck2}) terms.
 * A term of the hierarchy couples an auxiliary density operator to the tier below by
 * {@code -i n_k (c_k [Q, ·] + i c'_k {Q, ·})}.
 *
 * @param kind which part(s) of C(t) the term belongs to
 * @param ck   coefficient of the real part (of the imaginary part for {@link Kind#I})
 * @param ck2  coefficient of the imaginary part for {@link Kind#RI}, zero otherwise
 * @param vk   decay rate ν_k (complex for an underdamped bath)
 */
public record BathExponent(Kind kind, Complex ck, Complex ck2, Complex vk) {

    /** The part of C(t) a term belongs to. */
    public enum Kind { R, I, RI }

    /** Coefficient of {@code [Q, ·]} in the coupling to the tier below (without the factor -i n_k). */
    public Complex commutatorCoefficient() {
        return kind == Kind.I ? Complex.ZERO : ck;
    }

    /** Coefficient of {@code {Q, ·}} in the coupling to the tier below (without -i n_k): i c'_k. */
    public Complex anticommutatorCoefficient() {
        Complex c = kind == Kind.I ? ck : kind == Kind.RI ? ck2 : Complex.ZERO;
        return c.times(new Complex(0, 1));
    }

    /** The coefficient c'_k of the imaginary part C_I(t) (zero for an {@link Kind#R} term). */
    public Complex imaginaryPartCoefficient() {
        return kind == Kind.I ? ck : kind == Kind.RI ? ck2 : Complex.ZERO;
    }

    /** Whether {@code other} is the complex conjugate of this term (same kind, conjugate coefficients and rate). */
    public boolean isConjugateOf(BathExponent other, double tol) {
        return kind == other.kind && ck.near(other.ck.conjugate(), tol) && ck2.near(other.ck2.conjugate(), tol)
                && vk.near(other.vk.conjugate(), tol);
    }
}
