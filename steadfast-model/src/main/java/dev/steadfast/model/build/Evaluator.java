package dev.steadfast.model.build;

import dev.steadfast.ensemble.CollectiveOperator;
import dev.steadfast.model.build.Value.Ens;
import dev.steadfast.model.build.Value.Op;
import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;
import java.util.HashMap;
import java.util.Map;

/**
 * Evaluates expressions to numbers or operators at one parameter point.
 *
 * <p>Semantics: {@code +,-,*,/} on complex numbers; {@code scalar*op} scales, {@code op*op} is the
 * operator product on the full space, {@code scalar + op} is {@code scalar·I + op}; {@code op^n}
 * needs an integer n >= 0; {@code dag(x)} is the Hermitian conjugate (complex conjugate of a
 * number); {@code x + h.c.} is {@code x + dag(x)}; {@code sum(i=a..b, body)} adds body for
 * i = a..b (0 when b &lt; a). Names resolve to loop variables first, then {@code im}, {@code pi},
 * then parameters. Operators exist only when a site layout is given. In a model whose site is an
 * ensemble, operators are ensemble operators ({@link Value.Ens}, see {@link EnsembleAlgebra}).
 */
public final class Evaluator {
    private final Map<String, Double> parameters;
    private final SiteLayout layout;
    private final Map<String, Integer> loop = new HashMap<>();
    private final EnsembleAlgebra ens;

    /**
     * @param parameters parameter values
     * @param layout     the sites, or null for a context where operators are not allowed (parameters, sites)
     */
    public Evaluator(Map<String, Double> parameters, SiteLayout layout) {
        this.parameters = parameters;
        this.layout = layout;
        this.ens = layout != null && layout.isEnsembleModel() ? new EnsembleAlgebra(layout.ensemble(), layout.members()) : null;
    }

    /** The ensemble arithmetic of an ensemble model (null otherwise). */
    EnsembleAlgebra ensemble() {
        return ens;
    }

    /** Binds a loop variable (as in {@code for: i=1..N}) for later evaluations. */
    public void bind(String var, int value) {
        loop.put(var, value);
    }

    public void unbind(String var) {
        loop.remove(var);
    }

    /** A real number; an operator or a complex number is an error. */
    public double real(Expr e, String what) throws ExprException {
        Value v = eval(e);
        if (v instanceof Scalar s && s.isReal()) {
            return s.re();
        }
        if (v instanceof Scalar s) {
            throw new ExprException(what + " must be a real number, got " + s.re() + (s.im() < 0 ? " - " : " + ") + Math.abs(s.im()) + "*im", e.pos());
        }
        throw new ExprException(what + " must be a number, but this expression is an operator", e.pos());
    }

    /** An integer (within 1e-9 of one). */
    public int integer(Expr e, String what) throws ExprException {
        double v = real(e, what);
        if (Math.abs(v - Math.rint(v)) > 1e-9 || Math.abs(v) > Integer.MAX_VALUE) {
            throw new ExprException(what + " must be an integer, got " + v, e.pos());
        }
        return (int) Math.rint(v);
    }

    /** An operator on the full space; a number c becomes c·I. */
    public Operator operator(Expr e) throws ExprException {
        return toOperator(eval(e), e.pos());
    }

    /**
     * A collective operator of the ensemble (a number c becomes c·I); single-member terms must
     * act identically on every member. Only in an ensemble model.
     */
    public CollectiveOperator collective(Expr e) throws ExprException {
        return ens.collective(eval(e), e.pos());
    }

    /**
     * An operator of the ensemble with the same expectation as the expression on every
     * permutation-invariant state: single-member terms such as {@code sz(e[1])} are allowed and
     * averaged over the members ({@link EnsembleAlgebra#forExpectation}). Only in an ensemble model.
     */
    public CollectiveOperator forExpectation(Expr e) throws ExprException {
        return ens.forExpectation(eval(e), e.pos());
    }

    private Operator toOperator(Value v, int pos) throws ExprException {
        if (v instanceof Scalar s) {
            return Operator.identity(layout.space()).scale(s.re(), s.im());
        }
        return fullSpace(v, pos);
    }

    /**
     * The operator on the full space that {@code v} must be once numbers and ensemble operators
     * are handled; anything else is an error rather than a cast failure.
     */
    private static Operator fullSpace(Value v, int pos) throws ExprException {
        if (v instanceof Value.Vec) {
            throw new ExprException(v.describe() + " is not an operator; ket(...)*bra(...) is one", pos);
        }
        return v.asOperator(v.describe() + " has no matrix on the full space", pos).op();
    }

