package dev.steadfast.model.build;

import dev.steadfast.model.build.Value.Scalar;
import dev.steadfast.model.expr.Expr;
import dev.steadfast.model.expr.ExprException;
import dev.steadfast.operator.Operator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits an operator expression into fixed operators with coefficients that are functions of the
 * swept parameters: {@code e(p) = sum_k c_k(p) O_k}. Every maximal sub-expression that mentions no
 * swept parameter is evaluated once (an operator or a number); sums, differences, negations,
 * products, quotients by numbers, {@code + h.c.} and {@code sum(i=a..b, ...)} with fixed bounds
 * combine the pieces; a number-valued sub-expression that mentions a swept parameter becomes a
 * coefficient evaluated at each point. Anything else whose value is an operator depending on a
 * swept parameter (an operator power with a swept exponent, a ket with swept amplitudes) cannot be
 * split: {@link NotSplittable} says why.
 */
final class ParametricTerms {
    /** At most this many pieces (products of sums multiply their counts). */
    static final int MAX_PIECES = 4096;

    private final Evaluator base;
    private final Set<String> varied;
    private final Map<String, Integer> bindings = new HashMap<>();

    /**
     * @param base   an evaluator at a point of the sweep (the fixed parts are evaluated with it)
     * @param varied the swept parameters and every parameter computed from them
     */
    ParametricTerms(Evaluator base, Set<String> varied) {
        this.base = base;
        this.varied = varied;
    }

    /** A coefficient: a complex function of the parameters at a point. */
    interface Coefficient {
        Scalar at(Evaluator point) throws ExprException;

        /** Whether the coefficient is the same at every point. */
        default boolean isConstant() {
            return false;
        }
    }

    /** A fixed number. */
    record Constant(Scalar value) implements Coefficient {
        @Override
        public Scalar at(Evaluator point) {
            return value;
        }

        @Override
        public boolean isConstant() {
            return true;
        }
    }

    /** A number-valued expression mentioning swept parameters, with the loop variables bound where it appeared. */
    record Formula(Expr expr, Map<String, Integer> loop) implements Coefficient {
        @Override
        public Scalar at(Evaluator point) throws ExprException {
            loop.forEach(point::bind);
            try {
                return point.eval(expr).asScalar("a coefficient must be a number", expr.pos());
            } finally {
                loop.keySet().forEach(point::unbind);
            }
        }
    }

    /** a·b, a/b, −a or conj(a). */
    record Combined(char op, Coefficient a, Coefficient b) implements Coefficient {
        @Override
        public Scalar at(Evaluator point) throws ExprException {
            Scalar x = a.at(point);
            return switch (op) {
                case '*' -> ScalarMath.mul(x, b.at(point));
                case '/' -> ScalarMath.mul(x, ScalarMath.div(new Scalar(1, 0), b.at(point), 0));
                case '-' -> new Scalar(-x.re(), -x.im());
                default -> new Scalar(x.re(), -x.im());
            };
        }
    }

    /**
     * One term {@code c·O}; {@code op} null means the identity (a number in an operator expression).
     */
    record Piece(Coefficient coefficient, Operator op) {
    }

