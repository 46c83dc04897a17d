package dev.steadfast.model.build;

import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;

/**
 * Evaluates expressions of a Gaussian model (all sites oscillators) to {@link LadderPolynomial}s:
 * the operators are {@code a(c)}, {@code adag(c)}, {@code n(c) = adag(c) a(c)},
 * {@code x(c) = (a + adag)/√2} and {@code p(c) = −i(a − adag)/√2}, with {@code + - * / ^},
 * {@code dag(...)}, {@code + h.c.} and {@code sum(...)} as in every model. Numbers, parameters and
 * scalar functions are evaluated by {@link Evaluator}. A product of degree above 2 in the ladder
 * operators, and every operator that does not act on an oscillator, is an {@link ExprException}
 * that names the term and suggests {@code {boson: n}} sites.
 */
final class OscillatorEvaluator {
    static final String FOCK_HINT = "; a Gaussian model takes H of degree <= 2 in a, adag and jumps linear in them: "
            + "declare the sites as {boson: n} to solve it in a truncated Fock space";
    private final Evaluator ev;
    private final OscillatorSites sites;

    OscillatorEvaluator(Evaluator ev, OscillatorSites sites) {
        this.ev = ev;
        this.sites = sites;
    }

    LadderPolynomial eval(Expr e) throws ExprException {
        if (e instanceof Expr.Num || e instanceof Expr.Name) {
            return scalar(e);
        } else if (e instanceof Expr.Neg n) {
            return eval(n.operand()).scale(-1, 0);
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.PlusHc h) {
            LadderPolynomial p = eval(h.terms());
            return p.plus(p.dagger());
        } else if (e instanceof Expr.Sum s) {
            return sum(s);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Indexed ix) {
            throw new ExprException(ix.name() + "[...] is a site; apply an operator to it, e.g. a(" + ix.name() + "[1])", ix.pos());
        }
        throw new IllegalStateException("unhandled node " + e);
    }

    private LadderPolynomial scalar(Expr e) throws ExprException {
        Value.Scalar s = ev.eval(e).asScalar("expected a number", e.pos());
        return LadderPolynomial.scalar(s.re(), s.im());
    }

    private LadderPolynomial binary(Expr.Binary b) throws ExprException {
        LadderPolynomial l = eval(b.left());
        LadderPolynomial r = eval(b.right());
        switch (b.op()) {
            case '+':
                return l.plus(r);
            case '-':
                return l.plus(r.scale(-1, 0));
            case '*':
                return times(l, r, b.pos());
            case '/': {
                double[] d = requireScalar(r, "cannot divide by an operator", b.pos());
                double den = d[0] * d[0] + d[1] * d[1];
                if (den == 0) {
                    throw new ExprException("division by zero", b.pos());
                }
                return l.scale(d[0] / den, -d[1] / den);
            }
            default:
                return power(l, r, b);
        }
    }

    private LadderPolynomial power(LadderPolynomial l, LadderPolynomial r, Expr.Binary b) throws ExprException {
        double[] p = requireScalar(r, "an exponent must be a number, not an operator", b.pos());
        if (l.degree() == 0) {
            return scalar(b);
        }
        if (p[1] != 0 || p[0] < 0 || p[0] != Math.rint(p[0])) {
            throw new ExprException("an operator can only be raised to an integer power >= 0", b.pos());
        }
        LadderPolynomial out = LadderPolynomial.scalar(1, 0);
        for (int k = 0; k < (int) p[0]; k++) {
            out = times(out, l, b.pos());
        }
        return out;
    }

    private LadderPolynomial times(LadderPolynomial l, LadderPolynomial r, int pos) throws ExprException {
        if (l.degree() + r.degree() <= 2) {
            return l.times(r, pos, "");
        }
        throw new ExprException("the product (" + describe(l) + ") * (" + describe(r) + ") has degree "
                + (l.degree() + r.degree()) + " in the ladder operators" + FOCK_HINT, pos);
    }