    public Value eval(Expr e) throws ExprException {
        if (e instanceof Expr.Num n) {
            return new Scalar(n.value(), 0);
        } else if (e instanceof Expr.Name n) {
            return name(n);
        } else if (e instanceof Expr.Neg n) {
            return negate(eval(n.operand()), n.pos());
        } else if (e instanceof Expr.Binary b) {
            return binary(b);
        } else if (e instanceof Expr.PlusHc h) {
            Value v = eval(h.terms());
            return add(v, dag(v, h.pos()), h.pos());
        } else if (e instanceof Expr.Sum s) {
            return sum(s);
        } else if (e instanceof Expr.Call c) {
            return call(c);
        } else if (e instanceof Expr.Indexed ix) {
            if (layout != null && (layout.isArray(ix.name()) || ix.name().equals(layout.ensemble()))) {
                throw new ExprException(ix.name() + "[...] is a site; apply an operator to it, e.g. sz(" + ix.name() + "[1])", ix.pos());
            }
            throw new ExprException("unknown array '" + ix.name() + "'", ix.pos());
        }
        throw new IllegalStateException("unhandled node " + e);
    }

    private Value name(Expr.Name n) throws ExprException {
        String s = n.name();
        Integer i = loop.get(s);
        if (i != null) {
            return new Scalar(i, 0);
        }
        Double p = parameters.get(s);
        if (p != null) {
            return new Scalar(p, 0);
        }
        if (s.equals("im")) {
            return new Scalar(0, 1);
        }
        if (s.equals("pi")) {
            return new Scalar(Math.PI, 0);
        }
        if (layout != null && layout.isSiteName(s)) {
            throw new ExprException("'" + s + "' is a site; apply an operator to it, e.g. sz(" + s + ")", n.pos());
        }
        // among parameters (no sites) a bare name such as c is a parameter, not the operator c(...)
        if ((SiteOperators.isOperator(s) && layout != null) || ScalarMath.isFunction(s) || s.equals("max") || s.equals("min")) {
            throw new ExprException("'" + s + "' needs an argument: " + s + "(...)", n.pos());
        }
        String known = parameters.isEmpty() ? "no parameters are defined here" : "known parameters: " + String.join(", ", parameters.keySet());
        if (layout != null) {
            known += "; sites: " + String.join(", ", layout.names());
        } else if (SiteOperators.isOperator(s)) {
            // where operators are not allowed (parameters, sites), a name that is also an operator is a parameter problem
            known += "; '" + s + "' is also the name of an operator, but no operator can appear here";
        }
        throw new ExprException("unknown parameter '" + s + "' (" + known + ")", n.pos());
    }

    private Value sum(Expr.Sum s) throws ExprException {
        if (parameters.containsKey(s.var())) {
            throw new ExprException("the sum variable '" + s.var() + "' hides the parameter of that name; use another letter", s.pos());
        }
        int from = integer(s.from(), "the start of sum(" + s.var() + "=...)");
        int to = integer(s.to(), "the end of sum(" + s.var() + "=...)");
        ExpressionLimits.requireRange(from, to, "sum(" + s.var() + "=...)", s.pos());
        Integer saved = loop.get(s.var());
        Value acc = Scalar.ZERO;
        try {
            for (int i = from; i <= to; i++) {
                loop.put(s.var(), i);
                acc = add(acc, eval(s.body()), s.pos());
            }
        } finally {
            if (saved == null) {
                loop.remove(s.var());
            } else {
                loop.put(s.var(), saved);
            }
        }
        return acc;
    }

    private Value call(Expr.Call c) throws ExprException {
        String f = c.name();
        if (f.equals("max") || f.equals("min")) {
            return extremum(c);
        }
        if (KetAlgebra.isKet(f)) {
            if (layout == null || ens != null) {
                throw new ExprException(f + "(...) needs the sites of a full-space model", c.pos());
            }
            return KetAlgebra.build(this, layout, c);
        }
        if (ScalarMath.isFunction(f) || f.equals("dag")) {
            if (c.args().size() != 1 || c.bar() >= 0) {
                throw new ExprException(f + " takes one argument", c.pos());
            }
            Value v = eval(c.args().get(0));
            if (f.equals("dag")) {
                return dag(v, c.pos());
            }
            Scalar x = v.asScalar(f + " of an operator is not supported; " + f + " applies to numbers", c.pos());
            return ScalarMath.apply(f, x, c.pos());
        }
        if (SiteOperators.isOperator(f)) {
            if (layout == null) {
                throw new ExprException("operators such as " + f + "(...) cannot appear here; only numbers and earlier parameters", c.pos());
            }
            if (ens != null) {
                return EnsembleOperators.build(this, ens, c);
            }
            return new Op(SiteOperators.build(this, layout, c));
        }
        if (MeasureFunctions.isMeasure(f)) {
            throw new ExprException(f + " is a measure; measures belong under 'measures:'", c.pos());
        }
        throw new ExprException("unknown function or operator '" + f + "'", c.pos());
    }