    /** Why an expression cannot be split into fixed operators with swept coefficients. */
    static final class NotSplittable extends Exception {
        NotSplittable(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The pieces of {@code e}. */
    List<Piece> split(Expr e) throws NotSplittable, ExprException {
        if (!mentionsVaried(e)) {
            Value v = evalBase(e);
            if (v instanceof Scalar s) {
                return List.of(new Piece(new Constant(s), null));
            }
            if (v instanceof Value.Op o) {
                return List.of(new Piece(new Constant(new Scalar(1, 0)), o.op()));
            }
            throw new NotSplittable("a part of an operator is " + v.describe());
        }
        if (evalBase(e) instanceof Scalar) {
            return List.of(new Piece(new Formula(e, Map.copyOf(bindings)), null));
        }
        if (e instanceof Expr.Neg n) {
            return negate(split(n.operand()));
        }
        if (e instanceof Expr.PlusHc h) {
            List<Piece> terms = split(h.terms());
            List<Piece> out = new ArrayList<>(terms);
            for (Piece p : terms) {
                out.add(new Piece(new Combined('c', p.coefficient(), null), p.op() == null ? null : p.op().dag()));
            }
            return limit(out);
        }
        if (e instanceof Expr.Sum s) {
            return sum(s);
        }
        if (e instanceof Expr.Call c && c.name().equals("dag") && c.args().size() == 1 && c.bar() < 0) {
            List<Piece> out = new ArrayList<>();
            for (Piece p : split(c.args().get(0))) {
                out.add(new Piece(new Combined('c', p.coefficient(), null), p.op() == null ? null : p.op().dag()));
            }
            return out;
        }
        if (e instanceof Expr.Binary b) {
            switch (b.op()) {
                case '+': {
                    List<Piece> out = new ArrayList<>(split(b.left()));
                    out.addAll(split(b.right()));
                    return limit(out);
                }
                case '-': {
                    List<Piece> out = new ArrayList<>(split(b.left()));
                    out.addAll(negate(split(b.right())));
                    return limit(out);
                }
                case '*':
                    return product(split(b.left()), split(b.right()));
                case '/': {
                    if (!(evalBase(b.right()) instanceof Scalar)) {
                        throw new ExprException("cannot divide by an operator", b.pos());
                    }
                    Coefficient d = mentionsVaried(b.right()) ? new Formula(b.right(), Map.copyOf(bindings))
                            : new Constant((Scalar) evalBase(b.right()));
                    List<Piece> out = new ArrayList<>();
                    for (Piece p : split(b.left())) {
                        out.add(new Piece(new Combined('/', p.coefficient(), d), p.op()));
                    }
                    return out;
                }
                default:
                    break;
            }
        }
        throw new NotSplittable("the operator expression at offset " + e.pos() + " depends on a swept parameter "
                + "in a way that is not a sum of fixed operators with swept coefficients");
    }

    private List<Piece> sum(Expr.Sum s) throws NotSplittable, ExprException {
        if (mentionsVaried(s.from()) || mentionsVaried(s.to())) {
            throw new NotSplittable("the range of sum(" + s.var() + "=...) depends on a swept parameter");
        }
        int from = base.integer(s.from(), "the start of sum(" + s.var() + "=...)");
        int to = base.integer(s.to(), "the end of sum(" + s.var() + "=...)");
        ExpressionLimits.requireRange(from, to, "sum(" + s.var() + "=...)", s.pos());
        Integer saved = bindings.get(s.var());
        List<Piece> out = new ArrayList<>();
        try {
            for (int i = from; i <= to; i++) {
                bindings.put(s.var(), i);
                base.bind(s.var(), i);
                out.addAll(split(s.body()));
                limit(out);
            }
        } finally {
            if (saved == null) {
                bindings.remove(s.var());
                base.unbind(s.var());
            } else {
                bindings.put(s.var(), saved);
                base.bind(s.var(), saved);
            }
        }
        return out;
    }

    private static List<Piece> product(List<Piece> left, List<Piece> right) throws NotSplittable {
        if ((long) left.size() * right.size() > MAX_PIECES) {
            throw new NotSplittable("the Hamiltonian has more than " + MAX_PIECES + " swept terms");
        }
        List<Piece> out = new ArrayList<>();
        for (Piece a : left) {
            for (Piece b : right) {
                Operator op = a.op() == null ? b.op() : b.op() == null ? a.op() : a.op().times(b.op());
                Coefficient c = a.coefficient().isConstant() && b.coefficient().isConstant()
                        ? new Constant(ScalarMath.mul(((Constant) a.coefficient()).value(), ((Constant) b.coefficient()).value()))
                        : new Combined('*', a.coefficient(), b.coefficient());
                out.add(new Piece(c, op));
            }
        }
        return out;
    }

    private static List<Piece> negate(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : pieces) {
            out.add(new Piece(new Combined('-', p.coefficient(), null), p.op()));
        }
        return out;
    }

    private static List<Piece> limit(List<Piece> pieces) throws NotSplittable {
        if (pieces.size() > MAX_PIECES) {
            throw new NotSplittable("the Hamiltonian has more than " + MAX_PIECES + " swept terms");
        }
        return pieces;
    }

    private Value evalBase(Expr e) throws ExprException {
        return base.eval(e);
    }

    /** Whether {@code e} mentions a swept (or dependent) parameter. */
    boolean mentionsVaried(Expr e) {
        return mentions(e, varied);
    }

    /** Whether {@code e} mentions one of {@code names} (as a name; loop variables never shadow parameters). */
    static boolean mentions(Expr e, Set<String> names) {
        if (e instanceof Expr.Name n) {
            return names.contains(n.name());
        } else if (e instanceof Expr.Num) {
            return false;
        } else if (e instanceof Expr.Indexed ix) {
            return names.contains(ix.name()) || mentions(ix.index(), names);
        } else if (e instanceof Expr.Neg n) {
            return mentions(n.operand(), names);
        } else if (e instanceof Expr.Binary b) {
            return mentions(b.left(), names) || mentions(b.right(), names);
        } else if (e instanceof Expr.Call c) {
            for (Expr a : c.args()) {
                if (mentions(a, names)) {
                    return true;
                }
            }
            return false;
        } else if (e instanceof Expr.Sum s) {
            return mentions(s.from(), names) || mentions(s.to(), names) || mentions(s.body(), names);
        } else if (e instanceof Expr.PlusHc h) {
            return mentions(h.terms(), names);
        }
        return true;
    }
}