    private static double[] requireScalar(LadderPolynomial p, String refusal, int pos) throws ExprException {
        if (p.degree() > 0) {
            throw new ExprException(refusal, pos);
        }
        return p.constant();
    }

    private LadderPolynomial sum(Expr.Sum s) throws ExprException {
        int from = ev.integer(s.from(), "the start of sum(" + s.var() + "=...)");
        int to = ev.integer(s.to(), "the end of sum(" + s.var() + "=...)");
        LadderPolynomial acc = LadderPolynomial.scalar(0, 0);
        try {
            for (int i = from; i <= to; i++) {
                ev.bind(s.var(), i);
                acc = acc.plus(eval(s.body()));
            }
        } finally {
            ev.unbind(s.var());
        }
        return acc;
    }

    private LadderPolynomial call(Expr.Call c) throws ExprException {
        String f = c.name();
        if (f.equals("dag")) {
            return one(c).dagger();
        }
        if (ScalarMath.isFunction(f)) {
            return scalar(c);
        }
        if (c.args().size() != 1 || c.bar() >= 0) {
            throw new ExprException(f + " takes one oscillator, e.g. " + f + "(" + sites.names().get(0) + ")", c.pos());
        }
        double s = Math.sqrt(0.5);
        switch (f) {
            case "a":
                return LadderPolynomial.ladder(sites.mode(c.args().get(0), ev), false);
            case "adag":
                return LadderPolynomial.ladder(sites.mode(c.args().get(0), ev), true);
            case "n": {
                int m = sites.mode(c.args().get(0), ev);
                return LadderPolynomial.ladder(m, true).times(LadderPolynomial.ladder(m, false), c.pos(), "");
            }
            case "x": {
                int m = sites.mode(c.args().get(0), ev);
                return LadderPolynomial.ladder(m, false).plus(LadderPolynomial.ladder(m, true)).scale(s, 0);
            }
            case "p": {
                int m = sites.mode(c.args().get(0), ev);
                return LadderPolynomial.ladder(m, false).plus(LadderPolynomial.ladder(m, true).scale(-1, 0)).scale(0, -s);
            }
            default:
                if (SiteOperators.isOperator(f)) {
                    throw new ExprException(f + "(...) does not act on an oscillator (oscillators have a, adag, n, x, p)"
                            + FOCK_HINT, c.pos());
                }
                if (MeasureFunctions.isMeasure(f)) {
                    throw new ExprException(f + " is a measure; measures belong under 'measures:'", c.pos());
                }
                throw new ExprException("unknown function or operator '" + f + "'", c.pos());
        }
    }

    private LadderPolynomial one(Expr.Call c) throws ExprException {
        if (c.args().size() != 1 || c.bar() >= 0) {
            throw new ExprException(c.name() + " takes one argument", c.pos());
        }
        return eval(c.args().get(0));
    }

    /** A polynomial for messages, e.g. "adag(c) a(c) + 0.5 a(c)". */
    String describe(LadderPolynomial p) {
        StringBuilder sb = new StringBuilder();
        for (var e : p.terms().entrySet()) {
            if (sb.length() > 0) {
                sb.append(" + ");
            }
            double[] c = e.getValue();
            boolean unit = c[0] == 1 && c[1] == 0;
            if (!unit || e.getKey().degree() == 0) {
                sb.append(c[1] == 0 ? Double.toString(c[0]) : "(" + c[0] + (c[1] < 0 ? "-" : "+") + Math.abs(c[1]) + "im)");
                if (e.getKey().degree() > 0) {
                    sb.append(' ');
                }
            }
            int[] ops = {e.getKey().first(), e.getKey().second()};
            String sep = "";
            for (int o : ops) {
                if (o >= 0) {
                    sb.append(sep).append(LadderPolynomial.Monomial.name(o, sites::name));
                    sep = " ";
                }
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