    /** {@code max(a, b, ...)} and {@code min(a, b, ...)} of real numbers. */
    private Value extremum(Expr.Call c) throws ExprException {
        if (c.args().isEmpty() || c.bar() >= 0) {
            throw new ExprException(c.name() + " takes one or more numbers separated by commas: " + c.name() + "(a, b)", c.pos());
        }
        boolean max = c.name().equals("max");
        double best = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        for (Expr a : c.args()) {
            double v = real(a, c.name() + "(...) argument");
            best = max ? Math.max(best, v) : Math.min(best, v);
        }
        return new Scalar(best, 0);
    }

    private Value binary(Expr.Binary b) throws ExprException {
        if (b.op() == '=') {
            throw new ExprException("site=level belongs inside ket(...) or bra(...), e.g. ket(q1=1, q2=0)", b.pos());
        }
        Value l = eval(b.left());
        Value r = eval(b.right());
        switch (b.op()) {
            case '+':
                return add(l, r, b.pos());
            case '-':
                return add(l, negate(r, b.pos()), b.pos());
            case '*':
                return multiply(l, r, b.pos());
            case '/':
                Scalar divisor = r.asScalar("cannot divide by an operator", b.pos());
                Scalar inv = ScalarMath.div(new Scalar(1, 0), divisor, b.pos());
                return multiply(l, inv, b.pos());
            default:
                return power(l, r, b);
        }
    }

    private Value power(Value l, Value r, Expr.Binary b) throws ExprException {
        Scalar p = r.asScalar("an exponent must be a number, not an operator", b.pos());
        if (l instanceof Scalar s) {
            return ScalarMath.pow(s, p);
        }
        if (!p.isReal() || p.re() < 0 || p.re() != Math.rint(p.re())) {
            throw new ExprException("an operator can only be raised to an integer power >= 0", b.pos());
        }
        ExpressionLimits.requireOperatorPower(p.re(), b.pos());
        if (l instanceof Ens e) {
            return ens.power(e, (long) p.re(), b.pos());
        }
        Operator base = fullSpace(l, b.pos());
        Operator out = Operator.identity(base.space());
        for (long n = (long) p.re(); n > 0; n >>= 1) {
            if ((n & 1) == 1) {
                out = out.times(base);
            }
            if (n > 1) {
                base = base.times(base);
            }
        }
        return new Op(out);
    }

    private Value add(Value a, Value b, int pos) throws ExprException {
        if (a instanceof Value.Vec || b instanceof Value.Vec) {
            return KetAlgebra.add(a, b, pos);
        }
        if (a instanceof Ens || b instanceof Ens) {
            return ens.add(a, b, pos);
        }
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return new Scalar(x.re() + y.re(), x.im() + y.im());
        }
        if (a instanceof Scalar x) {
            return addScalar(fullSpace(b, pos), x);
        }
        if (b instanceof Scalar y) {
            return addScalar(fullSpace(a, pos), y);
        }
        return new Op(fullSpace(a, pos).plus(fullSpace(b, pos)));
    }

    private static Value addScalar(Operator o, Scalar s) {
        if (s.isZero()) {
            return new Op(o);
        }
        return new Op(o.plus(Operator.identity(o.space()).scale(s.re(), s.im())));
    }

    private Value multiply(Value a, Value b, int pos) throws ExprException {
        if (a instanceof Value.Vec || b instanceof Value.Vec) {
            return KetAlgebra.multiply(a, b, layout.space(), pos);
        }
        if (a instanceof Ens || b instanceof Ens) {
            return ens.multiply(a, b, pos);
        }
        if (a instanceof Scalar x && b instanceof Scalar y) {
            return ScalarMath.mul(x, y);
        }
        if (a instanceof Scalar x) {
            return new Op(fullSpace(b, pos).scale(x.re(), x.im()));
        }
        if (b instanceof Scalar y) {
            return new Op(fullSpace(a, pos).scale(y.re(), y.im()));
        }
        return new Op(fullSpace(a, pos).times(fullSpace(b, pos)));
    }

    private static Value negate(Value v, int pos) throws ExprException {
        if (v instanceof Ens e) {
            return EnsembleAlgebra.negate(e);
        }
        if (v instanceof Scalar s) {
            return new Scalar(-s.re(), -s.im());
        }
        if (v instanceof Value.Vec k) {
            return KetAlgebra.scale(k, new Scalar(-1, 0));
        }
        return new Op(fullSpace(v, pos).scale(-1));
    }

    private static Value dag(Value v, int pos) throws ExprException {
        if (v instanceof Ens e) {
            return EnsembleAlgebra.dag(e);
        }
        if (v instanceof Scalar s) {
            return new Scalar(s.re(), -s.im());
        }
        if (v instanceof Value.Vec k) {
            return KetAlgebra.dag(k);
        }
        return new Op(fullSpace(v, pos).dag());
    }
}
