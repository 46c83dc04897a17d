package dev.steadfast.model.build;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A linear combination of single-member operators of an ensemble,
 * {@code Σ_i (c⁺_i sp_i + c⁻_i sm_i + cᶻ_i sz_i)} over members i = 1..N, with complex
 * coefficients ({@code sx = sp + sm}, {@code sy = -i sp + i sm}). Immutable; members whose
 * coefficients are all zero are dropped.
 */
final class MemberTerms {
    /** The single-qubit operators a member term is built from. */
    enum Kind { SP, SM, SZ }

    static final MemberTerms NONE = new MemberTerms(new TreeMap<>());

    /** member → {re sp, im sp, re sm, im sm, re sz, im sz}. */
    private final TreeMap<Integer, double[]> coefficients;

    private MemberTerms(TreeMap<Integer, double[]> coefficients) {
        coefficients.values().removeIf(c -> Arrays.stream(c).allMatch(x -> x == 0));
        this.coefficients = coefficients;
    }

    static MemberTerms single(int member, Kind kind, double re, double im) {
        double[] c = new double[6];
        c[2 * kind.ordinal()] = re;
        c[2 * kind.ordinal() + 1] = im;
        TreeMap<Integer, double[]> m = new TreeMap<>();
        m.put(member, c);
        return new MemberTerms(m);
    }

    MemberTerms plus(MemberTerms o) {
        TreeMap<Integer, double[]> m = copy();
        for (Map.Entry<Integer, double[]> e : o.coefficients.entrySet()) {
            double[] c = m.computeIfAbsent(e.getKey(), k -> new double[6]);
            for (int k = 0; k < 6; k++) {
                c[k] += e.getValue()[k];
            }
        }
        return new MemberTerms(m);
    }

    /** This times the complex number {@code re + i im}. */
    MemberTerms scale(double re, double im) {
        TreeMap<Integer, double[]> m = new TreeMap<>();
        coefficients.forEach((i, c) -> {
            double[] s = new double[6];
            for (int k = 0; k < 6; k += 2) {
                s[k] = re * c[k] - im * c[k + 1];
                s[k + 1] = re * c[k + 1] + im * c[k];
            }
            m.put(i, s);
        });
        return new MemberTerms(m);
    }

    /** The Hermitian conjugate: sp and sm exchange their (conjugated) coefficients. */
    MemberTerms dag() {
        TreeMap<Integer, double[]> m = new TreeMap<>();
        coefficients.forEach((i, c) -> m.put(i, new double[] {c[2], -c[3], c[0], -c[1], c[4], -c[5]}));
        return new MemberTerms(m);
    }

    boolean isEmpty() {
        return coefficients.isEmpty();
    }

    /** The members with a nonzero coefficient, ascending. */
    Set<Integer> members() {
        return coefficients.keySet();
    }

    /** The coefficients {re sp, im sp, re sm, im sm, re sz, im sz} of member i (a copy; zeros if absent). */
    double[] of(int member) {
        double[] c = coefficients.get(member);
        return c == null ? new double[6] : c.clone();
    }

    private TreeMap<Integer, double[]> copy() {
        TreeMap<Integer, double[]> m = new TreeMap<>();
        coefficients.forEach((i, c) -> m.put(i, c.clone()));
        return m;
    }
}
