package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.model.build.Value.Ens;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.ExprException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Arithmetic on the operators of an ensemble of N members ({@link Ens}) and the permutation
 * symmetry checks. Sums and scalar multiples of single-member operators are kept member by
 * member; {@link #collective} turns them into collective operators when they act identically on
 * every member ({@code Σ_i sp_i = jp}, {@code Σ_i sm_i = jm}, {@code Σ_i sz_i = 2 jz}). Products
 * are defined between collective operators only: a product involving a single-member operator is
 * not a collective operator, and is reported as such.
 */
final class EnsembleAlgebra {
    private static final double SAME = 1e-12;
    private final String name;
    private final int members;

    EnsembleAlgebra(String name, int members) {
        this.name = name;
        this.members = members;
    }

    String name() { return name; }
    int members() { return members; }

    /** A number c as c·I; an ensemble operator unchanged; anything else is an error at {@code pos}. */
    static Ens lift(Value v, int pos) throws ExprException {
        if (v instanceof Ens e) {
            return e;
        }
        Scalar s = v.asScalar(v.describe() + " cannot be combined with the operators of an ensemble", pos);
        CollectiveOperator c = s.isZero() ? CollectiveOperator.zero() : CollectiveOperator.identity().scale(s.re(), s.im());
        return new Ens(c, MemberTerms.NONE);
    }

    Value add(Value a, Value b, int pos) throws ExprException {
        Ens x = lift(a, pos);
        Ens y = lift(b, pos);
        return new Ens(x.collective().plus(y.collective()), x.members().plus(y.members()));
    }

    Value multiply(Value a, Value b, int pos) throws ExprException {
        if (a instanceof Scalar s) {
            return scale(lift(b, pos), s);
        }
        if (b instanceof Scalar s) {
            return scale(lift(a, pos), s);
        }
        Ens x = symmetrised(lift(a, pos));
        Ens y = symmetrised(lift(b, pos));
        if (!x.members().isEmpty() || !y.members().isEmpty()) {
            Ens m = x.members().isEmpty() ? y : x;
            throw new ExprException("a product involving a single-member operator (here on " + list(m.members().members())
                    + ") is not a collective operator of the ensemble " + name + "; products must be of collective operators "
                    + "such as jz(" + name + ")*jz(" + name + ")", pos);
        }
        return new Ens(x.collective().times(y.collective()), MemberTerms.NONE);
    }

    static Value negate(Ens e) {
        return scale(e, new Scalar(-1, 0));
    }

    static Value dag(Ens e) {
        return new Ens(e.collective().dag(), e.members().dag());
    }

    Value power(Ens base, long n, int pos) throws ExprException {
        Value out = lift(new Scalar(1, 0), pos);
        for (long k = 0; k < n; k++) {
            out = multiply(out, base, pos);
        }
        return out;
    }

    /**
     * The value as a collective operator: a number c is c·I; single-member terms must act
     * identically on all N members, otherwise the permutation symmetry is broken and this says how.
     */
    CollectiveOperator collective(Value v, int pos) throws ExprException {
        Ens e = lift(v, pos);
        MemberTerms m = e.members();
        if (m.isEmpty()) {
            return e.collective();
        }
        if (m.members().size() < members) {
            throw new ExprException("the term on " + list(m.members()) + (m.members().size() == 1 ? " alone" : " only")
                    + " breaks the permutation symmetry of the ensemble " + name + ": an ensemble's operators must act "
                    + "identically on all " + members + " members; use the collective operators jx(" + name + ") jy(" + name
                    + ") jz(" + name + ") jp(" + name + ") jm(" + name + ") or sum over i=1.." + members, pos);
        }
        int other = differingMember(m);
        if (other > 0) {
            throw new ExprException("the single-member terms differ between " + name + "[1] and " + name + "[" + other
                    + "] (different coefficients per member break the permutation symmetry of the ensemble " + name
                    + "); give every member the same term", pos);
        }
        return e.collective().plus(fromMember(m.of(1)));
    }

    /**
     * An operator with the same expectation as the value on every permutation-invariant state:
     * on such a state every member has the same reduced state, so a single-member term c·A_i has
     * the expectation of (c/N)·Σ_k A_k. Used by {@code expect}; products are still refused.
     */
    CollectiveOperator forExpectation(Value v, int pos) throws ExprException {
        Ens e = lift(v, pos);
        double[] total = new double[6];
        for (int i : e.members().members()) {
            double[] c = e.members().of(i);
            for (int k = 0; k < 6; k++) {
                total[k] += c[k] / members;
            }
        }
        return e.collective().plus(fromMember(total));
    }

    /** True when the member part covers all N members with identical coefficients (N > 1). */
    boolean isSymmetric(MemberTerms m) {
        return members > 1 && m.members().size() == members && differingMember(m) == 0;
    }

    private Ens symmetrised(Ens e) {
        if (e.members().isEmpty() || !isSymmetric(e.members())) {
            return e;
        }
        return new Ens(e.collective().plus(fromMember(e.members().of(1))), MemberTerms.NONE);
    }

    /** The first member whose coefficients differ from member 1's (relative 1e-12), or 0. */
    private int differingMember(MemberTerms m) {
        double[] first = m.of(1);
        double scale = Arrays.stream(first).map(Math::abs).max().orElse(0);
        for (int i : m.members()) {
            double[] c = m.of(i);
            for (int k = 0; k < 6; k++) {
                if (Math.abs(c[k] - first[k]) > SAME * Math.max(scale, 1e-300)) {
                    return i;
                }
            }
        }
        return 0;
    }

    /** {@code Σ_i (c⁺ sp_i + c⁻ sm_i + cᶻ sz_i) = c⁺ jp + c⁻ jm + 2cᶻ jz}. */
    private static CollectiveOperator fromMember(double[] c) {
        return CollectiveOperator.jp().scale(c[0], c[1])
                .plus(CollectiveOperator.jm().scale(c[2], c[3]))
                .plus(CollectiveOperator.jz().scale(2 * c[4], 2 * c[5]));
    }

    private static Ens scale(Ens e, Scalar s) {
        return new Ens(e.collective().scale(s.re(), s.im()), e.members().scale(s.re(), s.im()));
    }

    /** "e[1], e[3]" (at most four members named). */
    String list(java.util.Collection<Integer> ms) {
        List<String> names = ms.stream().limit(4).map(i -> name + "[" + i + "]").collect(Collectors.toList());
        return String.join(", ", names) + (ms.size() > 4 ? ", ..." : "");
    }
}
