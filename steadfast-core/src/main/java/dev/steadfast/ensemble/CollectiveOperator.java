package dev.steadfast.ensemble;

import dev.steadfast.linalg.SparseCMatrix;
import dev.steadfast.operator.LocalOperators;
import dev.steadfast.space.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * A polynomial in the collective spin operators {@code jx, jy, jz, jp, jm} with complex
 * coefficients: {@code Σ_t c_t G_{t,1} G_{t,2} ... } (an empty product is the identity).
 * Immutable. Such an operator commutes with permutations of the members, so it acts within each
 * Dicke ladder as the same polynomial of the spin-j matrices ({@link #matrix(int)}), and on the
 * full 2^N space as the polynomial of the summed single-qubit operators ({@link #represent}).
 */
public final class CollectiveOperator {
    /** The generators: {@code jx, jy, jz} and the ladder operators {@code jp = jx + i jy}, {@code jm = jx - i jy}. */
    public enum Generator { JX, JY, JZ, JP, JM }

    /** One product {@code (re + i im) G_1 G_2 ...}. */
    private record Term(double re, double im, List<Generator> factors) {
    }

    private static final CollectiveOperator ZERO = new CollectiveOperator(List.of());
    private final List<Term> terms;

    private CollectiveOperator(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public static CollectiveOperator jx() { return of(Generator.JX); }
    public static CollectiveOperator jy() { return of(Generator.JY); }
    public static CollectiveOperator jz() { return of(Generator.JZ); }
    public static CollectiveOperator jp() { return of(Generator.JP); }
    public static CollectiveOperator jm() { return of(Generator.JM); }
    public static CollectiveOperator zero() { return ZERO; }

    /** The identity (the empty product). */
    public static CollectiveOperator identity() {
        return new CollectiveOperator(List.of(new Term(1, 0, List.of())));
    }

    /** A single product of generators, coefficient 1, e.g. {@code of(JP, JZ)} = jp jz. */
    public static CollectiveOperator of(Generator... factors) {
        return new CollectiveOperator(List.of(new Term(1, 0, List.of(factors))));
    }

    public CollectiveOperator plus(CollectiveOperator o) {
        List<Term> t = new ArrayList<>(terms);
        t.addAll(o.terms);
        return new CollectiveOperator(t);
    }

    public CollectiveOperator minus(CollectiveOperator o) {
        return plus(o.scale(-1, 0));
    }

    /** The product {@code this · o} (this acts last). */
    public CollectiveOperator times(CollectiveOperator o) {
        List<Term> t = new ArrayList<>();
        for (Term a : terms) {
            for (Term b : o.terms) {
                List<Generator> f = new ArrayList<>(a.factors);
                f.addAll(b.factors);
                t.add(new Term(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re, f));
            }
        }
        return new CollectiveOperator(t);
    }

    /** This operator times the complex number {@code re + i im}. */
    public CollectiveOperator scale(double re, double im) {
        List<Term> t = new ArrayList<>();
        for (Term a : terms) {
            t.add(new Term(re * a.re - im * a.im, re * a.im + im * a.re, a.factors));
        }
        return new CollectiveOperator(t);
    }

    public CollectiveOperator scale(double s) {
        return scale(s, 0);
    }

    /** The Hermitian conjugate: factors reversed, jp and jm exchanged, coefficients conjugated. */
    public CollectiveOperator dag() {
        List<Term> t = new ArrayList<>();
        for (Term a : terms) {
            List<Generator> f = new ArrayList<>();
            for (Generator g : a.factors) {
                f.add(g == Generator.JP ? Generator.JM : g == Generator.JM ? Generator.JP : g);
            }
            Collections.reverse(f);
            t.add(new Term(a.re, -a.im, f));
        }
        return new CollectiveOperator(t);
    }

    /** True when the operator has no terms with a nonzero coefficient. */
    public boolean isZero() {
        return terms.stream().allMatch(t -> t.re == 0 && t.im == 0);
    }

    /**
     * The fixed change of m this operator makes, when every term is a product of jz, jp, jm
     * (each jp raises m by one, each jm lowers it) and all terms agree; empty otherwise. An
     * operator with a fixed shift {@code s} maps {@code |j,m>} into {@code |j,m+s>} only.
     */
    public OptionalInt mShift() {
        Integer shift = null;
        for (Term t : terms) {
            if (t.re == 0 && t.im == 0) {
                continue;
            }
            int s = 0;
            for (Generator g : t.factors) {
                if (g == Generator.JX || g == Generator.JY) {
                    return OptionalInt.empty();
                }
                s += g == Generator.JP ? 1 : g == Generator.JM ? -1 : 0;
            }
            if (shift != null && shift != s) {
                return OptionalInt.empty();
            }
            shift = s;
        }
        return OptionalInt.of(shift == null ? 0 : shift);
    }

    /** The (2j+1) x (2j+1) matrix in block {@code twoJ/2}: level k is {@code |j, m = k - j>}. */
    public SparseCMatrix matrix(int twoJ) {
        Site spin = Site.spin("j", twoJ / 2.0);
        return represent(g -> spinMatrix(spin, g), twoJ + 1);
    }

    /**
     * The polynomial evaluated on given matrices of the generators (all {@code dim x dim}), e.g.
     * the summed single-qubit operators on the full 2^N space.
     */
    public SparseCMatrix represent(Function<Generator, SparseCMatrix> generators, int dim) {
        java.util.EnumMap<Generator, SparseCMatrix> cache = new java.util.EnumMap<>(Generator.class);
        SparseCMatrix sum = SparseCMatrix.zeros(dim, dim);
        for (Term t : terms) {
            if (t.re == 0 && t.im == 0) {
                continue;
            }
            SparseCMatrix p = SparseCMatrix.identity(dim);
            for (Generator g : t.factors) {
                p = p.times(cache.computeIfAbsent(g, generators));
            }
            sum = sum.plus(p.scale(t.re, t.im));
        }
        return sum;
    }

    private static SparseCMatrix spinMatrix(Site spin, Generator g) {
        return switch (g) {
            case JX -> LocalOperators.jx(spin);
            case JY -> LocalOperators.jy(spin);
            case JZ -> LocalOperators.jz(spin);
            case JP -> LocalOperators.jp(spin);
            case JM -> LocalOperators.jm(spin);
        };
    }

    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        for (Term t : terms) {
            sb.append(sb.length() == 0 ? "" : " + ").append('(').append(t.re);
            if (t.im != 0) {
                sb.append(t.im >= 0 ? "+" : "").append(t.im).append('i');
            }
            sb.append(')');
            for (Generator g : t.factors) {
                sb.append('*').append(g.name().toLowerCase());
            }
        }
        return sb.toString();
    }
}
