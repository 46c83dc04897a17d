package dev.steadfast.model.build;

import dev.steadfast.model.expr.ExprException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A polynomial of degree ≤ 2 in the ladder operators of oscillator modes, kept normal-ordered:
 * {@code c + Σ c_o o + Σ c_{o o'} o o'} with creators before annihilators ({@code a_i a_j† =
 * a_j† a_i + δ_ij}). An operator is coded {@code 2·mode + (dagger ? 1 : 0)}. A product of degree
 * above 2 is an {@link ExprException}: such a model is not Gaussian. Immutable.
 *
 * @param terms monomial → {re, im}; the monomial {@code (first, second)} uses −1 for "none"
 */
record LadderPolynomial(Map<Monomial, double[]> terms) {

    /** A normal-ordered monomial of degree 0, 1 or 2; codes −1 mean "no operator". */
    record Monomial(int first, int second) {
        int degree() {
            return (first >= 0 ? 1 : 0) + (second >= 0 ? 1 : 0);
        }

        static boolean isCreator(int code) {
            return (code & 1) == 1;
        }

        /** Writes an operator code for messages, e.g. adag(c) or a(r[2]). */
        static String name(int code, java.util.function.IntFunction<String> modeName) {
            return (isCreator(code) ? "adag(" : "a(") + modeName.apply(code >> 1) + ")";
        }
    }

    static final Monomial ONE = new Monomial(-1, -1);

    static LadderPolynomial scalar(double re, double im) {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        if (re != 0 || im != 0) {
            t.put(ONE, new double[] {re, im});
        }
        return new LadderPolynomial(t);
    }

    static LadderPolynomial ladder(int mode, boolean dagger) {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        t.put(new Monomial(2 * mode + (dagger ? 1 : 0), -1), new double[] {1, 0});
        return new LadderPolynomial(t);
    }

    int degree() {
        int d = 0;
        for (Monomial m : terms.keySet()) {
            d = Math.max(d, m.degree());
        }
        return d;
    }

    /** The coefficient of the constant term, {re, im}. */
    double[] constant() {
        return terms.getOrDefault(ONE, new double[2]).clone();
    }

    LadderPolynomial plus(LadderPolynomial o) {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        terms.forEach((m, c) -> add(t, m, c[0], c[1]));
        o.terms.forEach((m, c) -> add(t, m, c[0], c[1]));
        return new LadderPolynomial(t);
    }

    LadderPolynomial scale(double re, double im) {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        terms.forEach((m, c) -> add(t, m, c[0] * re - c[1] * im, c[0] * im + c[1] * re));
        return new LadderPolynomial(t);
    }

    /** The Hermitian conjugate: conjugate coefficients, reversed and re-ordered products. */
    LadderPolynomial dagger() {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        for (Map.Entry<Monomial, double[]> e : terms.entrySet()) {
            Monomial m = e.getKey();
            double[] c = e.getValue();
            // (o1 o2)† = o2† o1†, normal-ordered o1 o2 gives normal-ordered o2† o1† again
            addProduct(t, flip(m.second()), flip(m.first()), c[0], -c[1]);
        }
        return new LadderPolynomial(t);
    }

    /**
     * The product; {@code pos} and {@code what} locate a product of degree above 2 in the message.
     *
     * @throws ExprException when the product has degree above 2
     */
    LadderPolynomial times(LadderPolynomial o, int pos, String what) throws ExprException {
        Map<Monomial, double[]> t = new LinkedHashMap<>();
        for (Map.Entry<Monomial, double[]> x : terms.entrySet()) {
            for (Map.Entry<Monomial, double[]> y : o.terms.entrySet()) {
                Monomial a = x.getKey();
                Monomial b = y.getKey();
                if (a.degree() + b.degree() > 2) {
                    throw new ExprException(what, pos);
                }
                double[] ca = x.getValue();
                double[] cb = y.getValue();
                double re = ca[0] * cb[0] - ca[1] * cb[1];
                double im = ca[0] * cb[1] + ca[1] * cb[0];
                int[] ops = new int[2];
                int k = 0;
                for (int code : new int[] {a.first(), a.second(), b.first(), b.second()}) {
                    if (code >= 0) {
                        ops[k++] = code;
                    }
                }
                if (k == 0) {
                    add(t, ONE, re, im);
                } else if (k == 1) {
                    add(t, new Monomial(ops[0], -1), re, im);
                } else {
                    addProduct(t, ops[0], ops[1], re, im);
                }
            }
        }
        return new LadderPolynomial(t);
    }

    /** Adds {@code c · o1 o2} in normal order (o1, o2 ≥ 0; −1 entries mean "none"). */
    private static void addProduct(Map<Monomial, double[]> t, int o1, int o2, double re, double im) {
        if (o1 < 0 || o2 < 0) {
            int only = Math.max(o1, o2);
            add(t, only < 0 ? ONE : new Monomial(only, -1), re, im);
            return;
        }
        boolean c1 = Monomial.isCreator(o1);
        boolean c2 = Monomial.isCreator(o2);
        if (!c1 && c2) { // a_i a_j† = a_j† a_i + δ_ij
            add(t, new Monomial(o2, o1), re, im);
            if ((o1 >> 1) == (o2 >> 1)) {
                add(t, ONE, re, im);
            }
        } else if (c1 == c2) {
            add(t, new Monomial(Math.min(o1, o2), Math.max(o1, o2)), re, im);
        } else {
            add(t, new Monomial(o1, o2), re, im);
        }
    }

    private static int flip(int code) {
        return code < 0 ? code : code ^ 1;
    }

    private static void add(Map<Monomial, double[]> t, Monomial m, double re, double im) {
        double[] c = t.computeIfAbsent(m, k -> new double[2]);
        c[0] += re;
        c[1] += im;
        if (c[0] == 0 && c[1] == 0) {
            t.remove(m);
        }
    }
}
